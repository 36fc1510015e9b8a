package dev.connectsim.harness.report;

import io.qameta.allure.AllureResultsWriteException;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/**
 * Allure's result files written over the last run's instead of into new files. A run writes about a thousand files
 * into {@code allure-results/}; on an ext4 file system without a journal (this project's build machine), each file
 * created where many were deleted in the last minutes cost 0.7 ms of kernel CPU, as the kernel passes over every
 * recently freed inode number one by one, against 0.14 ms to rename an old file and write over it (docs/performance.md,
 * "Fixed cost"). {@link #takeOver} moves the folder's old files into a folder beside it, each new file is one of them
 * renamed and written over, and {@link #discardSpares} deletes those left over when the run ends; what the folder
 * holds is the same as if it had been emptied first.
 */
final class RecycledResultsWriter extends FileSystemResultsWriter {

    /** Where the old files wait, beside the results folder; a run that stopped halfway leaves it, the next one's. */
    static final String SPARE_FOLDER = ".allure-results-spare";

    private final Path folder;
    private final Path spareFolder;
    private final Deque<Path> spares;

    private RecycledResultsWriter(Path folder, Path spareFolder, Deque<Path> spares) {
        super(folder);
        this.folder = folder;
        this.spareFolder = spareFolder;
        this.spares = spares;
    }

    /**
     * A writer into {@code folder}, emptied of the last run's files: they are moved aside, to be written over by
     * this run's (any folder inside it is deleted).
     */
    static RecycledResultsWriter takeOver(Path folder) {
        Path spareFolder = folder.resolveSibling(SPARE_FOLDER);
        Deque<Path> spares = new ArrayDeque<>();
        try {
            if (Files.isDirectory(folder)) {
                // one rename moves them all aside; what a run that stopped halfway left there goes
                MergedReport.clear(spareFolder);
                Files.move(folder, spareFolder);
            }
            if (Files.isDirectory(spareFolder)) {
                try (Stream<Path> old = Files.list(spareFolder)) {
                    for (Path file : old.toList()) {
                        if (Files.isDirectory(file)) {
                            MergedReport.clear(file);
                        } else {
                            spares.add(file);
                        }
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
        return new RecycledResultsWriter(folder, spareFolder, spares);
    }

    @Override
    public void write(TestResult result) {
        if (result.getUuid() != null) {
            reuse(generateTestResultName(result.getUuid()));
        }
        super.write(result);
    }

    @Override
    public void write(TestResultContainer container) {
        if (container.getUuid() != null) {
            reuse(generateTestResultContainerName(container.getUuid()));
        }
        super.write(container);
    }

    @Override
    public void write(String source, InputStream attachment) {
        try (InputStream in = attachment) {
            Files.write(reuse(source), in.readAllBytes());
        } catch (IOException e) {
            throw new AllureResultsWriteException("Could not write Allure attachment", e);
        }
    }

    /** Deletes the old files no new one took, and their folder. */
    void discardSpares() {
        MergedReport.clear(spareFolder);
        spares.clear();
    }

    /**
     * The path of the new file {@code name}: an old file renamed, when one is left, for the caller to write over
     * (truncating it); else a path where nothing is yet.
     */
    private Path reuse(String name) {
        Path target = folder.resolve(name);
        Path spare = Files.exists(target) ? null : spares.poll();
        if (spare != null) {
            try {
                Files.move(spare, target);
            } catch (IOException e) {
                throw new AllureResultsWriteException("Could not reuse " + spare + " as " + target, e);
            }
        }
        return target;
    }

    /** How many old files are still waiting, for tests. */
    int spareCount() {
        return spares.size();
    }
}
