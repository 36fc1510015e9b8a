Feature: The inbound flow
  flows/inbound.json answers +18005550100: it creates the VoiceCall through the telephony function, keeps its
  id in the contact attribute voiceCallId, and queues the call in BasicQueue, where alice takes calls. These
  scenarios use only what the Connect API can drive and see, so they run on a sandbox instance too
  (./connect-sim run --target sandbox).

  Scenario: The call gets its VoiceCall id and is offered to alice
    When a customer calls +18005550100 from +15550100
    Then the call gets the attribute "voiceCallId" within 30 seconds
    And the call has no attribute "error"
    And alice sees the call connecting within 60 seconds

  Scenario: The customer hangs up while the call is offered to alice
    When a customer calls +18005550100 from +15550100
    And alice sees the call connecting within 60 seconds
    And the customer hangs up
    Then alice sees the call missed within 30 seconds

  Scenario: The call starts with contact attributes, and keeps them
    When a customer calls +18005550100 from +15550100 with the attributes:
      | campaign | spring |
    Then the call gets the attribute "voiceCallId" within 30 seconds
    And the call has the attribute "campaign" set to "spring"
