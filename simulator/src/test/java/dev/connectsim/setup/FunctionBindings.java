package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

/** An instance file binding one function by its keys, for the tests of team-code bindings. */
final class FunctionBindings {

    private FunctionBindings() {
    }

    /** The instance file that binds {@code arn} with {@code keys} (YAML, one key a line). */
    static String instanceFile(String arn, String keys) {
        return "lambdas:\n  functions:\n    \"" + arn + "\":\n" + keys.indent(6);
    }

    /** The one-line message loading that file from {@code dir} fails with (the test fails if it loads). */
    static String error(String arn, String keys, Path dir) {
        InstanceFileException error = assertThrows(InstanceFileException.class,
                () -> InstanceFile.parse(instanceFile(arn, keys), dir, "flows/instance.yaml"));
        assertFalse(error.getMessage().contains("\n"), error.getMessage());
        return error.getMessage();
    }
}
