package dev.connectsim.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's Allure files written over the last run's: the folder ends as if emptied first, and no file is new. */
class RecycledResultsWriterTest {

    @TempDir
    Path reports;

    @Test
    void theFolderHoldsOnlyThisRunsFilesWrittenOverTheOldOnes() throws IOException {
        Path folder = reports.resolve("allure-results");
        Files.createDirectories(folder.resolve("history"));
        Files.writeString(folder.resolve("history").resolve("trend.json"), "[]");
        Files.writeString(folder.resolve("old-result.json"), "{\"name\":\"" + "a long old result ".repeat(200) + "\"}");
        Files.writeString(folder.resolve("old-container.json"), "{}");
        Files.writeString(folder.resolve("old-attachment"), "an old attachment, longer than the new one");
        Set<Object> oldInodes = inodes(folder);

        RecycledResultsWriter writer = RecycledResultsWriter.takeOver(folder);
        assertEquals(List.of(), names(folder), "the old files are gone from the folder before the run writes");
        writer.write(new TestResult().setUuid("r1").setName("new"));
        writer.write(new TestResultContainer().setUuid("c1"));
        writer.write("a1-attachment.txt", new ByteArrayInputStream("new".getBytes(StandardCharsets.UTF_8)));
        writer.discardSpares();

        assertEquals(List.of("a1-attachment.txt", "c1-container.json", "r1-result.json"), names(folder));
        assertEquals("new", Files.readString(folder.resolve("a1-attachment.txt")), "no tail of the old file is left");
        assertTrue(Files.readString(folder.resolve("r1-result.json")).endsWith("}"));
        assertFalse(Files.readString(folder.resolve("r1-result.json")).contains("long old"));
        assertTrue(oldInodes.containsAll(inodes(folder)), "each new file is an old one written over");
        assertFalse(Files.exists(reports.resolve(RecycledResultsWriter.SPARE_FOLDER)));
    }

    @Test
    void moreNewFilesThanOldOnesAreCreatedAndOldOnesLeftOverAreDeleted() throws IOException {
        Path folder = reports.resolve("allure-results");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("old-attachment"), "old");

        RecycledResultsWriter writer = RecycledResultsWriter.takeOver(folder);
        writer.write("a1-attachment", new ByteArrayInputStream("one".getBytes(StandardCharsets.UTF_8)));
        writer.write("a2-attachment", new ByteArrayInputStream("two".getBytes(StandardCharsets.UTF_8)));
        writer.discardSpares();

        assertEquals(List.of("a1-attachment", "a2-attachment"), names(folder));
        assertEquals("two", Files.readString(folder.resolve("a2-attachment")));
    }

    @Test
    void oldFilesOfARunThatStoppedHalfwayAreTakenOverToo() throws IOException {
        Path folder = reports.resolve("allure-results");
        Path spare = reports.resolve(RecycledResultsWriter.SPARE_FOLDER);
        Files.createDirectories(spare);
        Files.writeString(spare.resolve("left-attachment"), "left by a run that stopped");

        RecycledResultsWriter writer = RecycledResultsWriter.takeOver(folder);
        assertEquals(1, writer.spareCount());
        writer.discardSpares();

        assertEquals(List.of(), names(folder));
        assertFalse(Files.exists(spare));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static Set<Object> inodes(Path folder) throws IOException {
        Set<Object> inodes = new HashSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                inodes.add(Files.getAttribute(file, "unix:ino"));
            }
        }
        return inodes;
    }
}
