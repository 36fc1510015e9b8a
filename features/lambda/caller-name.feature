Feature: A Lambda function answers as the scenario says
  The Customer Menu flow (flows/customer-menu.json, on +18005550101) invokes CallerName with an 8 s limit and
  greets the caller by the name it answers; flows/instance.yaml makes it answer the name Ada. A scenario can make a
  function answer otherwise, fail, or take longer, for that scenario only, naming it by its function name or ARN.

  @simulator-only
  Scenario: The function answers another customer
    Given the function CallerName answers:
      | name | Grace |
      | tier | gold  |
    When a customer calls +18005550101 from +15550100
    Then the caller hears "Welcome back, Grace."
    And the call has the attribute "customerName" set to "Grace"

  @simulator-only
  Scenario: The function answers a JSON object: numbers and booleans are kept as text
    Given the function CallerName answers with the JSON:
      """json
      {"name": "Grace", "visits": 3, "vip": true}
      """
    When a customer calls +18005550101 from +15550100
    Then the caller hears "Welcome back, Grace."
    And the call has the attribute "customerName" set to "Grace"

  @simulator-only
  Scenario: The function answers a nested object: the block takes only a flat map of strings, so its error branch
    Given the function CallerName answers with the JSON:
      """json
      {"name": "Grace", "account": {"tier": "gold"}}
      """
    When a customer calls +18005550101 from +15550100
    Then the caller hears, in order:
      | Thank you for calling Example Corp. |
      | We could not find your account.     |
    And the call has no attribute "customerName"

  @simulator-only
  Scenario: The function fails: the flow takes its error branch
    Given the function arn:aws:lambda:us-east-1:123456789012:function:CallerName fails
    When a customer calls +18005550101 from +15550100
    Then the caller hears, in order:
      | Thank you for calling Example Corp. |
      | We could not find your account.     |
    And the call has no attribute "customerName"

  @simulator-only
  Scenario: The function takes longer than the flow's 8 second limit: the error branch, after 8 seconds
    Given the function CallerName takes 10 seconds
    When a customer calls +18005550101 from +15550100
    And 9 seconds pass
    Then the call went through the flow blocks:
      | greet |
    And the caller hears "We could not find your account."
    And the call has no attribute "customerName"

  @simulator-only
  Scenario: Within the limit, a slow function still answers
    Given the function CallerName takes 7 seconds
    And the function CallerName answers:
      | name | Grace |
    When a customer calls +18005550101 from +15550100
    Then the caller hears "Welcome back, Grace."
