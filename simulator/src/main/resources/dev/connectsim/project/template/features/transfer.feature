Feature: Transfers
  alice takes a call and hands it on: to bob through the "Transfer to Bob" quick connect, which runs
  flows/agent-transfer.json on a new contact leg, or to an external number with a cold transfer (hold the
  customer, dial, join everyone once the third party is connected, leave).

  Scenario: A quick connect transfer: bob gets the call, with a VoiceCall of its own
    When a customer calls +18005550100 from +15550100
    And alice accepts the call
    And alice transfers the call to the quick connect "Transfer to Bob"
    Then bob is connected to the transfer leg within 60 seconds
    And Salesforce created 1 VoiceCall for the transfer leg
    And the transfer leg has the attribute "voiceCallId" set to the id of its VoiceCall
    And the contact record of the transfer leg shows:
      | agent             | bob      |
      | initiation method | TRANSFER |

  Scenario: A cold transfer to an external number that answers
    Given +15550199 answers after 5 seconds
    When a customer calls +18005550100 from +15550100
    And alice accepts the call
    And alice cold-transfers the call to +15550199
    Then the transfer completes within 60 seconds
    And the customer is connected to +15550199
    And alice is no longer on the call

  Scenario: A cold transfer to a number that never answers: the customer stays with alice
    Given +15550199 never answers
    When a customer calls +18005550100 from +15550100
    And alice accepts the call
    And alice cold-transfers the call to +15550199
    Then the transfer fails in step dial within 60 seconds
    And the customer is on hold
    And alice is still on the call
