package dev.connectsim.harness.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** features/README.md documents every step the step library defines. */
class StepLibraryDocsTest {

    private static final List<Class<?>> STEP_CLASSES = List.of(CallSteps.class, AgentSteps.class,
            SalesforceSteps.class, LambdaSteps.class, ContactSteps.class, TransferSteps.class, LoadSteps.class,
            CallerSteps.class);

    @Test
    void everyStepIsInTheFeaturesReadme() throws IOException {
        String readme = shape(Files.readString(Path.of("..", "features", "README.md")));
        List<String> missing = new ArrayList<>();
        List<String> steps = steps();
        for (String step : steps) {
            String words = shape(step);
            String[] parts = words.split("\\{\\}");
            String longest = "";
            for (String part : parts) {
                longest = part.trim().length() > longest.length() ? part.trim() : longest;
            }
            if (!readme.contains(longest)) {
                missing.add(step);
            }
        }
        assertFalse(steps.isEmpty());
        assertEquals(List.of(), missing, "steps features/README.md does not mention");
    }

    private static List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (Class<?> type : STEP_CLASSES) {
            for (Method method : type.getDeclaredMethods()) {
                Given given = method.getAnnotation(Given.class);
                When when = method.getAnnotation(When.class);
                Then then = method.getAnnotation(Then.class);
                String pattern = given != null ? given.value() : when != null ? when.value()
                        : then != null ? then.value() : null;
                if (pattern != null) {
                    steps.add(pattern);
                }
            }
        }
        return steps;
    }

    /** The text with every {placeholder} and quoted example made {}, so wording is compared, not names. */
    private static String shape(String text) {
        return text.replaceAll("\\{[^}]*\\}", "{}").replaceAll("\"[^\"]*\"", "{}").replace("`", "")
                .replace("(s)", "").replace("(es)", "");
    }
}
