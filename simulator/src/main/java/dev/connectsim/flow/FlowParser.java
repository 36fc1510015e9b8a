package dev.connectsim.flow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectsim.flow.action.Transitions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads a flow file into a {@link Flow}, whichever of the three shapes it has:
 * <ul>
 *   <li>the flow language ({@code Version}, {@code StartAction}, {@code Actions}): {@link FlowFormat#CURRENT};</li>
 *   <li>an export, {@code {"ContactFlow": {"Name", "Type", "Content": "<flow JSON as a string>"}}}:
 *       {@link FlowFormat#EXPORT_WRAPPER}; the Content is read as a flow of either other shape;</li>
 *   <li>the legacy format ({@code modules}, {@code start}): {@link FlowFormat#LEGACY}, mapped by
 *       {@link LegacyFlowMapper} onto the same actions.</li>
 * </ul>
 *
 * <p>Loading checks what the model needs, not what Connect would accept: well-formed JSON (no key twice in one
 * object, nothing after the value), a JSON object, actions that are objects with a string Identifier and Type,
 * Transitions of the right shape. It does not reject an unknown Version (kept on the flow), an unknown action
 * type (an {@link dev.connectsim.flow.action.Unsupported} action), an unknown operator (kept on the condition),
 * a missing StartAction, dangling or repeated Identifiers, or a Content over Connect's 256,000 characters: those
 * are validation's findings. Anything it cannot load throws a {@link FlowParseException} whose message is one
 * line naming the file and the place.
 *
 * <p>A file may be at most {@value #MAX_FILE_BYTES} bytes (1 MiB): four times Connect's limit on flow content,
 * room for pretty-printing and editor metadata. A larger file is refused before it is read, and a file that does
 * not say its size (a pipe, a device) is read no further than the limit. Files are UTF-8, with or without a
 * byte-order mark.
 */
public final class FlowParser {

    /** The largest flow file loaded: 1 MiB. */
    public static final int MAX_FILE_BYTES = 1_048_576;

    /** Connect's limit on a flow's content, in characters; validation checks it, loading does not. */
    public static final int CONNECT_CONTENT_LIMIT_CHARS = 256_000;

    private static final String CONTENT = "/ContactFlow/Content";

    private FlowParser() {
    }

    /** Loads a flow file; messages name it as {@code file.toString()}. */
    public static Flow parseFile(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new FlowParseException(source, "", "is a folder, not a flow file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new FlowParseException(source, "", "is not a regular file (a FIFO, a device or a socket is never read"
                    + " as one); expected a flow file");
        }
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_FILE_BYTES) {
                throw tooLarge(source, "the file is " + grouped(Files.size(file)) + " bytes, over the limit of "
                        + grouped(MAX_FILE_BYTES) + " bytes (1 MiB)");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge(source,
                        "the file holds more than " + grouped(MAX_FILE_BYTES) + " bytes, the limit (1 MiB)");
            }
            return parseText(source, utf8(bytes, source));
        } catch (NoSuchFileException e) {
            throw new FlowParseException(source, "", "no such file", e);
        } catch (AccessDeniedException e) {
            throw new FlowParseException(source, "", "cannot read the file: permission denied", e);
        } catch (IOException e) {
            throw new FlowParseException(source, "", "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a flow from its text.
     *
     * @param source the name used in messages and kept as {@link Flow#source()}, such as {@code flows/x.json}
     */
    public static Flow parseText(String source, String text) {
        if (text.length() > MAX_FILE_BYTES) {
            throw tooLarge(source, "the flow text is " + grouped(text.length()) + " characters, over the limit of "
                    + grouped(MAX_FILE_BYTES) + " characters");
        }
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode root = JsonText.read(json, source, "");
        if (root == null) {
            throw new FlowParseException(source, "", "the file is empty (expected a flow: a JSON object)");
        }
        return flow(root, new ParseContext(source, ""), FlowNames.forFile(source), false);
    }

    private static Flow flow(JsonNode root, ParseContext context, FlowNames names, boolean inWrapper) {
        if (!root.isObject()) {
            throw context.error("", "expected a JSON object (a flow), found " + ParseContext.kind(root));
        }
        if (root.has("ContactFlow") && !inWrapper) {
            return wrapper(root, context, names);
        }
        if (root.has("modules")) {
            return LegacyFlowMapper.read(root, context, inWrapper ? FlowFormat.EXPORT_WRAPPER : FlowFormat.LEGACY,
                    names);
        }
        if (root.has("Actions") || root.has("Version") || root.has("StartAction")) {
            return CurrentFlowReader.read(root, context, inWrapper ? FlowFormat.EXPORT_WRAPPER : FlowFormat.CURRENT,
                    names);
        }
        String expected = inWrapper ? "Actions (the flow language) or modules (the legacy format)"
                : "Actions (the flow language), ContactFlow (an export), or modules (the legacy format)";
        throw context.error("", "not a flow: expected " + expected + "; found " + keys(root));
    }

    private static Flow wrapper(JsonNode root, ParseContext context, FlowNames names) {
        JsonNode export = context.requiredObject(root, "ContactFlow", "", null);
        String name = context.optionalText(export, "Name", "/ContactFlow", null);
        String type = context.optionalText(export, "Type", "/ContactFlow", null);
        FlowNames wrapperNames = names.withWrapper(name, type);
        JsonNode content = export.get("Content");
        if (content == null) {
            throw context.error(CONTENT, "missing field Content");
        }
        ParseContext inside = context.inside(CONTENT);
        if (content.isObject()) {
            return flow(content, inside, wrapperNames, true);
        }
        if (!content.isTextual()) {
            throw context.error(CONTENT, "expected a string for Content (the flow JSON as text), found "
                    + ParseContext.kind(content));
        }
        JsonNode inner = JsonText.read(content.asText(), context.source, context.base() + CONTENT);
        if (inner == null) {
            throw context.error(CONTENT, "the Content string is empty (expected the flow JSON)");
        }
        return flow(inner, inside, wrapperNames, true);
    }

    private static String keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty()) {
            return "an empty object";
        }
        List<String> shown = keys.subList(0, Math.min(5, keys.size()));
        return "keys " + String.join(", ", shown) + (keys.size() > shown.size() ? ", ..." : "");
    }

    private static FlowParseException tooLarge(String source, String sizeAndLimit) {
        return new FlowParseException(source, "", sizeAndLimit + " for a flow file; Connect takes at most "
                + grouped(CONNECT_CONTENT_LIMIT_CHARS) + " characters of flow content");
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String utf8(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            Optional<String> mark = TextPlaces.utf16Mark(bytes);
            if (mark.isPresent()) {
                throw new FlowParseException(source, "1:1", "UTF-16 text (it starts with the byte order mark "
                        + mark.get() + "), not UTF-8");
            }
            throw new FlowParseException(source, TextPlaces.ofByte(bytes, in.position()), "not UTF-8 text: invalid"
                    + " byte at offset " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
