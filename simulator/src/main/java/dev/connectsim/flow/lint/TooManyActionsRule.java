package dev.connectsim.flow.lint;

/** A flow has at most 250 actions. */
final class TooManyActionsRule extends Rule {

    static final int MAX = 250;

    TooManyActionsRule() {
        super("too-many-actions", Severity.ERROR, "a flow has at most " + MAX + " actions");
    }

    @Override
    void check(Check check) {
        int count = check.flow().actions().size();
        if (count > MAX) {
            check.reportFlow(check.shape().key("Actions", "modules"), "the flow has " + count
                    + " actions; Connect takes at most " + MAX, "split it into several flows joined by TransferToFlow");
        }
    }
}
