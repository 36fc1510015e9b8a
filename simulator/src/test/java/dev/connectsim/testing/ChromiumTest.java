package dev.connectsim.testing;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser check finds what a person would see go wrong on a page: a script error, a broken or empty picture. */
class ChromiumTest {

    private static final String BLANK_SVG = "PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHdpZHRoPSc0MCcg"
            + "aGVpZ2h0PSc0MCcvPg==";
    private static final String SQUARE_SVG = "PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIHdpZHRoPSc0MCcg"
            + "aGVpZ2h0PSc0MCc+PHJlY3Qgd2lkdGg9JzQwJyBoZWlnaHQ9JzQwJyBmaWxsPSdyZWQnLz48L3N2Zz4=";

    @TempDir
    Path folder;

    @Test
    void aScriptErrorABrokenImageAndAnEmptyPictureAreEachNamed() throws IOException {
        Path page = folder.resolve("page.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>t</title></head><body>"
                + "<img alt=\"missing\" src=\"missing.png\">"
                + "<img alt=\"blank\" src=\"data:image/svg+xml;base64," + BLANK_SVG + "\">"
                + "<img alt=\"square\" src=\"data:image/svg+xml;base64," + SQUARE_SVG + "\">"
                + "<script>notDefined()</script></body></html>");

        Chromium.Page shown = Chromium.find().open(page);

        assertEquals(Set.of("JavaScript error: Uncaught ReferenceError: notDefined is not defined",
                "broken image: missing", "empty picture: blank draws nothing"),
                shown.errors().stream().map(error -> error.replaceFirst(" at file:.*", "")).collect(toSet()));
        assertEquals(3, shown.pictures().size());
    }
}
