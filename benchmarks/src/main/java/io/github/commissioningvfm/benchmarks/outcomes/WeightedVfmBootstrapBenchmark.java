package io.github.commissioningvfm.benchmarks.outcomes;

import io.github.commissioningvfm.vfm.outcomes.bootstrap.Bootstrap;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.BootstrapResult;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.OutcomeStatistics;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.SampleStatistic;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 2,000 bootstrap resamples of 100,000 participants' cost-weighted VfM, percentile and BCa
 * intervals, on 2 threads. Target: under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class WeightedVfmBootstrapBenchmark {

  /** Participants. */
  @Param({"100000"})
  public int participants;

  /** Worker threads. */
  @Param({"2"})
  public int threads;

  private SampleStatistic statistic;

  /** Generates improvements and costs once. */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(7);
    double[] improvement = new double[participants];
    double[] cost = new double[participants];
    for (int i = 0; i < participants; i++) {
      int sessions = 1 + r.nextInt(8);
      improvement[i] = 0.8 * Math.min(sessions, 6) + 2.5 * r.nextGaussian();
      cost[i] = 95.0 * sessions;
    }
    statistic = OutcomeStatistics.weightedVfm(improvement, cost);
  }

  /**
   * The bootstrap.
   *
   * @return the result
   */
  @Benchmark
  public BootstrapResult bootstrap() {
    return Bootstrap.of(2000, 20250611L).withThreads(threads).run(participants, statistic);
  }
}
