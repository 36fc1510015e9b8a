package dev.connectsim.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Allure's results handed to one writer thread: all on disk after a flush, in order, and a failure not lost. */
class AllureResultsQueueTest {

    @TempDir
    Path folder;

    @Test
    void everythingHandedOverIsOnDiskAfterAFlush() throws IOException {
        AllureResultsQueue queue = new AllureResultsQueue(new FileSystemResultsWriter(folder));

        queue.write(new TestResult().setUuid("r1").setName("a scenario"));
        queue.write(new TestResultContainer().setUuid("c1"));
        queue.write("a1-attachment.txt", new ByteArrayInputStream("the timeline".getBytes(StandardCharsets.UTF_8)));
        queue.flush();

        assertTrue(Files.readString(folder.resolve("r1-result.json")).contains("a scenario"));
        assertTrue(Files.exists(folder.resolve("c1-container.json")));
        assertEquals("the timeline", Files.readString(folder.resolve("a1-attachment.txt")));
    }

    @Test
    void theyAreWrittenInTheOrderHandedOverOnOneThreadThatIsNotTheCallers() {
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        AllureResultsQueue queue = new AllureResultsQueue(new Recording(written, threads));

        for (int i = 0; i < 50; i++) {
            queue.write(new TestResult().setUuid("r" + i));
        }
        queue.flush();

        assertEquals(50, written.size());
        for (int i = 0; i < 50; i++) {
            assertEquals("r" + i, written.get(i));
        }
        assertEquals(List.of("allure results"), threads.stream().distinct().toList());
    }

    @Test
    void anAttachmentIsReadWhenHandedOverSoItsStreamMayCloseAtOnce() throws IOException {
        AllureResultsQueue queue = new AllureResultsQueue(new FileSystemResultsWriter(folder));
        InputStream svg = new ByteArrayInputStream("<svg/>".getBytes(StandardCharsets.UTF_8));

        queue.write("p-attachment.svg", svg);
        svg.close();
        queue.flush();

        assertEquals("<svg/>", Files.readString(folder.resolve("p-attachment.svg")));
    }

    @Test
    void aWriteThatFailedIsThrownByTheNextFlush() {
        AllureResultsQueue queue = new AllureResultsQueue(new Recording(new ArrayList<>(), new ArrayList<>()) {
            @Override
            public void write(TestResult result) {
                throw new IllegalStateException("the disk is full");
            }
        });

        queue.write(new TestResult().setUuid("r1"));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, queue::flush);
        assertEquals("the disk is full", thrown.getMessage());
    }

    @Test
    void closingWritesWhatIsLeftEndsTheThreadAndLeavesAllureWritingDirectly() throws IOException,
            InterruptedException {
        AllureResultsQueue.install(folder, false);
        Allure.getLifecycle().writeAttachment("w1-attachment.txt",
                new ByteArrayInputStream("handed over".getBytes(StandardCharsets.UTF_8)));

        AllureResultsQueue.closeInstalled(folder);

        assertEquals("handed over", Files.readString(folder.resolve("w1-attachment.txt")));
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("allure results")) {
                thread.join(5_000);
                assertFalse(thread.isAlive(), "the writer thread ends with the run");
            }
        }
        Allure.getLifecycle().writeAttachment("w2-attachment.txt",
                new ByteArrayInputStream("written directly".getBytes(StandardCharsets.UTF_8)));
        assertEquals("written directly", Files.readString(folder.resolve("w2-attachment.txt")));
    }

    /** Records what it is asked to write, and on which thread. */
    private static class Recording implements AllureResultsWriter {

        private final List<String> written;
        private final List<String> threads;

        Recording(List<String> written, List<String> threads) {
            this.written = written;
            this.threads = threads;
        }

        @Override
        public void write(TestResult result) {
            written.add(result.getUuid());
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void write(TestResultContainer container) {
            written.add(container.getUuid());
        }

        @Override
        public void write(String source, InputStream attachment) {
            written.add(source);
        }
    }
}
