Feature: A Lambda function that fails
  The inbound flow invokes the telephony function in a Loop of two tries, each with an 8-second time limit.
  When both tries fail, the flow sets the attribute "error" and queues the call all the same. The time
  limits pass in virtual time: this scenario takes milliseconds.

  Scenario: The function is slower than the flow's limit twice: the call is queued, with the error set
    Given Salesforce is always slower than the flow's time limit
    When a customer calls +18005550100 from +15550100
    Then alice sees the call connecting within 60 seconds
    And the call has the attribute "error" set to "VoiceCall record creation failed."
    And the call has no attribute "voiceCallId"
