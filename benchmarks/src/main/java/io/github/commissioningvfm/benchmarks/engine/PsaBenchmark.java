package io.github.commissioningvfm.benchmarks.engine;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
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
 * <ul>
 *   <li>{@link #psa10k}: the generic path users get, {@code UncertaintyAnalysis.psa} of a plain
 *       {@code AppraisalModel} (an {@code Appraisal} built per iteration) with the built-in
 *       cost-benefit strategy, whose fast path ({@code FastHeadlines}) evaluates the appraisal's
 *       flows as arrays;</li>
 *   <li>{@link #psa10kArrays}: the same with an {@code ArrayAppraisalModel}, which writes the flows
 *       straight into arrays, so no appraisal, decimal or boxed value is made per iteration;</li>
 *   <li>{@link #psa10kTwoStrategies}: one PSA of the cost-benefit and ROI strategies from the same
 *       draws, as the peer comparison runs it;</li>
 *   <li>{@link #psa10kPluggedInWithoutFastPath}: a plugged-in strategy that has no fast path, so
 *       every iteration is an exact evaluation of a built appraisal.</li>
 * </ul>
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
  private UncertaintyAnalysis arrays;
  private List<VfmStrategy<?>> twoStrategies;

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
    UncertaintyAnalysis.Builder a = UncertaintyAnalysis.builder(CrisisServicePsa.ARRAYS);
    analysis.inputs().forEach(a::input);
    arrays = a.build();
    twoStrategies = List.of(CbaStrategy.greenBook(), RoiStrategy.undiscounted());
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
   * 10,000 iterations, the model writing arrays.
   *
   * @return the result (consumed by JMH)
   */
  @Benchmark
  public PsaResult psa10kArrays() {
    return arrays.psa(PsaSettings.builder().seed(20261123L).iterations(10_000).threads(threads).build());
  }

  /**
   * 10,000 iterations of two strategies from the same draws, the model writing arrays.
   *
   * @return the results (consumed by JMH)
   */
  @Benchmark
  public List<PsaResult> psa10kTwoStrategies() {
    return arrays.psa(PsaSettings.builder().seed(20261123L).iterations(10_000).threads(threads).build(),
        twoStrategies);
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
