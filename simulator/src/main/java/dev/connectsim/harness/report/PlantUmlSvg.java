package dev.connectsim.harness.report;

import dev.connectsim.concurrent.Background;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.version.Version;

/**
 * PlantUML text rendered as SVG, the pictures of every report. Laying out a flow costs PlantUML tens to hundreds of
 * milliseconds of CPU, so a picture is drawn once and drawn where it costs least:
 * <ul>
 * <li>the same text is drawn once: the last {@value #KEPT} pictures are kept in memory (a run draws the same flow
 * with the same path for many scenarios, and for both the HTML report and the coverage page), and, once
 * {@link #keepOnDisk} is called (by {@code run}), on disk across runs ({@link PictureCache});</li>
 * <li>{@link #drawSoon} draws on one background thread, off the scenarios' threads, while the scenarios run (a
 * report asks for a scenario's pictures as soon as it ends);</li>
 * <li>{@link #drawAll} draws what is left on every processor at once, at the end of the run.</li>
 * </ul>
 * However drawn, a text gives the same picture byte for byte.
 */
public final class PlantUmlSvg {

    private static final int KEPT = 512;
    private static final Map<String, Drawing> DRAWINGS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Drawing> eldest) {
            return size() > KEPT;
        }
    };
    private static final ExecutorService BACKGROUND =
            Executors.newSingleThreadExecutor(Background.daemons("picture drawing"));
    private static volatile Optional<PictureCache> disk = Optional.empty();

    private PlantUmlSvg() {
    }

    /**
     * Keeps the pictures on disk across runs, in the folder the system property {@value PictureCache#PROPERTY} or
     * the user's cache folder names ({@link PictureCache}); returns that folder, or empty when it is turned off.
     */
    public static Optional<Path> keepOnDisk() {
        disk = PictureCache.ofThisProcess(Version.versionString());
        disk.ifPresent(PictureCache::prune);
        return disk.map(PictureCache::folder);
    }

    /** {@code plantUml} as SVG: drawn here unless it is drawn, or being drawn, already. */
    public static byte[] render(String plantUml) {
        Drawing drawing = drawing(plantUml);
        drawing.run();
        return drawing.svg().clone();
    }

    /** Starts drawing {@code texts} on a background thread, one after another; {@link #render} then waits for them. */
    public static void drawSoon(Collection<String> texts) {
        for (String text : texts) {
            Drawing drawing = drawing(text);
            if (!drawing.claimed.get()) {
                BACKGROUND.execute(drawing::run);
            }
        }
    }

    /**
     * Draws the pictures of {@code texts} not drawn yet, several at once (one thread per processor), and returns when
     * all are drawn, also those the background thread had started.
     */
    public static void drawAll(Collection<String> texts) {
        List<Drawing> drawings = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            drawings.add(drawing(text));
        }
        List<Drawing> waiting = drawings.stream().filter(d -> !d.claimed.get()).toList();
        if (waiting.size() > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(waiting.size(),
                    Runtime.getRuntime().availableProcessors()), Background.daemons("picture drawing, end of run"));
            try {
                waiting.forEach(d -> pool.execute(d::run));
                drawings.forEach(Drawing::svg);
            } finally {
                pool.shutdownNow();
            }
        }
        drawings.forEach(d -> {
            d.run();
            d.svg();
        });
    }

    private static Drawing drawing(String text) {
        synchronized (DRAWINGS) {
            return DRAWINGS.computeIfAbsent(text, Drawing::new);
        }
    }

    private static byte[] picture(String plantUml) {
        Optional<PictureCache> cache = disk;
        Optional<byte[]> kept = cache.flatMap(c -> c.read(plantUml));
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] svg = draw(plantUml);
        cache.ifPresent(c -> c.write(plantUml, svg));
        return svg;
    }

    private static byte[] draw(String plantUml) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SourceStringReader(plantUml).outputImage(out, new FileFormatOption(FileFormat.SVG));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw a picture with PlantUML", e);
        }
    }

    /** One text's picture: drawn by whichever thread claims it first; the others wait for it. */
    private static final class Drawing {
        private final String text;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<byte[]> done = new CompletableFuture<>();

        Drawing(String text) {
            this.text = text;
        }

        void run() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    done.complete(picture(text));
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            }
        }

        byte[] svg() {
            return Background.join(done);
        }
    }
}
