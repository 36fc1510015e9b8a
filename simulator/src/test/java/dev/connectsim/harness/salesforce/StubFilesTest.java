package dev.connectsim.harness.salesforce;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StubFilesTest {

    private static final String VALID = "{\"request\": {\"method\": \"GET\", \"urlPath\": \"/ping\"},"
            + " \"response\": {\"status\": 204}}";

    @TempDir
    Path root;

    @Test
    void aMissingRootFolderIsRefusedNamingTheFolder() {
        Path missing = root.resolve("no-such-stubs");

        StubsException refused = assertThrows(StubsException.class, () -> SalesforceStub.start(missing).close());

        assertOneLine(refused);
        assertTrue(refused.getMessage().startsWith(missing + ": no such folder"), refused.getMessage());
    }

    @Test
    void aMappingFileWithBrokenJsonIsRefusedNamingTheFileLineAndColumn() throws IOException {
        mapping("ok.json", VALID);
        Path broken = mapping("salesforce/broken.json", "{\n"
                + "  \"request\": { \"method\": \"GET\", \"urlPath\": \"/x\" },\n"
                + "  \"response\": { \"status\": 200, }\n"
                + "}\n");

        StubsException refused = assertThrows(StubsException.class, () -> SalesforceStub.start(root).close());

        assertOneLine(refused);
        // line 3, column 32: the '}' after the trailing comma
        assertTrue(refused.getMessage().startsWith(broken + ":3:32: not valid JSON: "), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"request\": {\"method\": 42}}", "{\"response\": \"x\"}",
        "{\"request\": {\"method\": \"GET\"}, \"response\": {\"status\": \"abc\"}}", "[]"})
    void aJsonFileThatIsNotAWireMockMappingIsRefusedNamingTheFile(String json) throws IOException {
        mapping("a-ok.json", VALID);
        Path wrong = mapping("b-not-a-mapping.json", json);

        StubsException refused = assertThrows(StubsException.class, () -> SalesforceStub.start(root).close());

        assertOneLine(refused);
        assertTrue(refused.getMessage().startsWith(wrong + ": not a WireMock stub mapping"), refused.getMessage());
    }

    @Test
    void aJsonFileThatIsNotAWireMockMappingIsRefusedSayingWhatIsWrong() throws IOException {
        mapping("not-a-mapping.json", "{\"request\": {\"method\": 42}}");

        StubsException refused = assertThrows(StubsException.class, () -> SalesforceStub.start(root).close());

        assertOneLine(refused);
        assertTrue(refused.getMessage().contains("/request/method") || refused.getMessage().contains("RequestMethod"),
                refused.getMessage());
    }

    @Test
    void aFileWithSeveralStubsAsWireMockAllowsIsServed() throws IOException, InterruptedException {
        mapping("several.json", "{\"mappings\": [" + VALID + ", {\"request\": {\"method\": \"GET\", \"urlPath\":"
                + " \"/pong\"}, \"response\": {\"status\": 202}}]}");

        try (SalesforceStub salesforce = SalesforceStub.start(root)) {
            assertEquals(204, get(salesforce, "/ping"));
            assertEquals(202, get(salesforce, "/pong"));
        }
    }

    @Test
    void aMappingWithACommentAsWireMockAllowsIsServed() throws IOException, InterruptedException {
        mapping("commented.json", "{\n  // answers pings\n  \"request\": {\"method\": \"GET\", \"urlPath\": \"/ping\"},\n"
                + "  \"response\": {\"status\": 204}\n}\n");

        try (SalesforceStub salesforce = SalesforceStub.start(root)) {
            assertEquals(204, get(salesforce, "/ping"));
        }
    }

    /** Issue 16: a missing body file made the scenario fail with "Error creating VoiceCall record", naming no stub. */
    @Test
    void aBodyFileThatIsNotThereIsRefusedNamingTheStubAndTheFileWithTheNearest() throws IOException {
        Files.createDirectories(root.resolve("__files").resolve("salesforce"));
        Files.writeString(root.resolve("__files").resolve("salesforce").resolve("voice-call-created.json"), "{}");
        Path stub = mapping("create.json", "{\"request\": {\"method\": \"POST\", \"urlPath\": \"/vc\"},"
                + " \"response\": {\"status\": 201, \"bodyFileName\": \"salesforce/voice-call-creted.json\"}}");

        StubsException refused = assertThrows(StubsException.class, () -> SalesforceStub.start(root).close());

        assertOneLine(refused);
        assertEquals(stub + ": bodyFileName 'salesforce/voice-call-creted.json' names a file that is not there:"
                + " expected " + root.resolve("__files").resolve("salesforce/voice-call-creted.json")
                + " (did you mean 'salesforce/voice-call-created.json'?)", refused.getMessage());
    }

    @Test
    void aMissingBodyFileInAFileOfSeveralStubsNamesTheStubsPointer() throws IOException {
        Path stubs = mapping("several.json", "{\"mappings\": [" + VALID + ", {\"request\": {\"method\": \"GET\","
                + " \"urlPath\": \"/pong\"}, \"response\": {\"status\": 200, \"bodyFileName\": \"pong.json\"}}]}");

        StubsException refused = assertThrows(StubsException.class, () -> SalesforceStub.start(root).close());

        assertEquals(stubs + " at /mappings/1: bodyFileName 'pong.json' names a file that is not there: expected "
                + root.resolve("__files").resolve("pong.json"), refused.getMessage());
    }

    @Test
    void aTemplatedBodyFileNameIsLeftToWireMock() throws IOException {
        mapping("templated.json", "{\"request\": {\"method\": \"GET\", \"urlPath\": \"/t\"}, \"response\":"
                + " {\"status\": 200, \"bodyFileName\": \"{{request.pathSegments.[0]}}.json\"}}");

        assertDoesNotThrow(() -> SalesforceStub.start(root).close());
    }

    @Test
    void theProjectsOwnStubsPass() {
        assertDoesNotThrow(() -> SalesforceStub.start(Path.of("..", "stubs")).close());
    }

    @Test
    void aRootWithValidMappingsIsServed() throws IOException, InterruptedException {
        mapping("ping.json", VALID);

        try (SalesforceStub salesforce = SalesforceStub.start(root)) {
            assertEquals(204, get(salesforce, "/ping"));
        }
    }

    /** A root found valid is not parsed again, unless a file of it changed since. */
    @Test
    void aStubBrokenAfterTheRootWasFoundValidIsRefused() throws IOException {
        Path ping = mapping("ping.json", VALID);
        SalesforceStubs.check(root);

        Files.writeString(ping, "{\"request\": {\"method\": 42}, \"response\": {\"status\": 204}}");

        StubsException refused = assertThrows(StubsException.class, () -> SalesforceStubs.check(root));
        assertTrue(refused.getMessage().startsWith(ping + ": not a WireMock stub mapping"), refused.getMessage());
    }

    /** WireMock's proxy client is built on first use (ProxyClientOnFirstUse): a stub that proxies still works. */
    @Test
    void aStubThatProxiesToAnotherServerIsServed() throws IOException, InterruptedException {
        Path other = Files.createDirectories(root.resolve("other"));
        Path otherMapping = other.resolve("mappings").resolve("pong.json");
        Files.createDirectories(otherMapping.getParent());
        Files.writeString(otherMapping, "{\"request\": {\"method\": \"GET\", \"urlPath\": \"/pong\"},"
                + " \"response\": {\"status\": 202}}");
        try (SalesforceStub target = SalesforceStub.start(other)) {
            Path proxying = root.resolve("proxying");
            Path mapping = proxying.resolve("mappings").resolve("proxy.json");
            Files.createDirectories(mapping.getParent());
            Files.writeString(mapping, "{\"request\": {\"method\": \"GET\", \"urlPath\": \"/pong\"},"
                    + " \"response\": {\"proxyBaseUrl\": \"" + target.baseUrl() + "\"}}");
            try (SalesforceStub salesforce = SalesforceStub.start(proxying)) {
                assertEquals(202, get(salesforce, "/pong"));
            }
        }
    }

    // --- helpers

    private Path mapping(String name, String json) throws IOException {
        Path file = root.resolve("mappings").resolve(name);
        Files.createDirectories(file.getParent());
        Files.createDirectories(root.resolve("__files"));
        return Files.writeString(file, json);
    }

    private static int get(SalesforceStub salesforce, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(HttpRequest.newBuilder(URI.create(salesforce.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void assertOneLine(StubsException refused) {
        assertFalse(refused.getMessage().contains("\n") || refused.getMessage().contains("\r"), refused.getMessage());
    }
}
