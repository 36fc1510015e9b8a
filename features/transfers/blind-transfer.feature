Feature: Blind transfer, and why a cold transfer is safer
  In a blind transfer alice adds the third party and leaves at once. If nobody answers, nobody is left
  to take the customer back: Connect drops the customer (unless the contact's CustomerRemaining hook
  names a flow). A cold transfer waits until the third party is connected before alice leaves.

  @simulator-only
  Scenario: The third party answers
    Given +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice blind-transfers the call to +15550199
    Then the transfer completes within 5 seconds
    And alice is no longer on the call
    And the customer is connected to +15550199 within 30 seconds

  @simulator-only
  Scenario Outline: Nobody answers: after a <kind> transfer <what happens>
    Given +15550199 never answers
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice <kind>-transfers the call to +15550199
    And 40 seconds pass
    Then the customer is <customer>
    And alice is <alice>

    Examples:
      | kind  | what happens                          | customer | alice                 |
      | cold  | the customer waits on hold with alice | on hold  | still on the call     |
      | blind | the customer is dropped               | gone     | no longer on the call |

  @simulator-only
  Scenario: The customer hangs up while the blind transfer rings
    Given +15550199 answers after 20 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice blind-transfers the call to +15550199
    And 5 seconds pass
    And the customer hangs up
    Then the call has ended

  @simulator-only
  Scenario: Nobody answers, but the contact names a CustomerRemaining flow: the customer is queued again
    flows/inbound.json sets the CustomerRemaining hook to flows/customer-remaining.json, which queues the
    customer left alone in SupportQueue, where bob takes the call.
    Given +15550199 never answers
    When a customer calls +18005550100 from +15550100
    And alice accepts the call
    And alice blind-transfers the call to +15550199
    Then bob is connected to the call within 90 seconds
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
