package dev.connectsim.harness.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pictures kept across runs: read back as written, by text and PlantUML version, the oldest pruned, never a failure. */
class PictureCacheTest {

    @TempDir
    Path folder;

    private static final byte[] SVG = "<svg>a picture</svg>".getBytes(StandardCharsets.UTF_8);

    @Test
    void aPictureWrittenIsReadBackForTheSameTextAndVersionOnly() {
        PictureCache cache = new PictureCache(folder, "1.2025.10");

        cache.write("@startuml\na -> b\n@enduml\n", SVG);

        assertArrayEquals(SVG, cache.read("@startuml\na -> b\n@enduml\n").orElseThrow());
        assertTrue(cache.read("@startuml\na -> c\n@enduml\n").isEmpty(), "another text is another picture");
        assertTrue(new PictureCache(folder, "1.2026.1").read("@startuml\na -> b\n@enduml\n").isEmpty(),
                "another PlantUML may draw it otherwise");
    }

    @Test
    void pruningKeepsThePicturesUsedLast() throws IOException {
        PictureCache cache = new PictureCache(folder, "v");
        for (int i = 0; i < 4; i++) {
            cache.write("text " + i, SVG);
        }
        try (Stream<Path> files = Files.list(folder)) {
            long time = 1_000_000_000_000L;
            for (Path file : files.sorted().toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(time += 1000));
            }
        }
        cache.read("text 0");   // used now: the newest

        cache.prune(2);

        assertTrue(cache.read("text 0").isPresent(), "used last");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void aCacheThatCannotBeWrittenOrReadIsLeftAlone() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "in the way");
        PictureCache cache = new PictureCache(notAFolder.resolve("pictures"), "v");

        cache.write("text", SVG);
        cache.prune();

        assertTrue(cache.read("text").isEmpty());
    }

    @Test
    void picturesDrawnSeveralAtOnceAreTheSameAsDrawnOneByOne() throws IOException {
        List<String> texts = List.of(
                "@startuml\n!pragma layout smetana\nrectangle \"a\" as a0\nrectangle \"b\" as a1\na0 --> a1 : one\n@enduml\n",
                "@startuml\n!pragma layout smetana\nrectangle \"c\" as a0\nrectangle \"d\" as a1\na0 --> a1 : two\n@enduml\n",
                "@startuml\n!pragma layout smetana\nrectangle \"e\" as a0\nrectangle \"f\" as a1\na1 --> a0 : three\n@enduml\n");
        List<byte[]> alone = texts.stream().map(PictureCacheTest::drawnAlone).toList();

        PlantUmlSvg.drawAll(texts);

        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(alone.get(i), PlantUmlSvg.render(texts.get(i)), "picture " + i);
        }
    }

    private static byte[] drawnAlone(String text) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new net.sourceforge.plantuml.SourceStringReader(text).outputImage(out,
                    new net.sourceforge.plantuml.FileFormatOption(net.sourceforge.plantuml.FileFormat.SVG));
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
