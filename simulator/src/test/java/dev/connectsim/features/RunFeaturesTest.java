package dev.connectsim.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The Gherkin features under {@code features/} as part of {@code mvn verify}, run as a team's build runs its own
 * (the suite {@code connect-sim init} writes): from the project root (the pom's {@code features} execution), with
 * the step library of {@code harness.steps} and connect-sim's report in {@code reports/}, which also fails a
 * Scenario Outline that would run no example; Allure results go to {@code simulator/target/allure-results}.
 * Parallelism and the other Cucumber settings are in {@code junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.connectsim.harness.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "dev.connectsim.harness.report.ConnectSimReport,"
        + " io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm")
class RunFeaturesTest {
}
