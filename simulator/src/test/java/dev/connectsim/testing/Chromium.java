package dev.connectsim.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, run as a process on a page of ours, as a person's browser would open it. No driver:
 * {@link #open} copies the page with a small script put first in its {@code <head>}, which notes every JavaScript
 * error and every resource that fails to load, and on {@code load} looks at every picture (an {@code <img>} that
 * did not decode is broken; one or an inline {@code <svg>} with no visible pixel or no size is empty) and writes
 * what it found into the page; {@code --dump-dom} prints the page, and the findings are read back from it.
 * {@link #screenshot} takes a PNG of a page. Without Chromium, both fail with one line saying it is needed, so a
 * machine without it never passes by skipping; {@code .ci/run} installs it.
 */
public final class Chromium {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", "--allow-file-access-from-files");
    private static final long TIMEOUT_SECONDS = 60;
    private static final Pattern FINDINGS = Pattern.compile(
            "<pre id=\"connect-sim-browser-check\">(.*?)</pre>", Pattern.DOTALL);
    private static final String CHECK = """
            <script>(function () {
              var errors = [];
              window.addEventListener('error', function (e) {
                var t = e.target;
                if (t && t !== window && t.tagName) {
                  if (t.tagName !== 'IMG') errors.push('broken ' + t.tagName.toLowerCase() + ': ' + (t.alt || t.src || t.href || '').slice(0, 80));
                } else {
                  errors.push('JavaScript error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
                }
              }, true);
              window.addEventListener('unhandledrejection', function (e) {
                errors.push('JavaScript error: unhandled rejection ' + e.reason);
              });
              function inked(source, width, height) {
                var canvas = document.createElement('canvas');
                canvas.width = Math.min(width, 4000); canvas.height = Math.min(height, 4000);
                var g = canvas.getContext('2d');
                g.drawImage(source, 0, 0);
                var data = g.getImageData(0, 0, canvas.width, canvas.height).data;
                for (var i = 0; i < data.length; i += 4) {
                  if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) { return true; }
                }
                return false;
              }
              window.addEventListener('load', function () {
                var pictures = [];
                document.querySelectorAll('img').forEach(function (img) {
                  var name = img.alt || img.src.slice(0, 60);
                  var p = {name: name, width: img.naturalWidth, height: img.naturalHeight, inked: false,
                           section: img.closest('section') ? img.closest('section').id : ''};
                  if (!img.complete || img.naturalWidth === 0) {
                    errors.push('broken image: ' + name);
                  } else {
                    try { p.inked = inked(img, img.naturalWidth, img.naturalHeight); } catch (x) { p.inked = true; }
                    if (!p.inked) { errors.push('empty picture: ' + name + ' draws nothing'); }
                  }
                  pictures.push(p);
                });
                document.querySelectorAll('svg').forEach(function (svg) {
                  var box = svg.getBoundingClientRect();
                  if (svg.closest('img')) { return; }
                  if (box.width === 0 || box.height === 0 || svg.childElementCount === 0) {
                    errors.push('empty picture: an inline svg of ' + box.width + 'x' + box.height);
                  }
                  pictures.push({name: svg.getAttribute('aria-label') || 'svg', width: box.width, height: box.height,
                                 inked: svg.childElementCount > 0});
                });
                var out = document.createElement('pre');
                out.id = 'connect-sim-browser-check';
                out.textContent = JSON.stringify({errors: errors, pictures: pictures});
                document.body.appendChild(out);
              });
            })();</script>
            """;

    /** One picture of a page: its name (the alt text), its size in pixels, whether it draws anything. */
    public record Picture(String name, double width, double height, boolean inked, String section) {
    }

    /** What a page showed: the errors (JavaScript, broken or empty pictures) and every picture. */
    public record Page(List<String> errors, List<Picture> pictures) {
    }

    private final Path chromium;

    private Chromium(Path chromium) {
        this.chromium = chromium;
    }

    /** The Chromium on this machine; an AssertionError of one line when there is none. */
    public static Chromium find() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst().map(Chromium::new)
                .orElseThrow(() -> new AssertionError("chromium is needed to check the report in a browser: "
                        + "apt-get install -y chromium (.ci/run installs it when missing)"));
    }

    /** Opens {@code page} and says what it showed. */
    public Page open(Path page) {
        try {
            Path work = Files.createTempDirectory("connect-sim-chromium");
            String html = Files.readString(page, StandardCharsets.UTF_8);
            int head = html.indexOf("<head>");
            String checked = head < 0 ? CHECK + html : html.substring(0, head + 6) + CHECK + html.substring(head + 6);
            Path copy = page.resolveSibling(".browser-check-" + page.getFileName());
            Files.writeString(copy, checked, StandardCharsets.UTF_8);
            try {
                String dom = run(work, "--dump-dom", "--virtual-time-budget=5000", copy.toUri().toString());
                Matcher findings = FINDINGS.matcher(dom);
                if (!findings.find()) {
                    throw new AssertionError("chromium showed " + page + " without running its check (no load event);"
                            + " it printed: " + dom.substring(0, Math.min(dom.length(), 400)));
                }
                return read(findings.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&amp;", "&"));
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of {@code page} in a window {@code width} by {@code height} pixels, written to {@code png}. */
    public void screenshot(Path page, int width, int height, Path png) {
        try {
            Path work = Files.createTempDirectory("connect-sim-chromium");
            run(work, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                    page.toUri().toString());
            if (!Files.isRegularFile(png)) {
                throw new AssertionError("chromium took no screenshot of " + page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String run(Path work, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(chromium.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + work.resolve("profile"));
        command.addAll(List.of(args));
        Path out = work.resolve("out.html");
        Path err = work.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("chromium still ran after " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("chromium exited " + process.exitValue() + ": " + Files.readString(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while chromium ran", e);
        } finally {
            process.destroyForcibly();
            delete(work);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static Page read(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> errors = new ArrayList<>();
        root.get("errors").forEach(e -> errors.add(e.asText()));
        List<Picture> pictures = new ArrayList<>();
        root.get("pictures").forEach(p -> pictures.add(new Picture(p.get("name").asText(), p.get("width").asDouble(),
                p.get("height").asDouble(), p.get("inked").asBoolean(), p.path("section").asText(""))));
        return new Page(List.copyOf(errors), List.copyOf(pictures));
    }
}
