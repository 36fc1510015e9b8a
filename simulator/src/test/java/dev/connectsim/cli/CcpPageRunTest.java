package dev.connectsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.connectsim.streams.NodeHosts;
import dev.connectsim.testing.SmallProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's project whose CCP scripts are wrong, run as a team runs it: each scenario fails saying why, in one line. */
class CcpPageRunTest {

    /** Conferences as soon as the dial is accepted, without waiting on REFRESH for the third party to answer. */
    private static final String BROKEN_RECIPE = """
            function coldTransferToDestination(phoneNumber) {
              var contact = new connect.Agent().getContacts(connect.ContactType.VOICE)[0];
              contact.getInitialConnection().hold({ success: function () {
                contact.addConnection(connect.Endpoint.byPhoneNumber(phoneNumber), { success: function () {
                  contact.conferenceConnections({
                    success: function () { contact.getAgentConnection().destroy(); console.log('cold transfer done'); },
                    failure: function (err) { console.log('cold transfer failed: ' + err); } });
                } });
              } });
            }
            function onAnyRefresh() {
              connect.contact(function (contact) { contact.onRefresh(function (c) { c.getThirdPartyConnection(); }); });
            }
            """;

    private static final String FEATURE = """
            Feature: The team's CCP scripts

              Scenario: A recipe that joins without waiting
                Given alice's CCP runs "ccp/broken.js"
                And +15550199 answers after 5 seconds
                When a customer calls from +15550100 and waits in BasicQueue
                And alice accepts the call
                And alice sees the call connected within 5 seconds
                And alice's CCP calls coldTransferToDestination("+15550199")
                Then alice's CCP logs "cold transfer done" within 60 seconds

              Scenario: A handler that throws
                Given alice's CCP runs "ccp/broken.js"
                When alice's CCP calls onAnyRefresh()
                And a customer calls from +15550100 and waits in BasicQueue
                And 3 seconds pass

              Scenario: A function the page does not define
                Given alice's CCP runs "ccp/broken.js"
                When alice's CCP calls coldTransferToDestnation("+15550199")

              Scenario: A script that does not parse
                Given alice's CCP runs "ccp/typo.js"
                When a customer calls from +15550100 and waits in BasicQueue

              Scenario: A handler that throws while a step waits for the page
                Given alice's CCP runs "ccp/broken.js"
                When alice's CCP calls onAnyRefresh()
                And a customer calls from +15550100 and waits in BasicQueue
                Then alice's CCP logs "never" within 5 seconds
            """;

    @Test
    void eachBrokenScriptFailsItsScenarioSayingWhyAndNoPageHostOutlivesTheRun(@TempDir Path temp) throws IOException {
        Path project = project(temp);

        CliProcess.Result run = CliProcess.run(project, "run");

        assertEquals(1, run.exit(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("0 passed, 5 failed"), out);
        assertTrue(out.contains("step 'alice's CCP logs \"never\" within 5 seconds' (line 30): the CCP page failed:"),
                out);
        assertTrue(out.contains("called conferenceConnections failed: InvalidStateException: Cannot conference"
                + " connections: Invalid contact state. (the call: customer +15550100 hold, agent connected,"
                + " third party +15550199 connecting)"), out);
        assertTrue(out.contains("event handler failed. c.getThirdPartyConnection is not a function (at"
                + " ccp/broken.js:12:75)"), out);
        assertTrue(out.contains("alice's CCP defines no function coldTransferToDestnation (scripts: ccp/broken.js)"
                + " (did you mean 'coldTransferToDestination'?)"), out);
        assertTrue(out.contains("ccp/typo.js:2:29: SyntaxError: Unexpected token ';'"), out);
        assertEquals(List.of(), hostsOf(run.pid()), "no page host of the run is left");
    }

    @Test
    void withoutNodeJsTheScenarioFailsInOneLine(@TempDir Path temp) throws IOException {
        Path project = project(temp);

        CliProcess.Result run = CliProcess.runWith(project, List.of("-D" + NodeHosts.NODE_VARIABLE + "=/nowhere/node"),
                "run", "--features", "features/broken.feature:12");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("Node.js is needed to run the agent's CCP page (its JavaScript and the Streams"
                + " library), but '/nowhere/node' could not be started"), run.out());
    }

    private static Path project(Path temp) throws IOException {
        Path project = SmallProject.write(temp.resolve("team"), "");
        Files.createDirectories(project.resolve("ccp"));
        Files.writeString(project.resolve("ccp/broken.js"), BROKEN_RECIPE);
        Files.writeString(project.resolve("ccp/typo.js"), "function ok() {}\nfunction typo() { return 1 +; }\n");
        Files.writeString(project.resolve("features/broken.feature"), FEATURE);
        return project;
    }

    /** The page hosts still running that the JVM {@code pid} started. */
    private static List<Long> hostsOf(long pid) {
        String owner = "--owner=" + pid;
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(a -> Arrays.asList(a)
                .contains(owner)).orElse(false)).map(ProcessHandle::pid).toList();
    }
}
