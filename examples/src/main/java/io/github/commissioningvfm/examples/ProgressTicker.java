package io.github.commissioningvfm.examples;

import io.github.commissioningvfm.model.internal.Args;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Prints progress lines for a task that has been running longer than a second:
 * {@code "  ... safe-haven: rebasing unit costs (2 s)"}, when the step changes or every few seconds.
 * Quick tasks print nothing.
 */
final class ProgressTicker implements Progress, AutoCloseable {

  private static final long QUIET_SECONDS = 5;

  private final PrintStream out;
  private final String task;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService timer;
  private final ScheduledFuture<?> ticks;
  private volatile String step = "starting";
  private String printedStep = "";
  private long printedAtSecond;

  ProgressTicker(PrintStream out, String task) {
    this.out = Args.notNull(out, "out");
    this.task = Args.notBlank(task, "task");
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "progress-" + task);
      t.setDaemon(true);
      return t;
    });
    this.ticks = timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public void step(String newStep) {
    this.step = Args.notBlank(newStep, "step");
  }

  /** Prints when the step has changed, and otherwise every {@value #QUIET_SECONDS} seconds. */
  private void tick() {
    long second = elapsedMillis() / 1000;
    String current = step;
    if (!current.equals(printedStep) || second - printedAtSecond >= QUIET_SECONDS) {
      out.printf(Locale.ROOT, "  ... %s: %s (%d s)%n", task, current, second);
      printedStep = current;
      printedAtSecond = second;
    }
  }

  long elapsedMillis() {
    return (System.nanoTime() - started) / 1_000_000;
  }

  @Override
  public void close() {
    ticks.cancel(false);
    timer.shutdownNow();
  }
}
