package io.claimdesk.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requests run on a bounded pool of worker threads (quarkus.thread-pool.max-threads); when every one is busy, a
 * request waits in the pool's queue. One that waited longer than claimdesk.workers.max-wait is answered 503 with
 * Retry-After as soon as it gets its thread, without touching the database, so that a backlog drains quickly
 * instead of growing; clients are told to come back instead of waiting on.
 */
public class WorkerAdmission {

    /** Before every other request filter of the service, and before authentication (1000). */
    private static final int FIRST = 0;
    private static final String ARRIVAL = WorkerAdmission.class.getName() + ".arrival";

    private final WorkerWait wait;

    @Inject
    WorkerAdmission(ClaimdeskConfig config, Ticker ticker) {
        this.wait = new WorkerWait(config.workers().maxWait(), ticker::nanoTime);
    }

    /** Runs on the event loop as the request is matched, before it is handed to the worker pool. */
    @ServerRequestFilter(nonBlocking = true, priority = FIRST)
    public void noteArrival(ContainerRequestContext request) {
        request.setProperty(ARRIVAL, wait.arrival());
    }

    /** Runs first on the worker thread. */
    @ServerRequestFilter(priority = FIRST)
    public void refuseOverWaited(ContainerRequestContext request) {
        if (request.getProperty(ARRIVAL) instanceof Long arrival && wait.waitedTooLong(arrival)) {
            throw new WorkerWaitExceeded(wait.limit());
        }
    }
}
