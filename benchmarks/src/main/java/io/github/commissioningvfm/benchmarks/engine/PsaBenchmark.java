package io.github.commissioningvfm.benchmarks.engine;

import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.uncertainty.Distribution;
import io.github.commissioningvfm.vfm.uncertainty.InputValues;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaSettings;
import io.github.commissioningvfm.vfm.uncertainty.UncertainInput;
import io.github.commissioningvfm.vfm.uncertainty.UncertaintyAnalysis;
import java.util.Collections;
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
 * PSA of 10,000 iterations for a ten-year appraisal of three options (status quo and two ways of
 * funding a crisis service) with twenty uncertain inputs: four unit costs, for each funded option a
 * staff cost, four avoided volumes and a deadweight share, and a drop-off, a wellbeing value, an
 * optimism-style cost overrun and the status quo's cost. Target: under 0.5 s on two cores.
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

  private static final FinancialYear BASE = FinancialYear.parse("2024/25");
  private static final int YEARS = 10;
  private static final String[] SERVICES = {"A&E", "ambulance", "AMHT", "GP"};

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

  private static Cost pounds(double amount) {
    return new Cost(BigMoney.of(amount), BASE);
  }

  private static final Provenance[] UNIT_SOURCES = new Provenance[SERVICES.length];
  private static final String[] UNIT_INPUTS = new String[SERVICES.length];
  private static final String[] STREAMS = new String[SERVICES.length];

  static {
    for (int i = 0; i < SERVICES.length; i++) {
      UNIT_SOURCES[i] = Provenance.of("benchmark", "n/a", SERVICES[i], "");
      UNIT_INPUTS[i] = "unit " + SERVICES[i];
      STREAMS[i] = SERVICES[i] + " avoided";
    }
  }

  private static AppraisalOption funded(String name, String prefix, InputValues in) {
    AppraisalOption.Builder b = AppraisalOption.builder(name).cost(new CostStream("staff", Perspective.COMMISSIONER,
        Collections.nCopies(YEARS, pounds(in.get(prefix + "staff") * in.get("overrun")))));
    ImpactAdjustments adj = new ImpactAdjustments(Proportion.of(in.get(prefix + "deadweight")), Proportion.NONE,
        Proportion.NONE, Proportion.of(in.get("dropOff")));
    for (int i = 0; i < SERVICES.length; i++) {
      SourcedCost unit = new SourcedCost(pounds(in.get(UNIT_INPUTS[i])), UNIT_SOURCES[i]);
      b.benefit(new BenefitStream(STREAMS[i], Perspective.NHS, true, BenefitValuation.avoidedUse(
          Collections.nCopies(YEARS, in.decimal(prefix + "volume " + SERVICES[i])), unit), adj));
    }
    b.benefit(new BenefitStream("wellbeing", Perspective.SOCIETY, false, BenefitValuation.direct(
        Collections.nCopies(YEARS, pounds(in.get("wellbeing") * in.get(prefix + "volume GP"))), "benchmark"), adj));
    return b.build();
  }

  private static Appraisal model(InputValues in) {
    AppraisalOption statusQuo = AppraisalOption.builder("status quo").cost(new CostStream("existing",
        Perspective.COMMISSIONER, Collections.nCopies(YEARS, pounds(in.get("status quo cost"))))).build();
    return Appraisal.builder("benchmark").priceBase(BASE).horizon(BASE, YEARS)
        .option(funded("crisis cafe", "cafe ", in)).option(funded("phone line", "line ", in))
        .counterfactual(statusQuo).build();
  }

  /** Declares the twenty inputs. */
  @Setup
  public void setUp() {
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder(PsaBenchmark::model);
    double[] units = {300, 450, 550, 45};
    for (int i = 0; i < SERVICES.length; i++) {
      b.input(UncertainInput.of("unit " + SERVICES[i], units[i], units[i] * 0.7, units[i] * 1.3,
          Distribution.LogNormal.ofMeanSd(units[i], units[i] * 0.1)));
    }
    for (String p : List.of("cafe ", "line ")) {
      b.input(UncertainInput.of(p + "staff", 150_000, 120_000, 200_000, Distribution.Gamma.ofMeanSd(150_000, 15_000)));
      for (String s : SERVICES) {
        b.input(UncertainInput.of(p + "volume " + s, 100, 50, 150, Distribution.Gamma.ofMeanSd(100, 20)));
      }
      b.input(UncertainInput.of(p + "deadweight", 0.2, 0.1, 0.4, Distribution.Beta.ofMeanSd(0.2, 0.05)));
    }
    b.input(UncertainInput.of("dropOff", 0.1, 0, 0.3, new Distribution.Pert(0, 0.1, 0.3)));
    b.input(UncertainInput.of("wellbeing", 200, 100, 300, new Distribution.Triangular(100, 200, 300)));
    b.input(UncertainInput.of("overrun", 1.1, 1.0, 1.3, new Distribution.Uniform(1.0, 1.3)));
    b.input(UncertainInput.of("status quo cost", 20_000, 15_000, 25_000, new Distribution.Normal(20_000, 2_000)));
    analysis = b.build();
    UncertaintyAnalysis.Builder exact = UncertaintyAnalysis.builder(PsaBenchmark::model).strategy(new ExactOnly());
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
