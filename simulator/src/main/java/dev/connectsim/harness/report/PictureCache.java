package dev.connectsim.harness.report;

import dev.connectsim.project.CacheFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Pictures drawn by earlier runs, kept on disk by the SHA-256 of what was drawn (the PlantUML text and PlantUML's
 * version): a flow drawn with the same path in the last run is read back instead of laid out again, which costs
 * PlantUML tens to hundreds of milliseconds of CPU a picture. The same text always gives the same picture, so a
 * report is the same byte for byte with or without the cache. At most {@value #KEPT} pictures are kept; those
 * used longest ago go first. A cache that cannot be read or written is left alone: the picture is drawn.
 *
 * <p>The folder is {@link CacheFolder}'s {@code pictures}; the system property {@value #PROPERTY} names another, and
 * {@code off} turns the cache off.
 */
final class PictureCache {

    /** The system property naming the folder, or {@code off}. */
    static final String PROPERTY = "connectsim.pictureCache";
    static final int KEPT = 2000;
    private static final String SUFFIX = ".svg";

    private final Path folder;
    private final String version;

    PictureCache(Path folder, String version) {
        this.folder = folder;
        this.version = version;
    }

    /** The cache this JVM's system property and environment name; empty when turned off or no home is known. */
    static Optional<PictureCache> ofThisProcess(String version) {
        return CacheFolder.of("pictures", PROPERTY).map(folder -> new PictureCache(folder, version));
    }

    /** The picture of {@code text} drawn by an earlier run, if kept. */
    Optional<byte[]> read(String text) {
        Path file = file(text);
        try {
            byte[] svg = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(svg);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code svg} as the picture of {@code text}: written aside, then moved into place in one step. */
    void write(String text, byte[] svg) {
        Path file = file(text);
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "drawing", ".partial");
            Files.write(partial, svg);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // no cache this time: the picture was drawn, and the next run draws it again
        }
    }

    /** Removes the pictures used longest ago beyond the newest {@value #KEPT}, and any left half written. */
    void prune() {
        prune(KEPT);
    }

    /** Removes the pictures used longest ago beyond the newest {@code kept}, and any left half written an hour ago. */
    void prune(int kept) {
        CacheFolder.prune(folder, SUFFIX, kept, Instant.now());
    }

    Path folder() {
        return folder;
    }

    private Path file(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(version.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(sha.digest()) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
