package dev.connectsim.handler;

import java.util.concurrent.TimeUnit;

/**
 * The only real time in the engine, and why: a function bound with {@code duration: measured} is charged its real
 * running time, and a sleep on a thread a team's handler started (a library's background thread) really sleeps, so
 * that a polling loop there waits instead of spinning. Neither reaches the virtual clock of a run that does not ask
 * for it: the architecture test allows this one class and no other.
 */
final class RealTime {

    private RealTime() {
    }

    /** The JVM's monotonic clock, for measuring how long a handler really ran. */
    static long nanoTime() {
        return System.nanoTime();
    }

    /** Really sleeps {@code nanos}, on a thread that is not running an invocation. */
    static void sleep(long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(nanos);
    }
}
