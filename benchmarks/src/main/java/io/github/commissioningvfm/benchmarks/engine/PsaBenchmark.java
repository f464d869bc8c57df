package io.github.commissioningvfm.benchmarks.engine;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.util.List;
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
 *
 * <p>Both benchmarks go through the generic path users get, {@code UncertaintyAnalysis.psa} on a
 * {@code VfmStrategy}: {@link #psa10k} with the built-in cost-benefit strategy, which offers the
 * optional fast path ({@code FastHeadlines}); {@link #psa10kPluggedInWithoutFastPath} with a
 * plugged-in strategy that does not, so every iteration is an exact evaluation.
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
  private UncertaintyAnalysis pluggedIn;

  /**
   * A plugged-in strategy with the same figures as the built-in cost-benefit analysis but no fast
   * path: uncertainty analysis evaluates it exactly, result by result.
   */
  public static final class ExactOnly implements VfmStrategy<CbaResult> {
    private final CbaStrategy delegate = CbaStrategy.greenBook().withId("exact-only");

    @Override
    public String id() {
      return delegate.id();
    }

    @Override
    public String description() {
      return "cost-benefit analysis without a fast path";
    }

    @Override
    public Class<CbaResult> resultType() {
      return CbaResult.class;
    }

    @Override
    public List<Metric<?>> metrics() {
      return delegate.metrics();
    }

    @Override
    public java.util.Optional<NetBenefitBasis> netBenefit() {
      return delegate.netBenefit();
    }

    @Override
    public CbaResult evaluate(Appraisal appraisal) {
      return delegate.evaluate(appraisal);
    }
  }

  /** Declares the twenty inputs. */
  @Setup
  public void setUp() {
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder(CrisisServicePsa::model);
    CrisisServicePsa.inputs().forEach(b::input);
    analysis = b.build();
    UncertaintyAnalysis.Builder exact = UncertaintyAnalysis.builder(CrisisServicePsa::model).strategy(new ExactOnly());
    analysis.inputs().forEach(exact::input);
    pluggedIn = exact.build();
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

  /**
   * 10,000 iterations of the plugged-in strategy without a fast path.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  @Warmup(iterations = 1, time = 1)
  @Measurement(iterations = 3, time = 1)
  public PsaResult psa10kPluggedInWithoutFastPath() {
    return pluggedIn.psa(PsaSettings.builder().seed(20261123L).iterations(10_000).threads(threads).build());
  }
}
