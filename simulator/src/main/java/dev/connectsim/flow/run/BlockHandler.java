package dev.connectsim.flow.run;

import dev.connectsim.flow.action.Action;

/** What one action type does when a flow runs it. */
@FunctionalInterface
interface BlockHandler<A extends Action> {

    BlockOutcome run(A action, BlockContext context);
}
