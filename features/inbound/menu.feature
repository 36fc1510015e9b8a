Feature: The caller's menu
  flows/customer-menu.json answers +18005550101: it greets the caller, looks them up with the CallerName
  function (flows/instance.yaml answers with the name Ada), offers the spring campaign to a call that starts with
  the attribute campaign set to spring, and asks for a choice: 1 enters an account number (kept in the attribute
  accountNumber), 2 or silence queues the call in BasicQueue, where alice takes calls. The keys a caller presses
  are given before the call here, so that a sandbox run skips these scenarios before it places a real call.

  @simulator-only
  Scenario: The caller presses 1 and enters their account number
    Given the caller presses 1
    And the caller enters 12345#
    When a customer calls +18005550101 from +15550100
    Then the caller hears "Enter your account number, then press the pound key."
    And alice sees the call connecting within 60 seconds
    And the call has the attribute "accountNumber" set to "12345"

  @simulator-only
  Scenario: The caller says nothing: the menu times out and the call is queued
    Given the caller says nothing
    When a customer calls +18005550101 from +15550100
    Then the caller hears, in order:
      | Thank you for calling Example Corp.                              |
      | Welcome back, Ada.                                               |
      | Press 1 to enter your account number, or 2 to speak to an agent. |
      | We did not hear a choice.                                        |
    And alice sees the call connecting within 60 seconds
    And the call has no attribute "accountNumber"

  @simulator-only
  Scenario: A call that starts with the attribute campaign set to spring hears the offer, in SSML
    Given the caller presses 2
    When a customer calls +18005550101 from +15550100 with the attributes:
      | campaign | spring |
      | language | en-US  |
    Then the caller hears "Welcome back, Ada."
    And the caller hears "Ask us about our spring offer."
    And alice sees the call connecting within 60 seconds
    And the call has the attribute "language" set to "en-US"
