Feature: Agent transfer through a USER quick connect
  alice transfers a customer's call to bob with the "Transfer to Bob" quick connect. Connect makes a new
  contact leg and runs flows/agent-transfer.json on it: the flow asks Salesforce for a VoiceCall record
  (createTransferVC, a Loop of two tries with an 8 s limit each), stores its id in the attribute
  voiceCallId, turns on recording with real-time analytics and transfers the leg to bob, also when
  Salesforce could not create the VoiceCall.

  @simulator-only
  Scenario: The transfer leg gets its VoiceCall, and bob gets the call
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob is connected to the transfer leg within 60 seconds
    And Salesforce created 1 VoiceCall for the transfer leg
    And the VoiceCall of the transfer leg has:
      | vendorCallKey     | <the transfer leg> |
      | parentVoiceCallId | <the call>         |
      | initiationMethod  | Transfer           |
      | from              | +15550100          |
      | queue             |                    |
    And the transfer leg has the attribute "voiceCallId" set to the id of its VoiceCall
    And the transfer leg has no attribute "error"
    And the transfer leg went through the flow blocks:
      | enable-logging      |
      | create-vc-tries     |
      | create-transfer-vc  |
      | store-voice-call-id |
      | say-transferring    |
      | record-call         |
      | transfer-to-agent   |
    And the contact record of the transfer leg shows:
      | agent                 | bob             |
      | initiation method     | TRANSFER        |
      | recorded participants | Agent, Customer |
      | analytics             | RealTime        |
    And Salesforce reports no finding

  @simulator-only
  Scenario: Salesforce is slow once: Connect's own retry creates a second VoiceCall
    The function gives up at its own 5 s timeout; Connect retries it 100 ms later, inside the
    block's 8 s, and Salesforce creates a record for both requests.
    Given Salesforce is slower than the flow's time limit for the next 1 VoiceCall creation
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob is connected to the transfer leg within 60 seconds
    And Salesforce received 2 VoiceCall create requests for the transfer leg
    And the transfer leg has the attribute "voiceCallId" set to the id of its VoiceCall
    And Salesforce reports a duplicate VoiceCall for the transfer leg

  @simulator-only
  Scenario: With the function's timeout raised above the limit, the Loop's second pass creates the VoiceCall
    Given the telephony function's timeout is 10 seconds
    And Salesforce is slower than the flow's time limit for the next 1 VoiceCall creation
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob is connected to the transfer leg within 60 seconds
    And the transfer leg went through the flow blocks:
      | enable-logging      |
      | create-vc-tries     |
      | create-transfer-vc  |
      | create-vc-tries     |
      | create-transfer-vc  |
      | store-voice-call-id |
      | say-transferring    |
      | record-call         |
      | transfer-to-agent   |
    And Salesforce created 2 VoiceCalls for the transfer leg
    And the transfer leg has the attribute "voiceCallId" set to the id of its VoiceCall
    And Salesforce reports a duplicate VoiceCall for the transfer leg

  @simulator-only
  Scenario: Salesforce is always slower than the limit: the call is still transferred, with the error set
    Given Salesforce is always slower than the flow's time limit
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob is connected to the transfer leg within 60 seconds
    And the transfer leg has the attribute "error" set to "VoiceCall record creation failed."
    And the transfer leg has no attribute "voiceCallId"

  @simulator-only
  Scenario Outline: Salesforce fails with <status>: the error branch, and still transferred
    Given Salesforce answers VoiceCall creation with status <status>
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob is connected to the transfer leg within 60 seconds
    And Salesforce created 0 VoiceCalls for the transfer leg
    And Salesforce received 8 VoiceCall create requests for the transfer leg
    And the transfer leg has the attribute "error" set to "VoiceCall record creation failed."

    Examples:
      | status |
      | 500    |
      | 429    |
      | 401    |

  @simulator-only
  Scenario: A cold telephony function outlasts the flow's limit: the transfer goes on without a VoiceCall
    No instance of the function is warm, and a new one takes 9 s to start: past the block's 8 s limit,
    on both passes of the Loop. Each started instance still sends its create when it is ready, after
    Connect stopped waiting.
    Given the telephony function is cold and takes 9 seconds to start
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob is connected to the transfer leg within 60 seconds
    And the transfer leg has the attribute "error" set to "VoiceCall record creation failed."
    And the transfer leg has no attribute "voiceCallId"

  @simulator-only
  Scenario: Kept warm, the same function creates the VoiceCall at once
    Given the telephony function is cold and takes 9 seconds to start
    And the telephony function is kept warm every 5 minutes
    When 10 seconds pass
    And a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob is connected to the transfer leg within 60 seconds
    And the VoiceCall of the transfer leg was requested 0 seconds after the transfer leg started
    And the transfer leg has the attribute "voiceCallId" set to the id of its VoiceCall

  @simulator-only
  Scenario: The customer hangs up while the transfer flow waits for Salesforce: alice and bob are left
    The call stays up while an agent is on it: the customer's contact ends, but alice is still on the
    line with the transfer leg, whose flow goes on and brings bob in.
    Given Salesforce is always slower than the flow's time limit
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    And 3 seconds pass
    And the customer hangs up
    Then the call has ended
    And the contact record of the call shows:
      | disconnect reason | CUSTOMER_DISCONNECT |
    And bob is connected to the transfer leg within 60 seconds

  @simulator-only
  Scenario: The target agent does not answer
    Given bob does not answer
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob sees the transfer leg missed within 60 seconds
