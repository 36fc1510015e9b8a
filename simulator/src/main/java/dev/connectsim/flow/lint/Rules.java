package dev.connectsim.flow.lint;

import java.util.List;
import java.util.Optional;

/**
 * Every rule, in the order {@code validate --rules} lists them: loading, the document, Identifiers and
 * transitions, the graph, conditions and errors, parameters and blocks, the instance.
 */
public final class Rules {

    static final ParseRule PARSE = new ParseRule();

    private static final List<Rule> ALL = List.of(
            PARSE,
            new UnknownVersionRule(),
            new MissingStartActionRule(),
            new DanglingStartActionRule(),
            new TooManyActionsRule(),
            new DuplicateIdentifierRule(),
            new InvalidIdentifierRule(),
            new DanglingNextActionRule(),
            new UnreachableActionRule(),
            new EndlessLoopRule(),
            new UnknownOperatorRule(),
            new LoopConditionsRule(),
            new RequiredConditionsRule(),
            new MissingErrorBranchRule(),
            new UnhandledErrorRule(),
            new UnknownErrorTypeRule(),
            new UnknownActionTypeRule(),
            new NotModelledRule(),
            new UnknownParameterRule(),
            new LoopCountRule(),
            new LambdaFunctionArnRule(),
            new LambdaTimeLimitRule(),
            new ParameterValueRule(),
            new InterruptFrequencyRule(),
            new RequiredParameterRule(),
            new WrongFlowTypeRule(),
            new UnknownReferenceRule());

    private Rules() {
    }

    /** Every rule, {@code parse} first. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this id. */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
