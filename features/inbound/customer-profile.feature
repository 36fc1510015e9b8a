Feature: The caller's profile and case
  flows/customer-profile.json answers +18005550300: it looks the caller up by phone number in the instance's
  Customer Profiles domain (flows/instance.yaml, customerProfiles), keeps their name and tier as contact
  attributes, associates the call with their profile, greets them, and tells them about their last updated open
  case (cases). A caller with no profile gets a new one; a number two profiles share cannot be looked up.

  @simulator-only
  Scenario: A known caller is greeted by name and hears about their open case
    When a customer calls +18005550300 from +15550100
    Then the caller hears, in order:
      | Hello Jane.                                |
      | We are working on your case: Bill too high. |
    And the call has the attribute "firstName" set to "Jane"
    And the call has the attribute "tier" set to "gold"
    And the call has the attribute "profileId" set to "6f1c2d3e4a5b4c6d8e9f0a1b2c3d4e5f"
    And the call has the attribute "openCase" set to "Bill too high"

  @simulator-only
  Scenario: A caller with no profile gets a new one
    When a customer calls +18005550300 from +15550111
    Then the caller hears "Welcome to Example Corp. We have made you a profile."
    And the call gets the attribute "profileId" within 10 seconds
    And the call has no attribute "firstName"

  @simulator-only
  Scenario: A number two profiles share takes the MultipleFoundError branch
    When a customer calls +18005550300 from +15550177
    Then the caller hears "We could not look you up."
    And the call has no attribute "profileId"
