Feature: Cold transfer from the team's CCP JavaScript, on the real Streams library
  alice's CCP runs ccp/transfers.js on the Amazon Connect Streams library (the npm release connect-sim is built with),
  as her browser would: it holds the customer, adds the third party, waits on REFRESH while it is connecting, and once
  it is connected joins everyone and leaves. When the dial fails, the customer stays on hold and alice on the line.
  The same cases as features/transfers/cold-transfer.feature, which runs connect-sim's Java version of the recipe.

  Background:
    Given alice's CCP runs "ccp/transfers.js"

  @simulator-only
  Scenario: JavaScript: the third party answers: the customer is with the third party, alice is gone
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
  Scenario: JavaScript: the third party never answers: the customer waits on hold with alice still there
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
  Scenario: JavaScript: the third party is busy
    Given +15550199 is busy
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls coldTransferToDestination("+15550199")
    Then alice's CCP logs "cold transfer failed in step dial" within 30 seconds
    And the customer is on hold
    And alice is still on the call

  @simulator-only
  Scenario: JavaScript: the customer hangs up while the third party rings: the recipe notices only when it joins
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
  Scenario: JavaScript: the hold fails: nothing is dialled and the customer stays with alice
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
  Scenario: JavaScript: the join fails: the customer stays on hold while alice is with the third party
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
