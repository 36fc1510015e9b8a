Feature: Blind transfer from the team's CCP JavaScript, on two Streams releases
  alice's CCP runs ccp/transfers.js on the real Amazon Connect Streams library: blindTransferToDestination adds the
  third party and, as soon as the dial is accepted, destroys alice's connection without waiting for an answer. If
  nobody answers, nobody is left to take the customer back: Connect drops the customer (unless the contact's
  CustomerRemaining hook names a flow), where the cold transfer of the same script leaves them on hold with alice.
  The same cases as features/transfers/blind-transfer.feature, which runs connect-sim's Java version of the recipes,
  each on the release connect-sim is built with (2.28.2) and on one 20 months older (2.14.1); the build packs both
  into simulator/target/.

  @simulator-only
  Scenario Outline: JavaScript on Streams <release>: the third party answers
    Given alice's CCP loads Streams from "simulator/target/<folder>/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"
    And +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls blindTransferToDestination("+15550199")
    Then alice's CCP logs "blind transfer done" within 5 seconds
    And alice is no longer on the call
    And the customer is connected to +15550199 within 30 seconds

    Examples:
      | release | folder          |
      | 2.28.2  | streams         |
      | 2.14.1  | streams-2.14.1  |

  @simulator-only
  Scenario Outline: JavaScript on Streams <release>: nobody answers: after a <kind> transfer <what happens>
    Given alice's CCP loads Streams from "simulator/target/<folder>/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"
    And +15550199 never answers
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls <kind>TransferToDestination("+15550199")
    And 40 seconds pass
    Then the customer is <customer>
    And alice is <alice>

    Examples:
      | release | folder         | kind  | what happens                          | customer | alice                 |
      | 2.28.2  | streams        | cold  | the customer waits on hold with alice | on hold  | still on the call     |
      | 2.28.2  | streams        | blind | the customer is dropped               | gone     | no longer on the call |
      | 2.14.1  | streams-2.14.1 | cold  | the customer waits on hold with alice | on hold  | still on the call     |
      | 2.14.1  | streams-2.14.1 | blind | the customer is dropped               | gone     | no longer on the call |

  @simulator-only
  Scenario Outline: JavaScript on Streams <release>: the customer hangs up while the blind transfer rings
    Given alice's CCP loads Streams from "simulator/target/<folder>/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"
    And +15550199 answers after 20 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls blindTransferToDestination("+15550199")
    And 5 seconds pass
    And the customer hangs up
    Then the call has ended
    And alice's CCP logs "blind transfer done" within 1 second

    Examples:
      | release | folder          |
      | 2.28.2  | streams         |
      | 2.14.1  | streams-2.14.1  |

  @simulator-only
  Scenario Outline: JavaScript on Streams <release>: nobody answers, but the contact names a CustomerRemaining flow: the customer is queued again
    flows/inbound.json sets the CustomerRemaining hook to flows/customer-remaining.json, which queues the
    customer left alone in SupportQueue, where bob takes the call.
    Given alice's CCP loads Streams from "simulator/target/<folder>/package/release/connect-streams.js"
    And alice's CCP runs "ccp/transfers.js"
    And +15550199 never answers
    When a customer calls +18005550100 from +15550100
    And alice accepts the call
    And alice sees the call connected within 5 seconds
    And alice's CCP calls blindTransferToDestination("+15550199")
    Then alice's CCP logs "blind transfer done" within 5 seconds
    And bob is connected to the call within 90 seconds
    And the call went through the flow blocks:
      | enable-logging      |
      | set-remaining-hook  |
      | set-working-queue   |
      | create-vc-tries     |
      | create-voice-call   |
      | store-voice-call-id |
      | greet               |
      | queue-call          |
      | say-not-through     |
      | set-support-queue   |
      | queue-again         |

    Examples:
      | release | folder          |
      | 2.28.2  | streams         |
      | 2.14.1  | streams-2.14.1  |
