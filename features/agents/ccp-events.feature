Feature: The Streams events an agent's CCP fires for a contact, in order
  Agent-side code subscribes to contact events (contact.onConnecting, onAccepted, onAcw, onEnded, onMissed ...); what
  it does depends on their order. REFRESH fires with every snapshot, each second, so a run of them shows as one.

  @simulator-only
  Scenario: alice takes the call and the customer hangs up: ACW, then ENDED
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And 3 seconds pass
    And the customer hangs up
    Then alice's CCP fired these events for the call:
      | connecting |
      | refresh    |
      | accepted   |
      | connected  |
      | refresh    |
      | acw        |
      | ended      |
      | refresh    |

  @simulator-only
  Scenario: The customer hangs up while the call is offered to alice: ENDED, then MISSED
    When a customer calls from +15550100 and waits in BasicQueue
    And alice sees the call connecting within 60 seconds
    And 2 seconds pass
    And the customer hangs up
    Then alice's CCP fired these events for the call:
      | connecting |
      | refresh    |
      | ended      |
      | missed     |
      | refresh    |
