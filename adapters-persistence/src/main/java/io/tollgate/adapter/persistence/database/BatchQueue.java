package io.tollgate.adapter.persistence.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One thread that takes everything queued (up to a batch's worth) and hands it to one handler call, so that under
 * load one round trip or one disk flush serves many callers. Closing lets every queued item be handled first.
 */
public final class BatchQueue<T> implements AutoCloseable {

    private static final int MAX_BATCH = 500;
    private static final Object STOP = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Consumer<List<T>> handler;
    private final Thread thread;
    private boolean closed;

    /** {@code handler} must answer every item of the batch it is given, and never throw. */
    public BatchQueue(String threadName, Consumer<List<T>> handler) {
        this.handler = handler;
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
            queue.drainTo(taken, MAX_BATCH - 1);
            // Nothing is queued after STOP, so it can only be last.
            stopping = taken.getLast() == STOP;
            if (stopping) {
                taken.removeLast();
            }
            if (!taken.isEmpty()) {
                handler.accept((List<T>) (List<?>) List.copyOf(taken));
            }
            taken.clear();
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
    }
}
