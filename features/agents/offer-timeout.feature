Feature: How long an offer rings an agent
  A call offered to an agent rings for 20 s (the offer timeout); an agent who has not accepted by then misses it.
  An agent who accepts after exactly 20 s is too late. A scenario can set another timeout ("Given offers ring for 30
  seconds"), and so can the instance file (instance.offerTimeout).

  @simulator-only
  Scenario: alice accepts after 20 seconds: the offer has timed out, and she misses the call
    Given alice accepts calls after 20 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    Then alice sees the call missed within 30 seconds

  @simulator-only
  Scenario: With offers ringing for 30 seconds, alice accepting after 20 seconds gets the call
    Given offers ring for 30 seconds
    And alice accepts calls after 20 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    Then alice is connected to the call within 30 seconds
