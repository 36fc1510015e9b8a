package dev.connectsim.harness.salesforce;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.jetty.QueuedThreadPoolFactory;
import wiremock.org.eclipse.jetty.util.thread.QueuedThreadPool;
import wiremock.org.eclipse.jetty.util.thread.ThreadPool;

/** WireMock's own thread pool with daemon threads: a simulated Salesforce left running never keeps a JVM alive. */
final class DaemonThreads extends QueuedThreadPoolFactory {

    @Override
    public ThreadPool buildThreadPool(Options options) {
        ThreadPool pool = super.buildThreadPool(options);
        if (pool instanceof QueuedThreadPool queued) {
            queued.setDaemon(true);
        }
        return pool;
    }
}
