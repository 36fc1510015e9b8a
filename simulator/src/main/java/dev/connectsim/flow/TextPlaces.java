package dev.connectsim.flow;

import java.util.Optional;

/**
 * Where in a flow file's text a problem that the JSON reader reports without a place lies, as {@code line:column}
 * (both from 1): the bracket that nests deeper than the reader allows, the first byte that is not UTF-8.
 */
final class TextPlaces {

    private TextPlaces() {
    }

    /** The line and column of the first {@code [} or <code>{</code> (outside strings) that opens level {@code limit + 1}. */
    static Optional<String> deeperThan(String text, int limit) {
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > limit) {
                    return Optional.of(line + ":" + column);
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return Optional.empty();
    }

    /** The line and column of the byte at {@code offset}, counting lines by the newline bytes before it. */
    static String ofByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    /** The UTF-16 byte order mark {@code bytes} start with, as {@code FF FE} or {@code FE FF}, if any. */
    static Optional<String> utf16Mark(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return Optional.of("FF FE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return Optional.of("FE FF");
        }
        return Optional.empty();
    }
}
