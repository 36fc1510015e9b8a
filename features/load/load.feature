Feature: Load: thousands of calls at once through the project's flows
  Thousands of customers call the inbound number within a minute and stay on the line for up to two
  minutes, so they are all on the line at once. Each call runs flows/inbound.json: createVoiceCall
  through the telephony function, then BasicQueue and one of 20 agents, if one is free in time.
  It all happens in virtual time: minutes of calls take a second or two.

  The telephony function answers in memory here: a signed token and an HTTP request per VoiceCall cost
  milliseconds each, so thousands of them would cost seconds (docs/performance.md). The scenarios of
  features/transfers/ check the requests themselves against the simulated Salesforce.

  @simulator-only
  Scenario: 20 agents and 2,000 calls in a minute: every call gets its VoiceCall, none is lost, only the first 20 are answered
    Given the telephony function answers in memory after 250 ms
    And 20 agents in BasicQueue accept calls after 5 seconds
    When 2,000 customers call +18005550100 over 1 minute and hang up after 2 minutes
    Then every call gets a VoiceCall
    And no call is lost
    And at least 20 calls reach an agent within 10 seconds
    And at most 20 calls reach an agent

  @simulator-only
  Scenario: The telephony function may run 5 at a time: under 2,000 calls in a minute some calls get no VoiceCall, and none is lost
    Given the telephony function answers in memory after 250 ms
    And the telephony function runs at most 5 at a time
    And 20 agents in BasicQueue accept calls after 5 seconds
    When 2,000 customers call +18005550100 over 1 minute and hang up after 2 minutes
    Then at least 700 calls get no VoiceCall
    And no call is lost
