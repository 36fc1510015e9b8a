package dev.connectsim.harness;

import dev.connectsim.flow.run.Unmodelled;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario's call met something the simulator does not model (a block it cannot run, a parameter or a reference
 * it leaves out): the scenario fails, one line per thing naming the flow file, the block and what is missing, since
 * a pass would rest on a path Connect might not take.
 */
public final class NotModelled extends AssertionError {

    public NotModelled(List<Unmodelled> met) {
        super(met.stream().map(u -> "the call met what the simulator does not model: " + u.describe())
                .collect(Collectors.joining("\n")));
    }
}
