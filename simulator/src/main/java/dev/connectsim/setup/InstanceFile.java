package dev.connectsim.setup;

import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.lambda.LambdaRegistry;
import dev.connectsim.routing.Instance;
import dev.connectsim.routing.InvalidInstanceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Loads the simulated instance from its YAML file ({@code flows/instance.yaml}), with override files laid over it:
 * the instance's hours of operation, queues, routing profiles, agents, phone numbers and quick connects, the flows
 * it runs, the Lambda functions they call, and the profiles and cases its Customer Profiles and Cases domains
 * hold, and the Lex bots its flows talk to. The format is described in {@code flows/README.md}.
 *
 * <p>Design note: the files are read into a tree that keeps each node's file, line and column; overrides are
 * deep-merged into it (maps key by key, anything else replaced), so a mistake in an override is reported in the
 * override. The tree is then read section by section: the instance id first (flow ARNs hang under it), the flows
 * (the routing sections name them), the routing sections into an {@link Instance.Builder}, whose reference checks
 * are mapped back to the place in the YAML, and last the Lambda functions. Every mistake is an
 * {@link InstanceFileException} with a one-line message; nothing is half loaded.
 */
public final class InstanceFile {

    /** The largest instance file read: 1 MiB. */
    public static final int MAX_FILE_BYTES = 1_048_576;

    static final List<String> SECTIONS = List.of("instance", "hoursOfOperation", "queues", "routingProfiles",
            "agents", "phoneNumbers", "quickConnects", "flows", "lambdas", "customerProfiles", "cases",
            "lexBots");
    static final List<String> INSTANCE_KEYS = List.of("id", "multiPartyConference", "offerTimeout");

    private InstanceFile() {
    }

    /** Loads {@code file}; flow files are relative to its folder. */
    public static SimulatedInstance load(Path file) {
        return load(file, List.of());
    }

    /**
     * Loads {@code file} with {@code overrides} laid over it in order: maps merge key by key, recursively; anything
     * else (a text, a number, a list) replaces what was there. Flow files an override names are relative to the
     * override's folder.
     */
    public static SimulatedInstance load(Path file, List<Path> overrides) {
        Objects.requireNonNull(overrides, "overrides");
        YamlNode root = readFile(file);
        for (Path override : overrides) {
            root = YamlNode.merge(root, readFile(override));
        }
        return build(root);
    }

    /**
     * Loads an instance from YAML text, as tests do.
     *
     * @param baseDir    the folder flow files are relative to
     * @param sourceName the name messages give the text, such as {@code flows/instance.yaml}
     */
    public static SimulatedInstance parse(String yaml, Path baseDir, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        return build(requireMap(YamlReader.read(yaml, sourceName, baseDir)));
    }

    private static YamlNode readFile(Path file) {
        String source = file.toString();
        Path folder = file.getParent() == null ? Path.of("") : file.getParent();
        if (Files.isDirectory(file)) {
            throw new InstanceFileException(source, "is a folder, not an instance file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new InstanceFileException(source, "is not a regular file (a FIFO, a device or a socket is never read"
                    + " as one); expected an instance file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InstanceFileException(source, 0, 0, "", "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InstanceFileException(source, 0, 0, "", "cannot read the file: permission denied", e);
        } catch (IOException e) {
            throw new InstanceFileException(source, 0, 0, "", "cannot read the file: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new InstanceFileException(source, "the file holds more than 1,048,576 bytes (1 MiB), the limit "
                    + "for an instance file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InstanceFileException(source, 0, 0, "", "not UTF-8 text", e);
        }
        return requireMap(YamlReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text, source,
                folder));
    }

    private static YamlNode requireMap(YamlNode root) {
        if (root.kind() == YamlNode.Kind.NULL && root.place().line() == 0) {
            throw new InstanceFileException(root.place().source(), "the file is empty (nothing but blanks or comments);"
                    + " expected a map of sections (" + String.join(", ", SECTIONS) + "), as in flows/README.md");
        }
        if (root.kind() != YamlNode.Kind.MAP) {
            throw Setting.root(root).mismatch("a map of sections (" + String.join(", ", SECTIONS) + ")");
        }
        return root;
    }

    private static SimulatedInstance build(YamlNode root) {
        Setting.Fields sections = Setting.root(root).fields("a map of sections (" + String.join(", ", SECTIONS)
                + ")", SECTIONS);
        Instance.Builder builder = Instance.builder();
        String instanceId = Instance.DEFAULT_INSTANCE_ID;
        if (sections.optional("instance").isPresent()) {
            Setting.Fields fields = sections.optional("instance").get().fields("the instance's settings ("
                    + String.join(", ", INSTANCE_KEYS) + ")", INSTANCE_KEYS);
            instanceId = Objects.requireNonNullElse(fields.text("id", "an instance id"), instanceId);
            fields.optional("multiPartyConference").filter(s -> !s.isNull())
                    .ifPresent(on -> builder.multiPartyConference(on.bool("true or false")));
            fields.optional("offerTimeout").filter(s -> !s.isNull()).ifPresent(timeout -> {
                Duration value = Values.duration(timeout);
                try {
                    builder.offerTimeout(value);
                } catch (IllegalArgumentException e) {
                    throw timeout.error(e.getMessage(), e);
                }
            });
        }
        builder.instanceId(instanceId);
        String instanceArn = Instance.instanceArn(instanceId);
        FlowLibrary flows = sections.optional("flows").map(f -> FlowSection.read(f, instanceArn))
                .orElse(FlowLibrary.empty());

        RoutingSection routing = new RoutingSection(builder, flows);
        sections.optional("hoursOfOperation").ifPresent(routing::hoursOfOperation);
        sections.optional("queues").ifPresent(routing::queues);
        sections.optional("routingProfiles").ifPresent(routing::routingProfiles);
        sections.optional("agents").ifPresent(routing::agents);
        sections.optional("phoneNumbers").ifPresent(routing::phoneNumbers);
        sections.optional("quickConnects").ifPresent(routing::quickConnects);
        builder.customerData(CustomerSection.read(sections.optional("customerProfiles"), sections.optional("cases")));
        sections.optional("lexBots").ifPresent(bots -> builder.lexBots(LexSection.read(bots)));
        Instance instance;
        try {
            instance = builder.build();
        } catch (InvalidInstanceException e) {
            InvalidInstanceException.Problem first = e.problems().get(0);
            throw locate(root, first.path(), first.detail(), e);
        }
        LambdaRegistry lambdas = sections.optional("lambdas").map(LambdaSection::read).orElseGet(LambdaRegistry::new);
        return new SimulatedInstance(instance, flows, lambdas);
    }

    /** The error {@code detail} at {@code path} of the YAML: the deepest node of the path that the YAML has. */
    private static InstanceFileException locate(YamlNode root, List<String> path, String detail, Throwable cause) {
        YamlNode node = root;
        StringBuilder dotted = new StringBuilder();
        for (String segment : path) {
            YamlNode next = null;
            if (node.kind() == YamlNode.Kind.MAP) {
                next = node.entries().get(segment);
                if (next != null) {
                    dotted.append(dotted.length() == 0 ? "" : ".").append(segment);
                }
            } else if (node.kind() == YamlNode.Kind.LIST && segment.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(segment) < node.items().size()) {
                next = node.items().get(Integer.parseInt(segment));
                dotted.append('[').append(segment).append(']');
            }
            if (next == null) {
                break;
            }
            node = next;
        }
        Place at = node.place();
        return new InstanceFileException(at.source(), at.line(), at.column(), dotted.toString(), detail, cause);
    }
}
