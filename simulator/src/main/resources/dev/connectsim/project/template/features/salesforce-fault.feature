Feature: Salesforce faults
  The simulated Salesforce (stubs/) answers the telephony function's requests; a step switches a fault on
  for the scenario.

  Scenario: Salesforce answers VoiceCall creation with an error: the call is still queued
    Given Salesforce answers VoiceCall creation with status 500
    When a customer calls +18005550100 from +15550100
    Then alice sees the call connecting within 60 seconds
    And the call has the attribute "error" set to "VoiceCall record creation failed."

  Scenario: Salesforce is slow once: Connect's own retry creates a second VoiceCall
    Given Salesforce is slower than the flow's time limit for the next 1 VoiceCall creation
    When a customer calls +18005550100 from +15550100
    Then the call gets the attribute "voiceCallId" within 30 seconds
    And Salesforce received 2 VoiceCall create requests for the call
    And Salesforce reports a duplicate VoiceCall for the call
