/**
 * An agent's CCP customisation, the team's own JavaScript, run on the real Amazon Connect Streams library against the
 * simulator.
 *
 * <p>{@link dev.connectsim.streams.CcpPages} is the one entry the harness calls: it opens an {@link
 * dev.connectsim.streams.AgentPage} per agent on a {@link dev.connectsim.sim.Simulation}. A page is a {@code vm}
 * context in a Node.js process ({@link dev.connectsim.streams.NodeHost}, one per thread of a run, started on first use
 * and stopped when the run ends or the JVM exits; it exits on its own when its input closes) holding the unmodified
 * Streams bundle ({@link dev.connectsim.streams.StreamsBundle}), wired as {@code connect.core.initCCP} wires a page
 * minus the iframe. The simulation owns time: the page's timers, {@code Date} and {@code performance.now} read the
 * virtual clock, and its next timer is an event on the scheduler. Down, the page gets the agent snapshot as the CCP's
 * long poll delivers it ({@link dev.connectsim.streams.LongPoll}, {@link dev.connectsim.streams.SnapshotJson}); up,
 * its API requests become the simulator's CTI operations ({@link dev.connectsim.streams.ClientCalls}). The engine
 * manages no process.
 */
package dev.connectsim.streams;
