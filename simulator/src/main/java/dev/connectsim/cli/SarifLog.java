package dev.connectsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectsim.flow.lint.Finding;
import dev.connectsim.flow.lint.Rule;
import dev.connectsim.flow.lint.Rules;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings of {@code validate} as one SARIF 2.1.0 log (the OASIS Static Analysis Results Interchange Format,
 * which GitHub code scanning and other CI systems read): one run whose tool is connect-sim with every lint rule,
 * one result per finding.
 *
 * <ul>
 *   <li>A result's file is a URI relative to the working directory (forward slashes, {@code uriBaseId}
 *       {@code %SRCROOT%}); a file outside the working directory is an absolute {@code file:} URI.</li>
 *   <li>The action concerned is a logical location (its Identifier, kind {@code object}); the JSON pointer is the
 *       result's {@code properties.pointer}.</li>
 *   <li>A {@code parse} finding with a line and column (malformed JSON) has a region; a line and column inside
 *       an export wrapper's {@code Content} string has none (they are not the file's), only the pointer.</li>
 *   <li>The message is the finding's message, then {@code (hint: ...)} as the text format shows it.</li>
 * </ul>
 */
final class SarifLog {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "2.1.0";
    static final String TOOL = "connect-sim";
    /** The base of relative artifact URIs: the folder the command runs in (GitHub's name for the checkout). */
    static final String SRCROOT = "%SRCROOT%";

    /** A place that is a line and column of the file itself, such as {@code 12:5}. */
    private static final Pattern LINE_COLUMN = Pattern.compile("(\\d+):(\\d+)");

    private SarifLog() {
    }

    /**
     * The SARIF log of one {@code validate} run.
     *
     * @param files            the flow files validated, as given (they become {@code artifacts}, in this order)
     * @param findings         what was found in them
     * @param workingDirectory the folder file names are made relative to
     * @param toolVersion      the connect-sim version, or null to leave it out
     */
    static ObjectNode of(List<String> files, List<Finding> findings, Path workingDirectory, String toolVersion) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        if (toolVersion != null && !toolVersion.isBlank()) {
            driver.put("version", toolVersion);
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode descriptor = rules.addObject();
            descriptor.put("id", rule.id());
            descriptor.putObject("shortDescription").put("text", rule.description());
            descriptor.putObject("defaultConfiguration").put("level", rule.severity().label());
        }

        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        List<String> artifactFiles = new ArrayList<>(files);
        findings.stream().map(Finding::file).forEach(artifactFiles::add);
        ArrayNode artifacts = run.putArray("artifacts");
        for (String file : artifactFiles) {
            if (!artifactIndex.containsKey(file)) {
                artifactIndex.put(file, artifactIndex.size());
                artifactLocation(artifacts.addObject().putObject("location"), file, workingDirectory, null);
            }
        }

        ArrayNode results = run.putArray("results");
        for (Finding finding : findings) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.rule());
            Integer index = ruleIndex.get(finding.rule());
            if (index != null) {
                result.put("ruleIndex", index);
            }
            result.put("level", finding.severity().label());
            result.putObject("message").put("text", message(finding));
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            artifactLocation(physical.putObject("artifactLocation"), finding.file(), workingDirectory,
                    artifactIndex.get(finding.file()));
            Matcher lineColumn = LINE_COLUMN.matcher(finding.pointer());
            if (lineColumn.matches()) {
                region(physical, lineColumn.group(1), lineColumn.group(2));
            }
            if (finding.action() != null) {
                ObjectNode logical = location.putArray("logicalLocations").addObject();
                logical.put("fullyQualifiedName", finding.action());
                logical.put("kind", "object");
            }
            if (!finding.pointer().isEmpty() && !lineColumn.matches()) {
                result.putObject("properties").put("pointer", finding.pointer());
            }
        }
        return log;
    }

    /** The finding's message, then its hint as the text format shows it. */
    static String message(Finding finding) {
        return finding.hint().isBlank() ? finding.message() : finding.message() + " (hint: " + finding.hint() + ")";
    }


    private static void artifactLocation(ObjectNode node, String file, Path workingDirectory, Integer index) {
        String uri = uri(file, workingDirectory);
        node.put("uri", uri);
        if (!isAbsolute(uri)) {
            node.put("uriBaseId", SRCROOT);
        }
        if (index != null) {
            node.put("index", index);
        }
    }

    private static void region(ObjectNode physical, String line, String column) {
        int startLine = parsePositive(line);
        if (startLine < 1) {
            return;
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", startLine);
        int startColumn = parsePositive(column);
        if (startColumn >= 1) {
            region.put("startColumn", startColumn);
        }
    }

    private static int parsePositive(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isAbsolute(String uri) {
        return uri.startsWith("file:");
    }

    /**
     * The URI of {@code file} for SARIF: relative to {@code workingDirectory} with forward slashes and
     * percent-encoding where a URI needs it ({@code flows/my%20flow.json}), or an absolute {@code file:} URI when
     * the file is not below the working directory.
     */
    static String uri(String file, Path workingDirectory) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return encode(file.replace('\\', '/'));
        }
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path absolute = base.resolve(path).normalize();
        if (!absolute.startsWith(base)) {
            return absolute.toUri().toASCIIString();
        }
        List<String> names = new ArrayList<>();
        base.relativize(absolute).forEach(name -> names.add(name.toString()));
        String relative = String.join("/", names);
        // A first segment with a colon would read as a URI scheme ("c:x.json"): "./" keeps it a path.
        if (relative.indexOf(':') >= 0 && relative.indexOf(':') < (relative + "/").indexOf('/')) {
            relative = "./" + relative;
        }
        return encode(relative);
    }

    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
