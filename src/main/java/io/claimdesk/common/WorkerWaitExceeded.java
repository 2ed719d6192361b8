package io.claimdesk.common;

import java.time.Duration;

/** A request waited longer than it may for a worker thread; ProblemMappers answers it 503 with Retry-After. */
public final class WorkerWaitExceeded extends RuntimeException {

    WorkerWaitExceeded(Duration limit) {
        // No stack trace: it is thrown for each request of a backlog, where it says nothing the message does not.
        super("The request waited more than " + limit.toMillis() + " ms for a worker thread", null, false, false);
    }
}
