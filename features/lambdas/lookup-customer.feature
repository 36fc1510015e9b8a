Feature: The project's own Java function
  flows/customer-lookup.json answers +18005550200: it calls LookupCustomer, the project's own Java Lambda function
  (lambdas/lookup-customer, bound in flows/instance.yaml with runtime java17), within a 3 second limit and with
  STRING_MAP validation, keeps the customer's name as a contact attribute, or notes that the lookup failed, and
  queues the call for alice. The function's handler runs for real, in virtual time.

  Scenario: The function knows the caller
    When a customer calls +18005550200 from +15550100
    Then the call gets the attribute "customerName" within 10 seconds
    And the call has the attribute "customerName" set to "Ada Lovelace"
    And the call has the attribute "customerFound" set to "true"
    And the call has no attribute "lookup"

  @simulator-only
  Scenario: The function throws: Connect retries it three times, then the flow takes the error branch
    When a customer calls +18005550200 from +15550666
    Then the call gets the attribute "lookup" within 10 seconds
    And the call has the attribute "lookup" set to "failed"
    And the function LookupCustomer ran 4 times for the call

  @simulator-only
  Scenario: The function is slower than the flow's 3 second limit: the error branch, with no retry
    Given the function LookupCustomer takes 4 seconds
    When a customer calls +18005550200 from +15550100
    Then the call gets the attribute "lookup" within 10 seconds
    And the call has no attribute "customerName"
    And the function LookupCustomer ran 1 time for the call

  @simulator-only
  Scenario: The function sleeps past the flow's 3 second limit: the error branch at the limit, with no retry
    When a customer calls +18005550200 from +15550155
    Then the call gets the attribute "lookup" within 4 seconds
    And the call has no attribute "customerName"
    And the function LookupCustomer ran 1 time for the call

  @simulator-only
  Scenario: The function answers a nested object, which the block's STRING_MAP validation refuses
    When a customer calls +18005550200 from +15550177
    Then the call gets the attribute "lookup" within 10 seconds
    And the call has no attribute "customerName"
    And the function LookupCustomer ran 1 time for the call
