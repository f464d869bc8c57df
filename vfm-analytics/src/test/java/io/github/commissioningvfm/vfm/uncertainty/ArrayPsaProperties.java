package io.github.commissioningvfm.vfm.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.appraisal.CostStream;
import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.ImpactAdjustments;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.AppraisalArrays;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.NetBenefitBasis;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The PSA's array path (a model writing {@link AppraisalArrays}, strategies evaluating them through
 * {@code FastHeadlines}) gives, draw by draw, the figures of the exact path (an {@code Appraisal} per
 * iteration, each strategy's {@code evaluate}); several strategies from one set of draws give exactly
 * what each gives alone.
 */
class ArrayPsaProperties {

  private static final int YEARS = 6;
  private static final String[] OPTIONS = {"hub", "outreach"};

  /** Two funded options and a status quo, flows on four parties, cashable and not. */
  static Appraisal build(InputValues in) {
    SourcedCost unit = new SourcedCost(Models.pounds(in.get("unit")), Provenance.of("NCC", "2023/24", "X", ""));
    Appraisal.Builder b = Appraisal.builder("arrays").priceBase(Fixtures.BASE).horizon(Fixtures.BASE, YEARS);
    for (String o : OPTIONS) {
      ImpactAdjustments adj = new ImpactAdjustments(Proportion.of(in.get(o + " deadweight")), Proportion.of("0.1"),
          Proportion.NONE, Proportion.of(in.get("dropOff")));
      b.option(AppraisalOption.builder(o)
          .cost(new CostStream("staff", Perspective.COMMISSIONER,
              Collections.nCopies(YEARS, Models.pounds(in.get(o + " cost")))))
          .cost(new CostStream("housing", Perspective.LOCAL_AUTHORITY,
              Collections.nCopies(YEARS, Models.pounds(in.get("housing")))))
          .benefit(new BenefitStream("avoided", Perspective.NHS, true,
              BenefitValuation.avoidedUse(Collections.nCopies(YEARS, in.decimal(o + " volume")), unit), adj))
          .benefit(new BenefitStream("wellbeing", Perspective.SOCIETY, false,
              BenefitValuation.direct(Collections.nCopies(YEARS, Models.pounds(in.get("wellbeing"))), "x"), adj))
          .build());
    }
    return b.counterfactual(AppraisalOption.builder("status quo").cost(new CostStream("old", Perspective.NHS,
        Collections.nCopies(YEARS, Models.pounds(in.get("sq"))))).build()).build();
  }

  /** The same model, also writing its flows as arrays. */
  static final ArrayAppraisalModel ARRAYS = new ArrayAppraisalModel() {
    @Override
    public Appraisal build(InputValues inputs) {
      return ArrayPsaProperties.build(inputs);
    }

    @Override
    public Writer arrayWriter(List<String> names) {
      int unit = names.indexOf("unit");
      int dropOff = names.indexOf("dropOff");
      int housing = names.indexOf("housing");
      int wellbeing = names.indexOf("wellbeing");
      int sq = names.indexOf("sq");
      int[][] own = new int[OPTIONS.length][];
      for (int p = 0; p < OPTIONS.length; p++) {
        own[p] = new int[] {names.indexOf(OPTIONS[p] + " cost"), names.indexOf(OPTIONS[p] + " volume"),
            names.indexOf(OPTIONS[p] + " deadweight")};
      }
      return (x, flows) -> {
        for (int p = 0; p < OPTIONS.length; p++) {
          double factor = (1 - x[own[p][2]]) * 0.9;
          for (int t = 0; t < YEARS; t++) {
            flows.addCost(p + 1, Perspective.COMMISSIONER, t, x[own[p][0]]);
            flows.addCost(p + 1, Perspective.LOCAL_AUTHORITY, t, x[housing]);
            flows.addBenefit(p + 1, Perspective.NHS, true, t, x[own[p][1]] * x[unit] * factor);
            flows.addBenefit(p + 1, Perspective.SOCIETY, false, t, x[wellbeing] * factor);
            factor *= 1 - x[dropOff];
          }
        }
        for (int t = 0; t < YEARS; t++) {
          flows.addCost(0, Perspective.NHS, t, x[sq]);
        }
      };
    }
  };

  /** A strategy's figures without its fast path, as a plugged-in strategy without one is evaluated. */
  record ExactOnly<R extends VfmResult>(VfmStrategy<R> delegate) implements VfmStrategy<R> {
    @Override
    public String id() {
      return delegate.id();
    }

    @Override
    public String description() {
      return delegate.description();
    }

    @Override
    public Class<R> resultType() {
      return delegate.resultType();
    }

    @Override
    public List<Metric<?>> metrics() {
      return delegate.metrics();
    }

    @Override
    public Optional<NetBenefitBasis> netBenefit() {
      return delegate.netBenefit();
    }

    @Override
    public R evaluate(Appraisal appraisal) {
      return delegate.evaluate(appraisal);
    }
  }

  static UncertaintyAnalysis analysis(AppraisalModel model) {
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder(model)
        .input(UncertainInput.of("unit", 300, 200, 400, Distribution.LogNormal.ofMeanSd(300, 60)))
        .input(UncertainInput.of("dropOff", 0.1, 0, 0.3, new Distribution.Pert(0, 0.1, 0.3)))
        .input(UncertainInput.of("housing", 2000, 1000, 3000, new Distribution.Uniform(1000, 3000)))
        .input(UncertainInput.of("wellbeing", 4000, 1000, 9000, new Distribution.Triangular(1000, 4000, 9000)))
        .input(UncertainInput.of("sq", 5000, 4000, 6000, new Distribution.Normal(5000, 800)));
    for (String o : OPTIONS) {
      b.input(UncertainInput.of(o + " cost", 20_000, 15_000, 30_000, Distribution.Gamma.ofMeanSd(20_000, 6_000)))
          .input(UncertainInput.of(o + " volume", 40, 20, 60, Distribution.Gamma.ofMeanSd(40, 15)))
          .input(UncertainInput.of(o + " deadweight", 0.2, 0.1, 0.4, Distribution.Beta.ofMeanSd(0.2, 0.08)));
    }
    return b.build();
  }

  static final List<VfmStrategy<?>> STRATEGIES = List.of(
      CbaStrategy.greenBook().withOptimismBias(OptimismBias.ofPercent("24", "test")),
      CbaStrategy.greenBook().withId("cba-nhs").withPerspective(Perspective.NHS),
      RoiStrategy.undiscounted());

  @Test
  void arrayPathAgreesWithExactEvaluationDrawByDraw() {
    UncertaintyAnalysis fast = analysis(ARRAYS);
    UncertaintyAnalysis exact = analysis(ArrayPsaProperties::build);
    List<VfmStrategy<?>> exactOnly = STRATEGIES.stream().<VfmStrategy<?>>map(ExactOnly::new).toList();
    qt().withExamples(8).forAll(longs().all(), integers().between(1, 3))
        .checkAssert((seed, threads) -> {
          PsaSettings settings = PsaSettings.builder().seed(seed).iterations(40).threads(threads).build();
          List<PsaResult> a = fast.psa(settings, STRATEGIES);
          List<PsaResult> b = exact.psa(settings, exactOnly);
          for (int s = 0; s < STRATEGIES.size(); s++) {
            for (int d = 0; d < a.get(s).draws().size(); d++) {
              PsaDraws x = a.get(s).draws().get(d);
              PsaDraws y = b.get(s).draws().get(d);
              assertEquals(List.of(y.option(), y.metric()), List.of(x.option(), x.metric()));
              assertEquals(java.util.Arrays.toString(y.defined()), java.util.Arrays.toString(x.defined()),
                  x.toString());
              double[] xv = x.values();
              double[] yv = y.values();
              for (int i = 0; i < xv.length; i++) {
                assertEquals(yv[i], xv[i], 1e-9 * Math.max(1, Math.abs(yv[i])), x + " iteration " + i);
              }
            }
          }
        });
  }

  @Test
  void severalStrategiesFromOneSetOfDrawsGiveWhatEachGivesAlone() {
    qt().withExamples(5).forAll(longs().all(), integers().between(1, 3), integers().between(0, 1))
        .checkAssert((seed, threads, arrays) -> {
          UncertaintyAnalysis ua = analysis(arrays == 1 ? ARRAYS : ArrayPsaProperties::build);
          PsaSettings settings = PsaSettings.builder().seed(seed).iterations(150).threads(threads).build();
          List<PsaResult> together = ua.psa(settings, STRATEGIES);
          for (int s = 0; s < STRATEGIES.size(); s++) {
            UncertaintyAnalysis.Builder alone = UncertaintyAnalysis.builder(arrays == 1 ? ARRAYS
                : ArrayPsaProperties::build).strategy(STRATEGIES.get(s));
            ua.inputs().forEach(alone::input);
            assertEquals(alone.build().psa(settings), together.get(s));
          }
        });
  }
}
