package id.go.kemnaker.karirhub.stats.cache;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import id.go.kemnaker.karirhub.stats.problem.ServiceBusyException;

/**
 * Where answers are rendered: on a fixed number of threads of their own, in the order the reads
 * came. A render holds its whole answer and the figures behind it in memory and one database
 * connection, so the number of threads bounds what concurrent misses take; the reads beyond it
 * wait in the queue. A read whose render has not started within {@code wait} is failed with
 * {@link ServiceBusyException} (503): the one that reaches a thread late, and the one still in the
 * queue, which a sweep finds within a tenth of {@code wait} (at most a second) of its deadline.
 *
 * <p>Before, each read took a worker thread and waited on a fair semaphore of as many permits.
 * With 64 clients and the cache off, 56 threads were parked at any moment and every render cost a
 * park and an unpark besides the worker's own handoff: in a CPU profile of that load, a quarter
 * of the JVM's time was in the kernel, the futex calls of those handoffs among the largest parts.
 * The queue's threads take the next render without parking while there is one: uncached reads
 * went from 3,961, 3,961 and 4,814 to 4,373, 5,102 and 6,117 requests a second (medians of three
 * 10 s runs, the two builds in turn, same machine).
 */
final class RenderQueue {

    private static final Logger LOG = Logger.getLogger(RenderQueue.class);

    private final LinkedBlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();
    private final ThreadPoolExecutor threads;
    private final ScheduledExecutorService sweeper;
    private final long waitNanos;
    private final Runnable onBusy;

    /**
     * @param threads how many answers are rendered at once
     * @param wait how long a read may wait for its render to start
     * @param onBusy called for each read failed as busy (a meter)
     */
    RenderQueue(int threads, Duration wait, Runnable onBusy) {
        if (threads < 1) {
            throw new IllegalArgumentException("karirhub.cache.max-concurrent-renders must be at least 1, not " + threads);
        }
        if (wait.isNegative() || wait.isZero()) { // every render would be late by the time it started
            throw new IllegalArgumentException("karirhub.cache.render-wait must be longer than zero, not " + wait);
        }
        this.waitNanos = wait.toNanos();
        this.onBusy = onBusy;
        this.threads = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, waiting, named("karirhub-render-"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(named("karirhub-render-wait-"));
        long period = Math.max(10, Math.min(1_000, wait.toMillis() / 10));
        sweeper.scheduleWithFixedDelay(this::failOverdue, period, period, TimeUnit.MILLISECONDS);
    }

    /** Renders {@code work} on one of the threads; the stage completes there, or fails as busy. */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        Render<T> render = new Render<>(System.nanoTime(), work);
        try {
            threads.execute(render);
        } catch (RejectedExecutionException e) { // only once closed, while the service stops
            render.result.completeExceptionally(new ServiceBusyException("The service is stopping; try again in a few seconds"));
        }
        return render.result;
    }

    /** Reads waiting for a thread now. */
    int waiting() {
        return waiting.size();
    }

    /** Lets the renders already queued finish; takes no more. */
    void close() {
        sweeper.shutdownNow();
        threads.shutdown();
    }

    /**
     * Fails the reads at the head of the queue that have waited too long (the head waited
     * longest), and drops the renders nobody waits for any more. Never throws: a scheduled task
     * that throws is not run again.
     */
    private void failOverdue() {
        try {
            long now = System.nanoTime();
            Runnable head;
            while ((head = waiting.peek()) instanceof Render<?> render && (render.result.isDone() || render.overdue(now))) {
                if (waiting.remove(render)) { // else a thread took it just now, and fails it itself
                    render.busy();
                }
            }
        } catch (RuntimeException e) { // a meter that failed: the next sweep tries again
            LOG.warn("A sweep of the render queue failed; the next one runs as planned", e);
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private final class Render<T> implements Runnable {

        private final long queuedAt;
        private final Supplier<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Render(long queuedAt, Supplier<T> work) {
            this.queuedAt = queuedAt;
            this.work = work;
        }

        @Override
        public void run() {
            if (result.isDone()) { // cancelled: the client went away while it waited
                return;
            }
            if (overdue(System.nanoTime())) {
                busy();
                return;
            }
            try {
                result.complete(work.get());
            } catch (Throwable e) { // as CompletableFuture.supplyAsync does: the caller maps it
                result.completeExceptionally(e);
            }
        }

        boolean overdue(long now) {
            return now - queuedAt > waitNanos;
        }

        /** Fails the read as busy (counted once, unless it was cancelled already). */
        void busy() {
            if (result.completeExceptionally(new ServiceBusyException(
                    "Too many reads are being computed at once; try again in a few seconds"))) {
                onBusy.run();
            }
        }
    }
}
