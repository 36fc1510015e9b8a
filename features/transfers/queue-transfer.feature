Feature: Queue transfer through a QUEUE quick connect
  The "Support Queue" quick connect runs flows/queue-transfer.json on a new leg: it creates the transfer
  VoiceCall, checks SupportQueue's hours (08:00-20:00 New York time, weekdays) and that agents are
  staffed, and queues the call; bob and carol take SupportQueue calls.

  @simulator-only
  Scenario: Within support hours, the call is queued and bob takes it
    Given the time is "2026-01-05 15:00" UTC
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Support Queue"
    Then bob is connected to the transfer leg within 60 seconds
    And Salesforce created 1 VoiceCall for the transfer leg
    And the VoiceCall of the transfer leg has:
      | initiationMethod  | Transfer   |
      | parentVoiceCallId | <the call> |

  @simulator-only
  Scenario: Outside support hours, the transfer leg hears that the queue is closed
    Given the time is "2026-01-05 09:00" UTC
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Support Queue"
    And 30 seconds pass
    Then the transfer leg went through the flow blocks:
      | enable-logging      |
      | create-vc-tries     |
      | create-transfer-vc  |
      | store-voice-call-id |
      | check-hours         |
      | say-closed          |
      | hang-up             |

  @simulator-only
  Scenario: The customer hangs up while the transfer leg is queued
    Given the time is "2026-01-05 15:00" UTC
    And bob does not answer
    And carol does not answer
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice transfers the call to the quick connect "Support Queue"
    And 10 seconds pass
    And the customer hangs up
    Then the call has ended
