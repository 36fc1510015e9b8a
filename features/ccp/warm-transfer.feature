Feature: Warm transfer from the team's CCP JavaScript, on two Streams releases
  alice's CCP runs ccp/transfers.js on the real Amazon Connect Streams library: it holds the customer, adds the third
  party and waits on REFRESH while it is connecting; once it has answered alice consults it (transferPhase is
  "consulting"), may swap between the two (swapParties), and ends the consult with joinAndLeave. A third party who
  does not take the call ends it with the customer taken back off hold. The same cases as
  features/transfers/warm-transfer.feature, which runs connect-sim's Java version of the recipe, each on the release
  connect-sim is built with (2.28.2) and on one 20 months older (2.14.1); the build packs both into simulator/target/.

  @simulator-only
  Scenario Outline: JavaScript on Streams <release>: consult, join, leave: the customer ends up with the third party
    Given alice's CCP loads Streams from "simulator/target/<folder>/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"
    And +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls warmTransferToDestination("+15550199")
    Then alice's CCP sets transferPhase to "consulting" within 30 seconds
    And the customer is on hold
    When 20 seconds pass
    And alice's CCP calls joinAndLeave()
    Then alice's CCP logs "warm transfer done" within 10 seconds
    And the customer is connected to +15550199
    And alice is no longer on the call
    And alice's CCP sets transferListening to "false" within 1 second

    Examples:
      | release | folder          |
      | 2.28.2  | streams         |
      | 2.14.1  | streams-2.14.1  |

  @simulator-only
  Scenario Outline: JavaScript on Streams <release>: the third party declines: alice takes the customer back
    Given alice's CCP loads Streams from "simulator/target/<folder>/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"
    And +15550199 declines after 4 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls warmTransferToDestination("+15550199")
    Then alice's CCP logs "warm transfer failed in step dial" within 30 seconds
    And the customer is connected
    And alice is still on the call
    And alice's CCP sets transferListening to "false" within 1 second

    Examples:
      | release | folder          |
      | 2.28.2  | streams         |
      | 2.14.1  | streams-2.14.1  |

  @simulator-only
  Scenario Outline: JavaScript on Streams <release>: swap between the customer and the third party, then join
    Given alice's CCP loads Streams from "simulator/target/<folder>/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"
    And +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls warmTransferToDestination("+15550199")
    Then alice's CCP sets transferPhase to "consulting" within 30 seconds
    When alice's CCP calls swapParties()
    And 2 seconds pass
    Then the customer is connected
    And +15550199 is on hold
    When alice's CCP calls swapParties()
    And 2 seconds pass
    Then the customer is on hold
    When alice's CCP calls joinAndLeave()
    Then alice's CCP logs "warm transfer done" within 10 seconds
    And the customer is connected to +15550199

    Examples:
      | release | folder          |
      | 2.28.2  | streams         |
      | 2.14.1  | streams-2.14.1  |

  @simulator-only
  Scenario Outline: JavaScript on Streams <release>: the customer hangs up during the consult: alice is left with the third party
    Given alice's CCP loads Streams from "simulator/target/<folder>/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"
    And +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls warmTransferToDestination("+15550199")
    Then alice's CCP sets transferPhase to "consulting" within 30 seconds
    When the customer hangs up
    Then alice's CCP logs "warm transfer failed in step consult" within 10 seconds
    And the call has ended

    Examples:
      | release | folder          |
      | 2.28.2  | streams         |
      | 2.14.1  | streams-2.14.1  |
