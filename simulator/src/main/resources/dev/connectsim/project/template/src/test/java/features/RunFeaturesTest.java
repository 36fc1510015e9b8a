package features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The scenarios under features/ as part of "mvn verify", with connect-sim's steps and its report
 * (reports/connect-sim.html and reports/coverage/). Run one file or one scenario with
 * -Dcucumber.features=features/inbound.feature or features/inbound.feature:6.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.connectsim.harness.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "dev.connectsim.harness.report.ConnectSimReport")
@ConfigurationParameter(key = PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, value = "true")
class RunFeaturesTest {
}
