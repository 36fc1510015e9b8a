package dev.connectsim.handler.worker;

import java.util.List;
import java.util.Optional;

/**
 * A language whose handlers run in a worker process: the Lambda runtimes it covers, the program that runs the worker
 * and the worker script connect-sim ships for it.
 */
enum WorkerLanguage {

    NODE("Node.js", List.of("nodejs18.x", "nodejs20.x", "nodejs22.x"), "worker.js", "file.export, such as "
            + "index.handler"),
    PYTHON("Python", List.of("python3.9", "python3.10", "python3.11", "python3.12", "python3.13"), "worker.py",
            "module.function, such as handler.lambda_handler");

    private final String displayName;
    private final List<String> runtimes;
    private final String script;
    private final String handlerForm;

    WorkerLanguage(String displayName, List<String> runtimes, String script, String handlerForm) {
        this.displayName = displayName;
        this.runtimes = runtimes;
        this.script = script;
        this.handlerForm = handlerForm;
    }

    /** The language of {@code runtime}, such as {@code nodejs20.x}; empty for a runtime no worker runs. */
    static Optional<WorkerLanguage> of(String runtime) {
        for (WorkerLanguage language : values()) {
            if (language.runtimes.contains(runtime)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Every runtime a worker runs. */
    static List<String> allRuntimes() {
        return java.util.Arrays.stream(values()).flatMap(language -> language.runtimes.stream()).toList();
    }

    /** "Node.js" or "Python". */
    String displayName() {
        return displayName;
    }

    /** The worker script's resource name, next to this class. */
    String script() {
        return script;
    }

    /** How Lambda writes this language's handler, for messages. */
    String handlerForm() {
        return handlerForm;
    }

    /**
     * The programs that can run this language's worker, looked for on the PATH: {@code node} or {@code python3}
     * (not {@code python3.12}: version managers such as pyenv put shims for every version on the PATH that fail when
     * the version is not installed).
     */
    List<String> programs() {
        return this == NODE ? List.of("node") : List.of("python3");
    }
}
