package dev.connectsim.streams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeHostTest {

    @Test
    void theHostExitsOnItsOwnWhenItsInputCloses() {
        NodeHost host = NodeHost.start("node");
        ObjectNode closeNoPage = NodeHost.object().put("op", "close").put("page", "none");
        assertTrue(host.request(closeNoPage).path("closed").asBoolean(), "the host answers");

        host.close();

        assertFalse(host.isAlive());
        assertEquals(0, host.exitCode(), "exit code 0: it ended because its input closed, not killed");
    }

    @Test
    void closingTheRunsHostsStopsEveryOne() {
        long pid = NodeHosts.borrow().pid();

        NodeHosts.closeAll();

        assertEquals(0, NodeHosts.running());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is gone");
    }

    @Test
    void aThreadTakesAPrestartedHostInsteadOfStartingOneAndClosingTheRunStopsIt() throws Exception {
        NodeHosts.closeAll();
        NodeHosts.prestart(1, List.of()).get(30, TimeUnit.SECONDS);
        assertEquals(1, NodeHosts.running());

        long[] borrowed = new long[1];
        Thread scenario = new Thread(() -> borrowed[0] = NodeHosts.borrow().pid());
        scenario.start();
        scenario.join();

        assertEquals(1, NodeHosts.running(), "no second process: the scenario's thread took the prestarted one");
        NodeHosts.closeAll();
        assertEquals(0, NodeHosts.running());
        assertFalse(ProcessHandle.of(borrowed[0]).map(ProcessHandle::isAlive).orElse(false), "process is gone");
    }

    @Test
    void aHostPrestartedForARunThatHasEndedIsNotKept() throws Exception {
        NodeHosts.closeAll();
        var started = NodeHosts.prestart(2, List.of());
        NodeHosts.closeAll();

        started.get(30, TimeUnit.SECONDS);

        assertEquals(0, NodeHosts.running());
    }

    /**
     * V8's code for a bundle is kept once a page ran it, the next host reads it instead of compiling the bundle, and
     * a file V8 refuses (another Node.js, a broken file) is written again; the pages work alike in all three.
     */
    @Test
    void theBundlesCompiledCodeIsKeptReadByTheNextHostAndWrittenAgainWhenRefused(@TempDir Path cache)
            throws IOException {
        assertEquals("", openPage(cache), "the first host opens a page and keeps the code");
        List<Path> files;
        try (Stream<Path> listed = Files.list(cache)) {
            files = listed.toList();
        }
        assertEquals(1, files.size(), files.toString());
        Path kept = files.get(0);
        assertTrue(kept.getFileName().toString().endsWith(".v8"), kept.toString());
        byte[] code = Files.readAllBytes(kept);
        assertTrue(code.length > 100_000, "V8's code of the whole bundle: " + code.length + " bytes");

        assertEquals("", openPage(cache), "the next host opens a page on the kept code");
        assertArrayEquals(code, Files.readAllBytes(kept), "read, not written again");

        Files.write(kept, "not V8's code".getBytes(StandardCharsets.UTF_8));
        assertEquals("", openPage(cache), "a refused file costs a compile, not the page");
        assertTrue(Files.size(kept) > 100_000, "written again");
    }

    /** A host reading a kept file marks it used, so that pruning the cache keeps the code used last. */
    @Test
    void aHostReadingTheKeptCodeMarksItUsedAndLeavesTheOthersAlone(@TempDir Path cache) throws IOException {
        Instant tenDaysAgo = Instant.now().minus(Duration.ofDays(10));
        Path unread = Files.writeString(cache.resolve("older.v8"), "another bundle's code");
        assertEquals("", openPage(cache), "a host keeps the pinned bundle's code");
        Path kept;
        try (Stream<Path> listed = Files.list(cache)) {
            kept = listed.filter(file -> !file.equals(unread)).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(unread, FileTime.from(tenDaysAgo));
        Files.setLastModifiedTime(kept, FileTime.from(tenDaysAgo));

        assertEquals("", openPage(cache), "the next host reads the kept code");

        assertTrue(Files.getLastModifiedTime(kept).toInstant().isAfter(tenDaysAgo.plus(Duration.ofDays(9))),
                "marked used: " + Files.getLastModifiedTime(kept));
        assertEquals(FileTime.from(tenDaysAgo), Files.getLastModifiedTime(unread), "a file not read is not marked");
    }

    /** Opens a page on the pinned bundle in a new host keeping its code in {@code cache}; its open error, or "". */
    private static String openPage(Path cache) {
        try (NodeHost host = NodeHost.start("node", Optional.of(cache))) {
            ObjectNode open = NodeHost.object().put("op", "open").put("page", "p1").put("now", 0).put("seed", 1)
                    .put("bundle", StreamsBundle.pinned().file().toString())
                    .put("bundleName", StreamsBundle.pinned().shown());
            JsonNode reply = host.request(open);
            assertTrue(reply.has("openError") || reply.has("version"), reply.toString());
            return reply.path("openError").asText("");
        }
    }

    @Test
    void missingNodeIsOneLineSayingWhatToInstall() {
        CcpPageException e = assertThrows(CcpPageException.class, () -> NodeHost.start("/nowhere/node"));

        assertTrue(e.getMessage().startsWith("Node.js is needed to run the agent's CCP page"), e.getMessage());
        assertTrue(e.getMessage().contains("'/nowhere/node' could not be started"), e.getMessage());
        assertTrue(e.getMessage().contains("install Node.js 18 or later, or name its executable in CONNECT_SIM_NODE"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
