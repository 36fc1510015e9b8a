package dev.connectsim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Node.js or Python function bound as the team's own code: each bad binding is one line naming the instance file
 * entry, the key and what is wrong, found when the instance file loads.
 */
class WorkerBindingTest {

    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:LookupBalance";

    @TempDir
    Path dir;

    @BeforeEach
    void writeTheTeamsCode() throws IOException {
        Path node = Files.createDirectories(dir.resolve("balance"));
        Files.writeString(node.resolve("index.js"), "exports.handler = async () => ({});\n");
        Files.writeString(node.resolve("broken.js"), "exports.handler = async () => {\n  return {\n};\n}}\n");
        Files.writeString(node.resolve("throws.js"), "throw new Error('no table name');\n");
        Path python = Files.createDirectories(dir.resolve("tier"));
        Files.writeString(python.resolve("handler.py"), "def lambda_handler(event, context):\n    return {}\n");
        Files.writeString(python.resolve("broken.py"), "def lambda_handler(event, context)\n    return {}\n");
    }

    private static String function(String keys) {
        return FunctionBindings.instanceFile(ARN, keys);
    }

    private String error(String keys) {
        return FunctionBindings.error(ARN, keys, dir);
    }

    @Test
    void aCodeFolderThatIsNotThereIsNamedWithWhereItWasLookedFor() {
        assertEquals("flows/instance.yaml:5:13: lambdas.functions." + ARN + ".code: no such folder 'balanse' ("
                + dir.resolve("balanse") + "); expected the function's code: a folder holding its .js files", error("""
                        runtime: nodejs20.x
                        code: balanse
                        handler: index.handler
                        """));
    }

    @Test
    void aHandlerFileThatIsNotThereNamesTheNearestFile() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: no file indx.js or indx.mjs or "
                + "indx.cjs in 'balance' for the handler indx.handler (did you mean 'index.js'?)", error("""
                        runtime: nodejs20.x
                        code: balance
                        handler: indx.handler
                        """));
    }

    @Test
    void anExportThatIsNotThereNamesTheNearestExport() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: index.handlr is undefined or "
                + "not exported (did you mean 'index.handler'?); its functions: handler", error("""
                        runtime: nodejs20.x
                        code: balance
                        handler: index.handlr
                        """));
    }

    @Test
    void aSyntaxErrorGivesTheHandlersFileAndLine() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: the handler's code has a "
                + "syntax error: broken.js:4: SyntaxError: Unexpected token '}'", error("""
                        runtime: nodejs20.x
                        code: balance
                        handler: broken.handler
                        """));
    }

    @Test
    void aModuleThatThrowsAsItLoadsSaysWhat() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: the handler's module throws as "
                + "it loads: throws.js: Error: no table name", error("""
                        runtime: nodejs20.x
                        code: balance
                        handler: throws.handler
                        """));
    }

    @Test
    void aHandlerNotWrittenAsLambdaWritesItSaysTheForm() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: 'handler' is not a Node.js "
                + "handler; expected file.export, such as index.handler, as Lambda writes it", error("""
                        runtime: nodejs20.x
                        code: balance
                        handler: handler
                        """));
    }

    @Test
    void durationTakesMeasuredOrDeclared() {
        assertEquals("flows/instance.yaml:7:17: lambdas.functions." + ARN + ".duration: 'real' is not a duration; "
                + "expected measured (the handler's real running time) or declared (after plus the time it sleeps)",
                error("""
                        runtime: nodejs20.x
                        code: balance
                        handler: index.handler
                        duration: real
                        """));
    }

    @Test
    void aPythonFunctionThatIsNotThereNamesTheNearestFunction() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: Handler 'lambda_handlr' missing"
                + " on module 'handler' (did you mean 'handler.lambda_handler'?); its functions: lambda_handler",
                error("""
                        runtime: python3.12
                        code: tier
                        handler: handler.lambda_handlr
                        """));
    }

    @Test
    void aPythonSyntaxErrorGivesTheHandlersFileAndLine() {
        String message = error("""
                runtime: python3.12
                code: tier
                handler: broken.lambda_handler
                """);

        assertTrue(message.startsWith("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: the handler's "
                + "code has a syntax error: broken.py:1: SyntaxError: "), message);
    }

    @Test
    void aPythonModuleThatIsNotThereNamesTheNearestFile() {
        assertEquals("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: no file handlers.py or "
                + "handlers/__init__.py in 'tier' for the handler handlers.lambda_handler (did you mean 'handler.py'?)",
                error("""
                        runtime: python3.12
                        code: tier
                        handler: handlers.lambda_handler
                        """));
    }

    /**
     * The functions load side by side, and the first bad one in the file is reported: here the Python function's
     * probe, which takes longer than the Node.js one after it.
     */
    @Test
    void ofTwoBadFunctionsTheFirstInTheFileIsReported() {
        String second = "arn:aws:lambda:us-east-1:123456789012:function:LookupTier";
        String file = "lambdas:\n  functions:\n"
                + "    \"" + ARN + "\":\n      runtime: python3.12\n      code: tier\n"
                + "      handler: broken.lambda_handler\n"
                + "    \"" + second + "\":\n      runtime: nodejs20.x\n      code: balance\n"
                + "      handler: broken.handler\n";

        InstanceFileException error = assertThrows(InstanceFileException.class,
                () -> InstanceFile.parse(file, dir, "flows/instance.yaml"));

        assertTrue(error.getMessage().startsWith("flows/instance.yaml:6:16: lambdas.functions." + ARN + ".handler: "),
                error.getMessage());
        assertTrue(error.getMessage().contains("broken.py:1"), error.getMessage());
    }
}
