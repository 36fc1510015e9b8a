package dev.connectsim.harness.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * PlantUML text rendered as SVG, the pictures of every report. The same text is rendered once: the last
 * {@value #KEPT} pictures are kept, as a run draws the same flow with the same path for many scenarios and for
 * both the HTML report and the coverage page.
 */
public final class PlantUmlSvg {

    private static final int KEPT = 256;
    private static final Map<String, byte[]> RENDERED = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > KEPT;
                }
            });

    private PlantUmlSvg() {
    }

    /** {@code plantUml} as SVG. */
    public static byte[] render(String plantUml) {
        byte[] svg = RENDERED.get(plantUml);
        if (svg == null) {
            svg = draw(plantUml);
            RENDERED.put(plantUml, svg);
        }
        return svg.clone();
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
}
