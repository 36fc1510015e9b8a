package dev.connectsim.flow.run;

import dev.connectsim.flow.action.Action;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The handler of every action type, one each; {@code BlocksTest} checks that no type of {@link Action} lacks one. */
final class Blocks {

    private final Map<Class<? extends Action>, BlockHandler<? extends Action>> handlers = new LinkedHashMap<>();

    Blocks() {
        FlowControlBlocks.register(this);
        ContactBlocks.register(this);
        RoutingBlocks.register(this);
        ParticipantBlocks.register(this);
        LambdaBlock.register(this);
        ProfileBlocks.register(this);
        CaseBlocks.register(this);
        OtherChannelBlocks.register(this);
        LexBotBlock.register(this);
        TagBlocks.register(this);
        ChannelBlocks.register(this);
    }

    <A extends Action> void on(Class<A> type, BlockHandler<A> handler) {
        if (handlers.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("two handlers for " + type.getSimpleName());
        }
    }

    /** The action types that have a handler. */
    Set<Class<? extends Action>> handled() {
        return handlers.keySet();
    }

    @SuppressWarnings("unchecked")
    BlockOutcome run(Action action, BlockContext context) {
        BlockHandler<Action> handler = (BlockHandler<Action>) handlers.get(action.getClass());
        if (handler == null) {
            throw new IllegalStateException("no handler for action type " + action.getClass().getSimpleName());
        }
        return handler.run(action, context);
    }
}
