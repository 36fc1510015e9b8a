package dev.connectsim.setup;

import dev.connectsim.flow.Flow;
import dev.connectsim.flow.FlowLibrary;
import dev.connectsim.flow.FlowParseException;
import dev.connectsim.flow.FlowParser;
import dev.connectsim.flow.FlowType;
import dev.connectsim.routing.Instance;
import dev.connectsim.text.NearestName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the {@code flows} section: each flow's file (relative to the folder of the YAML file that names it), its
 * type (from the YAML, else from the file; they must agree), and its id and ARN (given, else name-based under the
 * instance ARN).
 */
final class FlowSection {

    static final List<String> FLOW_KEYS = List.of("file", "type", "id", "arn");

    private static final List<String> TYPES = Arrays.stream(FlowType.values()).map(Enum::name).toList();

    private FlowSection() {
    }

    static FlowLibrary read(Setting section, String instanceArn) {
        FlowLibrary.Builder library = FlowLibrary.builder();
        for (Setting.Named entry : section.entries("a map of flow names to their files and types")) {
            library.add(flow(entry.key(), entry.value(), instanceArn));
        }
        try {
            return library.build();
        } catch (IllegalArgumentException e) {
            throw section.error(e.getMessage(), e);
        }
    }

    private static FlowLibrary.Entry flow(String name, Setting setting, String instanceArn) {
        Setting file;
        Setting.Fields fields = null;
        if (setting.node().kind() == YamlNode.Kind.SCALAR) {
            file = setting;
        } else {
            fields = setting.fields("a flow file name, or the settings of a flow (" + String.join(", ", FLOW_KEYS)
                    + ")", FLOW_KEYS);
            file = fields.required("file", "the flow's file, relative to this YAML file's folder");
        }
        Flow flow = load(file);
        Optional<Setting> typeSetting = fields == null ? Optional.empty()
                : fields.optional("type").filter(s -> !s.isNull());
        FlowType type;
        if (typeSetting.isPresent()) {
            type = type(typeSetting.get());
            if (flow.type().isPresent() && flow.type().get() != type) {
                throw typeSetting.get().error("the instance file says " + type + " but " + flow.source()
                        + " says " + flow.typeName().orElseThrow() + " (" + flow.type().get() + ")");
            }
        } else {
            type = flow.type().orElseThrow(() -> setting.error("missing the flow's type, and " + flow.source()
                    + " does not say it either; expected type: one of " + String.join(", ", TYPES)));
        }
        String id = fields == null ? null : fields.text("id", "a flow id");
        String arn = fields == null ? null : fields.text("arn", "a flow ARN");
        if (id == null) {
            id = arn == null ? Instance.nameBasedId("contact-flow", name) : arn.substring(arn.lastIndexOf('/') + 1);
        }
        if (arn == null) {
            arn = instanceArn + "/contact-flow/" + id;
        }
        return new FlowLibrary.Entry(name, type, id, arn, flow);
    }

    private static Flow load(Setting file) {
        String text = file.text("the flow's file, relative to this YAML file's folder");
        Path folder = file.node().place().folder() == null ? Path.of("") : file.node().place().folder();
        Path path = folder.resolve(text);
        if (!Files.exists(path)) {
            throw file.error("no such flow file '" + text + "' in " + shown(folder) + nearestFile(folder, path));
        }
        try {
            return FlowParser.parseFile(path);
        } catch (FlowParseException e) {
            throw file.error("cannot load the flow: " + e.getMessage(), e);
        }
    }

    private static FlowType type(Setting setting) {
        String text = setting.text("a flow type such as CONTACT_FLOW");
        return FlowType.named(text.strip()).orElseThrow(() -> setting.error("expected a flow type ("
                + String.join(", ", TYPES) + "), found '" + text + "'"
                + NearestName.hint(TYPES, text.strip().toUpperCase(Locale.ROOT))));
    }

    private static String shown(Path folder) {
        return folder.toString().isEmpty() ? "the current folder" : folder.toString();
    }

    private static String nearestFile(Path folder, Path wanted) {
        Path parent = wanted.getParent() == null ? folder : wanted.getParent();
        if (!Files.isDirectory(parent)) {
            return " (no folder " + parent + ")";
        }
        try (Stream<Path> files = Files.list(parent)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            return NearestName.hint(names, wanted.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
