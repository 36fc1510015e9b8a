Feature: The project's own Node.js function
  flows/account-balance.json answers +18005550201: it calls AccountBalance, the project's own Node.js Lambda function
  (lambdas/account-balance, bound in flows/instance.yaml with runtime nodejs20.x), within a 3 second limit and with
  STRING_MAP validation, keeps the caller's balance as a contact attribute, or notes that the lookup failed, and
  queues the call for alice. The handler runs for real in a Node.js worker process, on virtual time.

  Scenario: The function knows the caller's balance
    When a customer calls +18005550201 from +15550100
    Then the call gets the attribute "accountBalance" within 10 seconds
    And the call has the attribute "accountBalance" set to "42.50"
    And the call has the attribute "accountFound" set to "true"
    And the call has no attribute "balance"

  @simulator-only
  Scenario: The ledger fails, so the function throws: Connect retries it three times, then the flow takes the error branch
    When a customer calls +18005550201 from +15550666
    Then the call gets the attribute "balance" within 10 seconds
    And the call has the attribute "balance" set to "failed"
    And the function AccountBalance ran 4 times for the call

  @simulator-only
  Scenario: The function waits 4 seconds for a slow ledger, past the flow's 3 second limit: the error branch at the limit
    When a customer calls +18005550201 from +15550199
    Then the call gets the attribute "balance" within 10 seconds
    And the call has no attribute "accountBalance"
    And the function AccountBalance ran 1 time for the call

  @simulator-only
  Scenario: The function answers Grace's last payment as a nested object, which the block's STRING_MAP validation refuses
    When a customer calls +18005550201 from +15550177
    Then the call gets the attribute "balance" within 10 seconds
    And the call has no attribute "accountBalance"
    And the function AccountBalance ran 1 time for the call
