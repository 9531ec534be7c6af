package io.tollgate.adapter.persistence.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that takes everything queued (up to a batch's worth) and hands it to one handler call, so that under
 * load one round trip or one disk flush serves many callers. Closing lets every queued item be handled first.
 * A retrying queue keeps a batch its handler could not write and tries it again, so callers may stop waiting
 * ({@link #awaitWithin}) without the work being lost.
 */
public final class BatchQueue<T> implements AutoCloseable {

    private static final int MAX_BATCH = 500;
    private static final Object STOP = new Object();
    private static final Logger LOG = LoggerFactory.getLogger(BatchQueue.class);

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Predicate<List<T>> handler;
    private final Duration retryPause;
    private final Duration linger;
    private final Thread thread;
    private boolean closed;

    /** {@code handler} must answer every item of the batch it is given, and never throw. */
    public BatchQueue(String threadName, Consumer<List<T>> handler) {
        this(threadName, batch -> {
            handler.accept(batch);
            return true;
        }, Duration.ZERO);
    }

    /**
     * {@code handler} answers whether it wrote the batch; when it did not (the database is away) the same batch is
     * handed to it again after {@code retryPause}, until it is written, while later items wait behind it.
     */
    public BatchQueue(String threadName, Predicate<List<T>> handler, Duration retryPause) {
        this(threadName, handler, retryPause, Duration.ZERO);
    }

    /**
     * As above; each batch is taken {@code linger} after its first item came, so that it gathers those that follow:
     * only for items whose callers do not wait for them.
     */
    public BatchQueue(String threadName, Predicate<List<T>> handler, Duration retryPause, Duration linger) {
        this.handler = handler;
        this.retryPause = retryPause;
        this.linger = linger;
        this.thread = Thread.ofPlatform().name(threadName).daemon().unstarted(this::run);
        thread.start();
    }

    /** Queues the item; refused once the queue is closed. */
    public void add(T item) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the database is closed");
            }
            queue.add(item);
        }
    }

    @SuppressWarnings("unchecked")
    private void run() {
        List<Object> taken = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            taken.add(next());
            if (!linger.isZero() && taken.getFirst() != STOP) {
                pause(linger);
            }
            queue.drainTo(taken, MAX_BATCH - 1);
            // Nothing is queued after STOP, so it can only be last.
            stopping = taken.getLast() == STOP;
            if (stopping) {
                taken.removeLast();
            }
            if (!taken.isEmpty()) {
                handleUntilWritten((List<T>) (List<?>) List.copyOf(taken));
            }
            taken.clear();
        }
    }

    private void handleUntilWritten(List<T> batch) {
        for (int attempt = 1; !handler.test(batch); attempt++) {
            if (attempt == 1 || attempt % 20 == 0) {
                LOG.warn("{}: a batch of {} could not be written (attempt {}); it is kept and tried again",
                        thread.getName(), batch.size(), attempt);
            }
            pause(retryPause);
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException ignored) {
            // Only close() stops this thread, after the queue is drained.
        }
    }

    /**
     * The outcome of a queued item if it comes within {@code patience}; empty while the item still waits or is being
     * retried. A failed outcome is thrown as {@link CompletionException}, as {@link CompletableFuture#join()} does.
     */
    public static <R> Optional<R> awaitWithin(CompletableFuture<R> outcome, Duration patience) {
        try {
            return Optional.of(BoundedWaits.await(outcome, patience));
        } catch (TimeoutException stillQueued) {
            return Optional.empty();
        } catch (ExecutionException failed) {
            throw new CompletionException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Object next() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException ignored) {
                // Only close() stops this thread, after the queue is drained.
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.error("{}: stopped waiting with {} items still queued; they are not written", thread.getName(), queue.size());
        }
    }
}
