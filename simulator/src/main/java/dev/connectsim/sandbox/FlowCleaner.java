package dev.connectsim.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.connect.model.ContactFlow;

/**
 * {@code sandbox clean}: removes the flows connect-sim published, and only those: a flow goes when its name has the
 * configured prefix and it carries every configured tag (DescribeContactFlow shows them).
 */
public final class FlowCleaner {

    private final SandboxDriver driver;

    public FlowCleaner(SandboxDriver driver) {
        this.driver = driver;
    }

    /** Deletes connect-sim's flows; returns one line per flow looked at. */
    public List<String> clean() {
        SandboxConfig config = driver.config();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, SandboxResources.Resource> flow : driver.resources().flows().entrySet()) {
            if (!flow.getKey().startsWith(config.flowPrefix())) {
                continue;
            }
            String id = flow.getValue().id();
            ContactFlow described = driver.call(() -> driver.client().describeContactFlow(r -> r
                    .instanceId(driver.instanceId()).contactFlowId(id))).contactFlow();
            Map<String, String> tags = described == null ? Map.of() : described.tags();
            if (!tags.entrySet().containsAll(config.tags().entrySet())) {
                lines.add("kept '" + flow.getKey() + "': it lacks the tags " + config.tags());
                continue;
            }
            driver.call(() -> driver.client().deleteContactFlow(r -> r.instanceId(driver.instanceId())
                    .contactFlowId(id)));
            lines.add("deleted '" + flow.getKey() + "' (" + id + ")");
        }
        if (lines.isEmpty()) {
            lines.add("no flow named '" + config.flowPrefix() + "...' in the sandbox");
        }
        return lines;
    }
}
