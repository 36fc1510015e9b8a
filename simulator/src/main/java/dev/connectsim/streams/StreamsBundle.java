package dev.connectsim.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an agent page's Streams library comes from: the pinned npm release built into connect-sim's jar ({@link
 * #pinned()}), or the team's own copy of {@code connect-streams.js} ({@link #file}). Either is loaded unmodified; the
 * page checks that it defines what the host wires ({@code connect.Conduit}, {@code connect.EventBus}, ...).
 *
 * @param file   the bundle on disk
 * @param origin how a message names it: "amazon-connect-streams 2.28.2 (npm, built into connect-sim)" or the path
 * @param shown  how stacks name it: "connect-streams.js", or the path of the team's copy
 */
public record StreamsBundle(Path file, String origin, String shown) {

    static final String RESOURCE = "bundle/connect-streams.js";
    private static final String PACKAGE = "bundle/package.json";
    private static Path extracted;

    public StreamsBundle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(shown, "shown");
    }

    /** The pinned release from the jar; fails with one line when this build has none (npm was missing). */
    public static synchronized StreamsBundle pinned() {
        if (extracted == null) {
            if (!Resources.has(RESOURCE)) {
                throw new CcpPageException("this connect-sim was built without the Streams library (npm could not"
                        + " pack amazon-connect-streams when it was built): build it where npm is installed, or give"
                        + " the team's own copy with 'Given alice's CCP loads Streams from \"path/connect-streams.js\"'");
            }
            extracted = Resources.copy(RESOURCE, "connect-streams-", ".js");
        }
        return new StreamsBundle(extracted, "amazon-connect-streams " + pinnedVersion() + " (npm, built into connect-sim)",
                "connect-streams.js");
    }

    /** The npm version of the release built into the jar (its package.json), or "none". */
    public static String pinnedVersion() {
        if (!Resources.has(PACKAGE)) {
            return "none";
        }
        try (var in = StreamsBundle.class.getResourceAsStream(Resources.BASE + PACKAGE)) {
            return new ObjectMapper().readTree(in).path("version").asText("unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Streams bundle's package.json in the jar", e);
        }
    }

    /** The team's own copy at {@code file}, named {@code shown} in messages; fails with one line when it is not there. */
    public static StreamsBundle file(Path file, String shown) {
        if (!Files.isRegularFile(file)) {
            throw new CcpPageException(shown + ": no such file (the Streams library the CCP should load)");
        }
        return new StreamsBundle(file.toAbsolutePath().normalize(), shown, shown);
    }
}
