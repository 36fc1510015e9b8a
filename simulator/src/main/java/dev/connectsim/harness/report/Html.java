package dev.connectsim.harness.report;

import java.net.URI;
import java.util.Base64;

/** What the HTML pages of the reports share: escaping, inline pictures, where a feature file is. */
public final class Html {

    private Html() {
    }

    /** {@code text} safe inside HTML text and attribute values. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An SVG picture inline, as an img with a data URI (so ids inside it cannot clash with the page's). */
    public static String image(String cssClass, String title, byte[] svg) {
        return "<img class=\"" + cssClass + "\" alt=\"" + escape(title) + "\" src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg) + "\">";
    }

    /** A feature file's place from its {@code features/} folder on ({@code features/transfers/x.feature}). */
    static String featurePlace(URI uri) {
        String text = uri.toString();
        int features = text.lastIndexOf("/features/");
        return features < 0 ? text : text.substring(features + 1);
    }
}
