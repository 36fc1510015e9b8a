Feature: Warm transfer to an external number
  alice holds the customer, calls the third party, talks to them (the consult), then joins everyone and
  leaves. If the third party does not take the call, alice takes the customer back off hold.

  @simulator-only
  Scenario: Consult, join, leave: the customer ends up with the third party
    Given +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice warm-transfers the call to +15550199
    Then alice is consulting the third party within 30 seconds
    And the customer is on hold
    When 20 seconds pass
    And alice joins the call and leaves
    Then the transfer completes within 10 seconds
    And the customer is connected to +15550199
    And alice is no longer on the call

  @simulator-only
  Scenario: The third party declines: alice takes the customer back
    Given +15550199 declines after 4 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice warm-transfers the call to +15550199
    Then the transfer fails in step dial within 30 seconds
    And the customer is connected
    And alice is still on the call
    And the transfer no longer listens to REFRESH

  @simulator-only
  Scenario: Swap between the customer and the third party, then join
    Given +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice warm-transfers the call to +15550199
    Then alice is consulting the third party within 30 seconds
    When alice swaps between the customer and the third party
    And 2 seconds pass
    Then the customer is connected
    And +15550199 is on hold
    When alice swaps between the customer and the third party
    And 2 seconds pass
    Then the customer is on hold
    When alice joins the call and leaves
    Then the transfer completes within 10 seconds
    And the customer is connected to +15550199

  @simulator-only
  Scenario: The customer hangs up during the consult: alice is left with the third party
    Given +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice warm-transfers the call to +15550199
    Then alice is consulting the third party within 30 seconds
    When the customer hangs up
    Then the transfer fails in step consult within 10 seconds
    And the call has ended
