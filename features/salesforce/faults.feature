Feature: Salesforce faults combine
  flows/inbound.json creates the VoiceCall in a Loop of two tries, 8 s each, and sets the attribute error when
  both fail. Faults switched on for the next n creations apply first, in the order the steps give them; a fault
  for every creation applies after them, whichever step comes first.

  @simulator-only
  Scenario Outline: The next creation is slow, then every creation answers 500: the slow one is created too late, and no try gets a VoiceCall
    Given <first>
    And <second>
    When a customer calls +18005550100 from +15550100
    Then alice sees the call connecting within 60 seconds
    And Salesforce created 1 VoiceCall for the call
    And the call has the attribute "error" set to "VoiceCall record creation failed."
    And the call has no attribute "voiceCallId"

    Examples:
      | first                                                                              | second                                                                             |
      | Salesforce is slower than the flow's time limit for the next 1 VoiceCall creation | Salesforce answers VoiceCall creation with status 500                              |
      | Salesforce answers VoiceCall creation with status 500                              | Salesforce is slower than the flow's time limit for the next 1 VoiceCall creation |

  @simulator-only
  Scenario: A 429 for the next creation, then a 500 for the next: the function's retries meet both, then the VoiceCall is created
    Given Salesforce answers VoiceCall creation with status 429 for the next 1 creation
    And Salesforce answers VoiceCall creation with status 500 for the next 1 creation
    When a customer calls +18005550100 from +15550100
    Then the call gets the attribute "voiceCallId" within 30 seconds
    And Salesforce received 3 VoiceCall create requests for the call
    And Salesforce created 1 VoiceCall for the call
    And the call has no attribute "error"
