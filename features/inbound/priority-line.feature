Feature: The priority line
  flows/priority-line.json answers +18005550302: it keeps its greeting in a flow attribute, tags the contact
  line=priority, records both sides with real-time analytics, says the greeting, and queues the call in BasicQueue
  with queue priority 1, so that alice is offered it before the calls of priority 5 waiting there.

  @simulator-only
  Scenario: A priority caller is tagged, recorded with real-time analytics, and offered to alice
    When a customer calls +18005550302 from +15550100
    Then the caller hears "Welcome to the priority line."
    And alice sees the call connecting within 60 seconds
    And the contact record of the call shows:
      | tags                  | line=priority   |
      | recorded participants | Agent, Customer |
      | analytics             | RealTime        |
