package io.github.commissioningvfm.vfm.internal;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs numbered pieces of work on a fork-join pool and reports a failure as the work threw it. A
 * fork-join pool rethrows a failure in the waiting thread as a reflective copy, whose message starts
 * with the class name of the original; here the original object reaches the caller.
 */
public final class Parallel {

  private Parallel() {
  }

  /**
   * Runs {@code task(0)} to {@code task(count - 1)}: in the calling thread and in order when
   * {@code pool} is null, otherwise in parallel in the pool. A {@link RuntimeException} thrown by a
   * task reaches the caller as that same object; an {@link Error} or other throwable is wrapped in an
   * {@link IllegalStateException} whose cause it is, so its class and message are kept. Where several
   * tasks fail, the failure reported is the first one recorded.
   *
   * @param pool the pool, or null to run in the calling thread
   * @param count how many tasks
   * @param task the work of task {@code i}
   * @param what what is running, for the message when the wait is interrupted, e.g. "PSA"
   * @throws IllegalStateException "{@code <what>} interrupted" if the calling thread is interrupted
   *     while it waits; its interrupt status is kept
   */
  public static void forEach(ForkJoinPool pool, int count, IntConsumer task, String what) {
    if (pool == null) {
      for (int c = 0; c < count; c++) {
        task.accept(c);
      }
      return;
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try {
      pool.submit(() -> IntStream.range(0, count).parallel().forEach(c -> {
        try {
          task.accept(c);
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
          throw e;
        }
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = Objects.requireNonNullElse(failure.get(), e.getCause());
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
  }
}
