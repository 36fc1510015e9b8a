Feature: Cold transfer to an external number
  alice's agent-side code cold-transfers with the REFRESH-driven recipe: hold the customer, add the third
  party, wait on REFRESH while it is connecting, and once it is connected join everyone and leave. When
  the dial fails, the customer stays on hold and alice stays on the line, so she can take the customer back.

  @simulator-only
  Scenario: The third party answers: the customer is with the third party, alice is gone
    Given +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice cold-transfers the call to +15550199
    Then the transfer completes within 60 seconds
    And the customer is connected to +15550199
    And alice is no longer on the call
    And the transfer no longer listens to REFRESH

  @simulator-only
  Scenario: The third party never answers: the customer waits on hold with alice still there
    Given +15550199 never answers
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice cold-transfers the call to +15550199
    Then the transfer fails in step dial within 60 seconds
    And the customer is on hold
    And alice is still on the call
    And the transfer no longer listens to REFRESH

  @simulator-only
  Scenario: The third party is busy
    Given +15550199 is busy
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice cold-transfers the call to +15550199
    Then the transfer fails in step dial within 30 seconds
    And the customer is on hold
    And alice is still on the call

  @simulator-only
  Scenario: The customer hangs up while the third party rings: the recipe notices only when it joins
    The call stays up while alice and the third party are on it, so REFRESH still shows it connected;
    the recipe's join then fails with InvalidStateException, and alice is left with the third party.
    Given +15550199 answers after 20 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice cold-transfers the call to +15550199
    And 5 seconds pass
    And the customer hangs up
    Then the transfer fails in step conference within 30 seconds
    And the call has ended
    And the contact record of the call shows:
      | disconnect reason | CUSTOMER_DISCONNECT |

  @simulator-only
  Scenario: The hold fails: nothing is dialled and the customer stays with alice
    Given alice's hold fails
    And +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice cold-transfers the call to +15550199
    Then the transfer fails in step hold within 10 seconds
    And the customer is connected
    And alice is still on the call

  @simulator-only
  Scenario: The join fails: the customer stays on hold while alice is with the third party
    Given alice's join fails
    And +15550199 answers after 5 seconds
    When a customer calls from +15550100 and waits in BasicQueue
    And alice accepts the call
    And alice cold-transfers the call to +15550199
    Then the transfer fails in step conference within 30 seconds
    And the customer is on hold
    And alice is still on the call
    And the transfer no longer listens to REFRESH
