package dev.connectsim.harness.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code run.json}, which every run leaves next to {@code connect-sim.html}: which shard of the scenarios it ran (if
 * any) and each scenario's result, so that {@code connect-sim report merge} can put the shards of a run back together
 * (HTML, coverage) without re-reading HTML.
 *
 * @param format the file's format, {@value #FORMAT}
 * @param shard {@code I/N} when the run was one shard of N, or null
 * @param scenarios the scenarios, by place and line
 */
public record RunRecord(int format, String shard, List<ScenarioResult> scenarios) {

    /** The file name, next to {@code connect-sim.html}. */
    public static final String FILE = "run.json";
    /** The format this version writes and reads. */
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The record of a run (not a shard) of {@code scenarios}. */
    public static RunRecord of(List<ScenarioResult> scenarios) {
        return new RunRecord(FORMAT, null, scenarios);
    }

    /** The same record, marked as shard {@code shard} ({@code I/N}). */
    public RunRecord asShard(String shard) {
        return new RunRecord(format, shard, scenarios);
    }

    /** The number of scenarios that passed. */
    public long passed() {
        return scenarios.stream().filter(ScenarioResult::passed).count();
    }

    /** Writes the record to {@code file}, creating its folder. */
    public void write(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The record in {@code file}; one that is not a run record is an {@link IllegalArgumentException} naming it. */
    public static RunRecord read(Path file) {
        RunRecord record;
        try {
            record = JSON.readValue(file.toFile(), RunRecord.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a connect-sim run record: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (record.format() != FORMAT || record.scenarios() == null) {
            throw new IllegalArgumentException(file + " is not a connect-sim run record of format " + FORMAT
                    + " (format " + record.format() + "); merge reports written by the same connect-sim version");
        }
        return record;
    }
}
