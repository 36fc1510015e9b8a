package dev.connectsim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import dev.connectsim.architecture.fixture.LambdaCoreFixture;
import dev.connectsim.architecture.fixture.VirtualClockFixture;
import dev.connectsim.architecture.fixture.WallClockFixture;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine (every package under {@code dev.connectsim} except harness, sandbox, cli and bench) stays free of test
 * and cloud libraries and is deterministic: no wall clock, no sleeping, no unseeded randomness. Time comes from
 * the virtual clock, randomness from one seeded {@link java.util.SplittableRandom} per run.
 *
 * <p>The engine is still being written, so the production rules allow an empty engine; the fixture tests prove
 * each rule selects classes and reports a violation.
 */
class EngineBoundaryTest {

    /**
     * Outside the engine: the harness, the sandbox driver, the command line, and the benchmark (bench), which
     * times the simulations on the wall clock and starts simulated Salesforces; the simulations it runs stay
     * deterministic.
     */
    private static final String[] NON_ENGINE_PACKAGES = {
        "dev.connectsim.harness..", "dev.connectsim.sandbox..", "dev.connectsim.cli..", "dev.connectsim.bench..",
    };

    private static final String[] HARNESS_ONLY_LIBRARIES = {
        "io.cucumber..",
        "com.github.tomakehurst..",
        "org.wiremock..",
        "wiremock..",
        "io.qameta.allure..",
        "software.amazon.awssdk..",
    };

    /** Methods that read the wall clock, sleep, or draw unseeded randomness. */
    private static final List<Forbidden> NONDETERMINISTIC = List.of(
            new Forbidden(System.class, "currentTimeMillis"),
            new Forbidden(System.class, "nanoTime"),
            new Forbidden(Thread.class, "sleep", long.class),
            new Forbidden(Thread.class, "sleep", long.class, int.class),
            new Forbidden(TimeUnit.class, "sleep", long.class),
            new Forbidden(Clock.class, "systemUTC"),
            new Forbidden(Clock.class, "systemDefaultZone"),
            new Forbidden(Clock.class, "system", ZoneId.class),
            new Forbidden(Instant.class, "now"),
            new Forbidden(LocalDateTime.class, "now"),
            new Forbidden(LocalDateTime.class, "now", ZoneId.class),
            new Forbidden(LocalDate.class, "now"),
            new Forbidden(LocalDate.class, "now", ZoneId.class),
            new Forbidden(LocalTime.class, "now"),
            new Forbidden(LocalTime.class, "now", ZoneId.class),
            new Forbidden(ZonedDateTime.class, "now"),
            new Forbidden(ZonedDateTime.class, "now", ZoneId.class),
            new Forbidden(OffsetDateTime.class, "now"),
            new Forbidden(OffsetDateTime.class, "now", ZoneId.class),
            new Forbidden(Math.class, "random"),
            new Forbidden(StrictMath.class, "random"),
            new Forbidden(UUID.class, "randomUUID"),
            new Forbidden(Collections.class, "shuffle", List.class));

    static final ArchRule ENGINE_DOES_NOT_USE_HARNESS_LIBRARIES = engineClasses()
            .should().dependOnClassesThat().resideInAnyPackage(HARNESS_ONLY_LIBRARIES)
            .because("the engine must run without Cucumber, WireMock, Allure or the AWS SDK (design.md)");

    static final ArchRule ENGINE_IS_DETERMINISTIC = engineClasses()
            .should().accessTargetWhere(isOneOf(NONDETERMINISTIC))
            .orShould().dependOnClassesThat().areAssignableTo(Random.class)
            .because("the engine uses only the virtual clock and one seeded SplittableRandom per run");

    /**
     * A team's Java handlers are written against aws-lambda-java-core; only the package that runs them sees its types,
     * so the engine calls them through {@code LambdaFunction} and manages no class loader.
     */
    static final ArchRule ONLY_THE_HANDLER_PACKAGE_USES_LAMBDA_CORE = noClasses().that()
            .resideInAPackage("dev.connectsim..").and().resideOutsideOfPackage("dev.connectsim.handler..")
            .should().dependOnClassesThat().resideInAPackage("com.amazonaws.services.lambda.runtime..")
            .because("aws-lambda-java-core's types stay in dev.connectsim.handler, behind LambdaFunction");

    /**
     * The one engine class allowed real time: {@code duration: measured} charges a team's handler its real running
     * time, and a sleep on a thread the handler started really sleeps (dev.connectsim.handler.RealTime says why).
     */
    private static final String REAL_TIME = "dev.connectsim.handler.RealTime";

    /**
     * A team's CCP JavaScript runs in a Node.js process that only {@code dev.connectsim.streams} starts and stops (and
     * a team's Lambda handlers in worker processes of {@code dev.connectsim.handler}); the rest of the engine calls
     * them through their interfaces and manages no process.
     */
    static final ArchRule ENGINE_STARTS_NO_PROCESS = engineClasses()
            .and().resideOutsideOfPackages("dev.connectsim.streams..", "dev.connectsim.handler..")
            .should().dependOnClassesThat().areAssignableTo(ProcessBuilder.class)
            .because("processes are started behind AgentPage (streams) and LambdaFunction (handler) only");

    private static GivenClassesConjunction engineClasses() {
        return noClasses().that().resideInAPackage("dev.connectsim..")
                .and().resideOutsideOfPackages(NON_ENGINE_PACKAGES)
                .and().doNotHaveFullyQualifiedName(REAL_TIME);
    }

    /** Imported once: importing walks the classpath. */
    private static final JavaClasses PRODUCTION_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.connectsim");

    private static JavaClasses productionClasses() {
        return PRODUCTION_CLASSES;
    }

    private static JavaClasses fixtureClasses() {
        return new ClassFileImporter().importPackages("dev.connectsim.architecture.fixture");
    }

    @Test
    void engineDoesNotDependOnHarnessLibraries() {
        ENGINE_DOES_NOT_USE_HARNESS_LIBRARIES.allowEmptyShould(true).check(productionClasses());
    }

    @Test
    void engineDoesNotReadTheWallClockSleepOrUseUnseededRandomness() {
        ENGINE_IS_DETERMINISTIC.allowEmptyShould(true).check(productionClasses());
    }

    @Test
    void noEnginePackageButStreamsAndHandlerStartsAProcess() {
        ENGINE_STARTS_NO_PROCESS.check(productionClasses());
    }

    @Test
    void onlyTheHandlerPackageSeesAwsLambdaJavaCore() {
        ONLY_THE_HANDLER_PACKAGE_USES_LAMBDA_CORE.check(productionClasses());
    }

    @Test
    void lambdaCoreRuleReportsAClassOutsideTheHandlerPackageInTheFixture() {
        EvaluationResult result = ONLY_THE_HANDLER_PACKAGE_USES_LAMBDA_CORE.evaluate(fixtureClasses());

        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(LambdaCoreFixture.class.getName()), report);
        assertFalse(report.contains(VirtualClockFixture.class.getName()), report);
    }

    @Test
    void productionImportSeesTheMainClassesButNoTests() {
        JavaClasses classes = productionClasses();

        assertTrue(classes.contain(dev.connectsim.cli.Main.class), "the importer finds target/classes");
        assertFalse(classes.contain(EngineBoundaryTest.class), "test classes are not imported");
        assertFalse(classes.contain(WallClockFixture.class), "fixtures are not imported");
    }

    @Test
    void determinismRuleReportsSleepWallClockAndUnseededRandomInTheFixture() {
        EvaluationResult result = ENGINE_IS_DETERMINISTIC.allowEmptyShould(false).evaluate(fixtureClasses());

        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation(), "the rule must catch the fixture");
        assertTrue(report.contains("java.lang.Thread.sleep(long)"), report);
        assertTrue(report.contains("java.lang.System.currentTimeMillis()"), report);
        assertTrue(report.contains("java.time.Instant.now()"), report);
        assertTrue(report.contains("java.util.Random.<init>()"), report);
        assertTrue(report.contains(WallClockFixture.class.getName()), report);
        assertFalse(report.contains(VirtualClockFixture.class.getName()),
                "an injected Clock and a seeded SplittableRandom are allowed:\n" + report);
    }

    @Test
    void harnessLibraryRuleSelectsFixtureClasses() {
        // The fixture uses no harness library, so no violation; allowEmptyShould(false) proves the rule's
        // "that" part selects classes under dev.connectsim that are not harness, sandbox or cli.
        EvaluationResult result =
                ENGINE_DOES_NOT_USE_HARNESS_LIBRARIES.allowEmptyShould(false).evaluate(fixtureClasses());

        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }

    private static DescribedPredicate<JavaAccess<?>> isOneOf(List<Forbidden> forbidden) {
        return DescribedPredicate.describe("a method that reads the wall clock, sleeps or draws unseeded randomness",
                access -> forbidden.stream().anyMatch(f -> f.matches(access)));
    }

    private record Forbidden(Class<?> owner, String name, List<String> parameterTypes) {

        Forbidden(Class<?> owner, String name, Class<?>... parameterTypes) {
            this(owner, name, Arrays.stream(parameterTypes).map(Class::getName).collect(Collectors.toList()));
        }

        boolean matches(JavaAccess<?> access) {
            return access.getTarget() instanceof CodeUnitAccessTarget target
                    && target.getOwner().isEquivalentTo(owner)
                    && target.getName().equals(name)
                    && target.getRawParameterTypes().stream().map(JavaClass::getName).collect(Collectors.toList())
                            .equals(parameterTypes);
        }
    }
}
