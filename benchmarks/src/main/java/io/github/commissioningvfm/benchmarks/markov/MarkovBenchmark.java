package io.github.commissioningvfm.benchmarks.markov;

import io.github.commissioningvfm.vfm.cua.CohortPsa;
import io.github.commissioningvfm.vfm.cua.Simulations;
import io.github.commissioningvfm.vfm.markov.MarkovModel;
import io.github.commissioningvfm.vfm.markov.MarkovResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@link FourStateModel} (4 states, 3 strategies, 75 annual cycles): a deterministic run with its
 * traces (target 50 us), the same run's totals only (the fast path), and a PSA of 10,000 simulations
 * with Dirichlet rows on two threads (target 1 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkovBenchmark {

  private final FourStateModel probabilistic = new FourStateModel();
  private MarkovModel model;
  private MarkovModel.Workspace workspace;
  private final double[] totals = new double[9];

  /** Builds the base-case model. */
  @Setup
  public void setUp() {
    model = probabilistic.model(probabilistic.baseCase());
    workspace = model.newWorkspace();
  }

  /**
   * Deterministic run keeping traces and per-cycle values.
   *
   * @return the result
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public MarkovResult deterministicRun() {
    return model.run();
  }

  /**
   * Deterministic totals only.
   *
   * @return the totals
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double[] deterministicTotals() {
    model.totals(workspace, totals);
    return totals;
  }

  /**
   * Building the base-case model and its totals, as each PSA simulation does.
   *
   * @return the totals
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public double[] buildAndRun() {
    probabilistic.model(probabilistic.baseCase()).totals(workspace, totals);
    return totals;
  }

  /**
   * PSA of 10,000 simulations on two threads.
   *
   * @return the simulations
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Simulations psa10k() {
    return CohortPsa.run(probabilistic, 10_000, 2026, 2);
  }

  /**
   * Prints the base case and a PSA summary, to compare with the R peer.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    FourStateModel m = new FourStateModel();
    System.out.println(m.model(m.baseCase()).run());
    long t0 = System.nanoTime();
    Simulations s = CohortPsa.run(m, 10_000, 2026, 2);
    long t1 = System.nanoTime();
    System.out.println(io.github.commissioningvfm.vfm.cua.ProbabilisticAnalysis.of(s).incremental());
    System.out.printf(java.util.Locale.ROOT, "PSA 10,000 simulations, 2 threads, first run: %.1f ms%n", (t1 - t0) / 1e6);
  }
}
