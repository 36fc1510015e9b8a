Feature: The help desk's Lex bot
  flows/help-desk-bot.json answers +18005550301 with the HELPDESK Lex bot that flows/instance.yaml describes
  (lexBots): what the caller says is the intent whose utterance it is. CheckBalance and BookAppointment (with its
  slot day) are kept as the attributes intent and day; words the bot does not know are its FallbackIntent, which
  the flow does not branch on. What the caller says is given before the call, so that a sandbox run skips these
  scenarios before it places a real call.

  @simulator-only
  Scenario: The caller asks for their balance
    Given the caller says "What is my balance?"
    When a customer calls +18005550301 from +15550100
    Then the caller hears, in order:
      | How can we help you today?                  |
      | Your balance is on its way by text message. |
    And the call has the attribute "intent" set to "CheckBalance"

  @simulator-only
  Scenario: The caller books an appointment and the bot keeps the day they said
    Given the caller says "I would like to come in on Friday"
    When a customer calls +18005550301 from +15550100
    Then the caller hears "See you on Friday."
    And the call has the attribute "day" set to "Friday"

  @simulator-only
  Scenario: Words the bot does not know take the flow's error branch
    Given the caller says "I want to complain"
    When a customer calls +18005550301 from +15550100
    Then the caller hears "Sorry, we did not understand."
    And the call has no attribute "intent"
