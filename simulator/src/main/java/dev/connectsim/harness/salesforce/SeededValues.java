package dev.connectsim.harness.salesforce;

import com.github.tomakehurst.wiremock.extension.TemplateHelperProviderExtension;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import wiremock.com.github.jknack.handlebars.Helper;
import wiremock.com.github.jknack.handlebars.Options;

/**
 * WireMock's {@code randomValue} template helper, drawing from the scenario's seeded source: the same arguments
 * ({@code length}, {@code type} ALPHANUMERIC, ALPHABETIC, NUMERIC, HEXADECIMAL, ALPHANUMERIC_AND_SYMBOLS or UUID,
 * {@code uppercase}, {@code lowercase}) and the same kind of value, but the same values on every run, so a
 * generated VoiceCall id lands in the contact's attributes identically each time. The standalone WireMock, which
 * does not load this extension, serves the same stubs with its own random values.
 */
final class SeededValues implements TemplateHelperProviderExtension {

    static final String NAME = "connect-sim-seeded-values";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String SYMBOLS = "!#$%&()*+,-./:;<=>?@[]^_{|}~";

    private final StubState state;

    SeededValues(StubState state) {
        this.state = state;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Map<String, Helper<?>> provideTemplateHelpers() {
        return Map.of("randomValue", (Helper<Object>) this::randomValue);
    }

    private Object randomValue(Object context, Options options) {
        String type = hash(options, "type", "ALPHANUMERIC").toUpperCase(Locale.ROOT);
        int length = Integer.parseInt(hash(options, "length", 36));
        String value = type.equals("UUID") ? uuid() : draw(alphabet(type), length);
        if (Boolean.parseBoolean(hash(options, "uppercase", false))) {
            return value.toUpperCase(Locale.ROOT);
        }
        if (Boolean.parseBoolean(hash(options, "lowercase", false))) {
            return value.toLowerCase(Locale.ROOT);
        }
        return value;
    }

    /** The helper's argument {@code name} as text (typed as Object, so no String.valueOf(char[]) is picked). */
    private static String hash(Options options, String name, Object defaultValue) {
        Object value = options.hash(name, defaultValue);
        return String.valueOf(value);
    }

    private static String alphabet(String type) {
        switch (type) {
            case "ALPHABETIC":
                return UPPER + LOWER;
            case "NUMERIC":
                return DIGITS;
            case "HEXADECIMAL":
                return DIGITS + "abcdef";
            case "ALPHANUMERIC_AND_SYMBOLS":
                return UPPER + LOWER + DIGITS + SYMBOLS;
            default:
                return UPPER + LOWER + DIGITS;
        }
    }

    private String draw(String alphabet, int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(state.nextInt(alphabet.length())));
        }
        return value.toString();
    }

    private String uuid() {
        StringBuilder hex = new StringBuilder(draw(DIGITS + "abcdef", 32));
        hex.setCharAt(12, '4');
        hex.setCharAt(16, "89ab".charAt(state.nextInt(4)));
        return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20)).toString();
    }
}
