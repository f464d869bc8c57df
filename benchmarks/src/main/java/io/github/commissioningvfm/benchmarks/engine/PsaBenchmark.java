package io.github.commissioningvfm.benchmarks.engine;

import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
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
 * PSA of 10,000 iterations of the {@link CrisisServicePsa} appraisal (ten years, three options,
 * twenty uncertain inputs). Target: under 0.5 s on two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PsaBenchmark {

  /** Worker threads. */
  @Param({"2"})
  public int threads;

  private UncertaintyAnalysis analysis;

  /** Declares the twenty inputs. */
  @Setup
  public void setUp() {
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder(CrisisServicePsa::model);
    CrisisServicePsa.inputs().forEach(b::input);
    analysis = b.build();
    if (analysis.inputs().size() != 20) {
      throw new IllegalStateException("expected 20 inputs, got " + analysis.inputs().size());
    }
  }

  /**
   * 10,000 iterations.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public PsaResult psa10k() {
    return analysis.psa(PsaSettings.builder().seed(20261123L).iterations(10_000).threads(threads).build());
  }
}
