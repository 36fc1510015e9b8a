package dev.connectsim.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The Gherkin features under {@code features/} as part of {@code mvn verify}, with the step library of
 * {@code harness.steps}; Allure results go to {@code simulator/target/allure-results}; a Scenario Outline that
 * would run no example fails the suite ({@code OutlineExamplesCheck}). Parallelism and the other
 * Cucumber settings are in {@code junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("../features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.connectsim.harness.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm,"
        + " dev.connectsim.harness.gherkin.OutlineExamplesCheck")
class RunFeaturesTest {
}
