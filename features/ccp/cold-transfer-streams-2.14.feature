Feature: Cold transfer from the team's CCP JavaScript, on a Streams release 20 months older
  The scenarios of features/ccp/cold-transfer.feature, with alice's CCP on amazon-connect-streams 2.14.1 (npm,
  December 2024) instead of the release connect-sim is built with (2.28.2, August 2026): the build packs it into
  simulator/target/streams-2.14.1/. On 2.14.1 contact.onRefresh returns no subscription, so a recipe that
  unsubscribes through it throws there; ccp/transfers.js keeps its own flag and passes on both.

  Background:
    Given alice's CCP loads Streams from "simulator/target/streams-2.14.1/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"

  @simulator-only
  Scenario: JavaScript on Streams 2.14.1: the third party answers: the customer is with the third party, alice is gone
    Given +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls coldTransferToDestination("+15550199")
    Then alice's CCP logs "cold transfer done" within 60 seconds
    And the customer is connected to +15550199
    And alice is no longer on the call
    And alice's CCP sets transferListening to "false" within 1 second

  @simulator-only
  Scenario: JavaScript on Streams 2.14.1: the third party never answers: the customer waits on hold with alice still there
    Given +15550199 never answers
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls coldTransferToDestination("+15550199")
    Then alice's CCP logs "cold transfer failed in step dial" within 60 seconds
    And the customer is on hold
    And alice is still on the call
    And alice's CCP sets transferListening to "false" within 1 second

  @simulator-only
  Scenario: JavaScript on Streams 2.14.1: the third party is busy
    Given +15550199 is busy
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls coldTransferToDestination("+15550199")
    Then alice's CCP logs "cold transfer failed in step dial" within 30 seconds
    And the customer is on hold
    And alice is still on the call

  @simulator-only
  Scenario: JavaScript on Streams 2.14.1: the customer hangs up while the third party rings: the recipe notices only when it joins
    Given +15550199 answers after 20 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls coldTransferToDestination("+15550199")
    And 5 seconds pass
    And the customer hangs up
    Then alice's CCP logs "cold transfer failed in step conference: InvalidStateException" within 30 seconds
    And the call has ended
    And the contact record of the call shows:
      | disconnect reason | CUSTOMER_DISCONNECT |

  @simulator-only
  Scenario: JavaScript on Streams 2.14.1: the hold fails: nothing is dialled and the customer stays with alice
    Given alice's hold fails
    And +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls coldTransferToDestination("+15550199")
    Then alice's CCP logs "cold transfer failed in step hold: InternalServiceError" within 10 seconds
    And the customer is connected
    And alice is still on the call

  @simulator-only
  Scenario: JavaScript on Streams 2.14.1: the join fails: the customer stays on hold while alice is with the third party
    Given alice's join fails
    And +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls coldTransferToDestination("+15550199")
    Then alice's CCP logs "cold transfer failed in step conference" within 30 seconds
    And the customer is on hold
    And alice is still on the call
    And alice's CCP sets transferListening to "false" within 1 second
