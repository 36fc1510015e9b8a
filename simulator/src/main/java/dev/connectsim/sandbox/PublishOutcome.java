package dev.connectsim.sandbox;

import dev.connectsim.flow.lint.Finding;
import java.util.List;

/** What publishing one project flow to the sandbox gave. */
public sealed interface PublishOutcome {

    /** The project flow's name in flows/instance.yaml. */
    String flow();

    /** Connect accepted the content and published it under {@code name}. */
    record Published(String flow, String name, String id, String arn, boolean created) implements PublishOutcome {
        @Override
        public String toString() {
            return "published " + flow + " as '" + name + "' (" + (created ? "created" : "updated") + ", id " + id
                    + ")";
        }
    }

    /**
     * Connect refused the content (InvalidContactFlowException): its problems, next to what
     * {@code connect-sim validate} finds in the same file.
     */
    record Rejected(String flow, String file, List<String> problems, List<Finding> findings) implements PublishOutcome {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("REJECTED " + flow + " (" + file + ")\n  Connect's problems:");
            problems.forEach(p -> text.append("\n    - ").append(p));
            text.append("\n  connect-sim validate:");
            if (findings.isEmpty()) {
                text.append(" no findings");
            }
            findings.forEach(f -> text.append("\n    - ").append(f));
            return text.toString();
        }
    }

    /** Not sent: the sandbox lacks resources the flow names. */
    record Unresolved(String flow, List<String> missing) implements PublishOutcome {
        @Override
        public String toString() {
            return "NOT PUBLISHED " + flow + ": the sandbox lacks what it names\n  - " + String.join("\n  - ", missing);
        }
    }
}
