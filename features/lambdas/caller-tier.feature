Feature: The project's own Python function
  flows/caller-tier.json answers +18005550202: it calls CallerTier, the project's own Python Lambda function
  (lambdas/caller-tier, bound in flows/instance.yaml with runtime python3.12), within a 3 second limit and with
  STRING_MAP validation, keeps the caller's tier as a contact attribute, or notes that the lookup failed, and queues
  the call for alice. The handler runs for real in a Python worker process, on virtual time.

  Scenario: The function knows the caller's tier
    When a customer calls +18005550202 from +15550100
    Then the call gets the attribute "callerTier" within 10 seconds
    And the call has the attribute "callerTier" set to "gold"
    And the call has the attribute "tierFound" set to "true"
    And the call has no attribute "tier"

  @simulator-only
  Scenario: The function raises: Connect retries it three times, then the flow takes the error branch
    When a customer calls +18005550202 from +15550666
    Then the call gets the attribute "tier" within 10 seconds
    And the call has the attribute "tier" set to "failed"
    And the function CallerTier ran 4 times for the call

  @simulator-only
  Scenario: The function sleeps 4 seconds for a slow replica, past the flow's 3 second limit: the error branch at the limit
    When a customer calls +18005550202 from +15550199
    Then the call gets the attribute "tier" within 10 seconds
    And the call has no attribute "callerTier"
    And the function CallerTier ran 1 time for the call

  @simulator-only
  Scenario: The function answers Grace's perks as a nested object, which the block's STRING_MAP validation refuses
    When a customer calls +18005550202 from +15550177
    Then the call gets the attribute "tier" within 10 seconds
    And the call has no attribute "callerTier"
    And the function CallerTier ran 1 time for the call
