package dev.connectsim.harness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts what a scenario attached where a person reading Allure's report looks: on its steps. Allure's Cucumber plugin
 * files what an {@code @After} hook attaches (the call's timeline, its tables and texts) under the scenario's "Tear
 * down", and shows every {@code @AfterStep} hook that ran as a step of its own, named by its Java method. Once the
 * run's results are written this moves the tear-down's attachments onto the last step that ran (the failing one, when
 * one failed), adds the pictures of the scenario's path through each flow there, and drops the hook steps that passed
 * and hold nothing. A hook that failed stays, with its error.
 */
final class AllureStepAttachments {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A hook step's name: the Java method's place, {@code dev.connectsim.harness.steps.Hooks.check()}. */
    private static final Pattern HOOK = Pattern.compile("[\\w.$]+\\(.*\\)");

    private AllureStepAttachments() {
    }

    /** The key of a scenario: its feature file's URI and its line (a Scenario Outline's example row's line). */
    static String key(URI feature, long line) {
        return feature + ":" + line;
    }

    /**
     * Rewrites the results in {@code folder} of this run's scenarios, those {@code paths} holds pictures for under
     * their {@link #key} (an empty list for a scenario that went through no flow) and that started at or after
     * {@code runStarted}: an earlier run's results in the same folder are left as they are.
     */
    static void moveIntoSteps(Path folder, Instant runStarted, Map<String, List<PathPicture>> paths) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Map<String, List<Container>> tearDowns = tearDowns(folder);
            for (Path file : files(folder, "-result.json")) {
                ObjectNode result = (ObjectNode) JSON.readTree(file.toFile());
                List<PathPicture> pictures = paths.get(key(result));
                if (pictures == null || result.path("start").asLong(0) < runStarted.toEpochMilli()) {
                    continue;
                }
                List<Container> containers = tearDowns.getOrDefault(result.path("uuid").asText(), List.of());
                if (rewrite(folder, result, containers, pictures)) {
                    JSON.writeValue(file.toFile(), result);
                    for (Container container : containers) {
                        JSON.writeValue(container.file().toFile(), container.json());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the attachments on the steps in the Allure results " + folder,
                    e);
        }
    }

    private static boolean rewrite(Path folder, ObjectNode result, List<Container> containers,
            List<PathPicture> pictures) throws IOException {
        ArrayNode steps = result.withArray("steps");
        ObjectNode last = lastStepThatRan(steps);
        if (last == null) {
            return false;
        }
        ArrayNode attachments = last.withArray("attachments");
        for (Container container : containers) {
            for (JsonNode after : container.json().path("afters")) {
                ArrayNode moved = ((ObjectNode) after).withArray("attachments");
                attachments.addAll(moved);
                moved.removeAll();
            }
        }
        for (PathPicture picture : pictures) {
            String source = UUID.randomUUID() + "-attachment.svg";
            Files.write(folder.resolve(source), picture.svg());
            attachments.addObject().put("name", picture.title()).put("source", source).put("type", "image/svg+xml");
        }
        for (Iterator<JsonNode> it = steps.iterator(); it.hasNext(); ) {
            JsonNode step = it.next();
            if (isHook(step) && "passed".equals(step.path("status").asText()) && step.path("attachments").isEmpty()
                    && step.path("steps").isEmpty()) {
                it.remove();
            }
        }
        return true;
    }

    /** The last step of the scenario's own (not a hook) that ran: after a failed one, the others are skipped. */
    private static ObjectNode lastStepThatRan(ArrayNode steps) {
        ObjectNode last = null;
        for (JsonNode step : steps) {
            String status = step.path("status").asText("");
            if (!isHook(step) && !status.isEmpty() && !"skipped".equals(status)) {
                last = (ObjectNode) step;
            }
        }
        return last;
    }

    private static boolean isHook(JsonNode step) {
        return HOOK.matcher(step.path("name").asText()).matches();
    }

    private static String key(JsonNode result) {
        String fullName = result.path("fullName").asText();
        String line = fullName.substring(fullName.lastIndexOf(':') + 1);
        for (JsonNode label : result.path("labels")) {
            if ("gherkin_uri".equals(label.path("name").asText())) {
                return label.path("value").asText() + ":" + line;
            }
        }
        return fullName;
    }

    /** The containers (set-ups and tear-downs) that hold each scenario, by the uuid of the scenario's result. */
    private static Map<String, List<Container>> tearDowns(Path folder) throws IOException {
        Map<String, List<Container>> byResult = new HashMap<>();
        for (Path file : files(folder, "-container.json")) {
            ObjectNode json = (ObjectNode) JSON.readTree(file.toFile());
            Container container = new Container(file, json);
            json.path("children").forEach(child -> byResult.computeIfAbsent(child.asText(), k -> new ArrayList<>())
                    .add(container));
        }
        return byResult;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private record Container(Path file, ObjectNode json) {
    }
}
