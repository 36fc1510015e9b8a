Feature: A call through the inbound flow
  flows/inbound.json answers +18005550100: it asks Salesforce for a VoiceCall record through the telephony
  function, keeps its id in the contact attribute voiceCallId, greets the caller and queues the call in
  BasicQueue, where alice takes calls.

  Scenario: The call gets its VoiceCall and is offered to alice
    When a customer calls +18005550100 from +15550100
    Then the call gets the attribute "voiceCallId" within 30 seconds
    And the call has no attribute "error"
    And alice sees the call connecting within 60 seconds
    And the call went through the flow blocks:
      | enable-logging      |
      | set-working-queue   |
      | create-vc-tries     |
      | create-voice-call   |
      | store-voice-call-id |
      | greet               |
      | queue-call          |
    And Salesforce created 1 VoiceCall for the call

  Scenario: The customer hangs up while the call rings at alice
    When a customer calls +18005550100 from +15550100
    And alice sees the call connecting within 60 seconds
    And the customer hangs up
    Then alice sees the call missed within 30 seconds
