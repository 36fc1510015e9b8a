package dev.connectsim.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NodeHostTest {

    @Test
    void theHostExitsOnItsOwnWhenItsInputCloses() {
        NodeHost host = NodeHost.start("node");
        ObjectNode closeNoPage = NodeHost.object().put("op", "close").put("page", "none");
        assertTrue(host.request(closeNoPage).path("closed").asBoolean(), "the host answers");

        host.close();

        assertFalse(host.isAlive());
        assertEquals(0, host.exitCode(), "exit code 0: it ended because its input closed, not killed");
    }

    @Test
    void closingTheRunsHostsStopsEveryOne() {
        long pid = NodeHosts.borrow().pid();

        NodeHosts.closeAll();

        assertEquals(0, NodeHosts.running());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "process " + pid + " is gone");
    }

    @Test
    void aThreadTakesAPrestartedHostInsteadOfStartingOneAndClosingTheRunStopsIt() throws Exception {
        NodeHosts.closeAll();
        NodeHosts.prestart(1, List.of()).get(30, TimeUnit.SECONDS);
        assertEquals(1, NodeHosts.running());

        long[] borrowed = new long[1];
        Thread scenario = new Thread(() -> borrowed[0] = NodeHosts.borrow().pid());
        scenario.start();
        scenario.join();

        assertEquals(1, NodeHosts.running(), "no second process: the scenario's thread took the prestarted one");
        NodeHosts.closeAll();
        assertEquals(0, NodeHosts.running());
        assertFalse(ProcessHandle.of(borrowed[0]).map(ProcessHandle::isAlive).orElse(false), "process is gone");
    }

    @Test
    void aHostPrestartedForARunThatHasEndedIsNotKept() throws Exception {
        NodeHosts.closeAll();
        var started = NodeHosts.prestart(2, List.of());
        NodeHosts.closeAll();

        started.get(30, TimeUnit.SECONDS);

        assertEquals(0, NodeHosts.running());
    }

    @Test
    void missingNodeIsOneLineSayingWhatToInstall() {
        CcpPageException e = assertThrows(CcpPageException.class, () -> NodeHost.start("/nowhere/node"));

        assertTrue(e.getMessage().startsWith("Node.js is needed to run the agent's CCP page"), e.getMessage());
        assertTrue(e.getMessage().contains("'/nowhere/node' could not be started"), e.getMessage());
        assertTrue(e.getMessage().contains("install Node.js 18 or later, or name its executable in CONNECT_SIM_NODE"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }
}
