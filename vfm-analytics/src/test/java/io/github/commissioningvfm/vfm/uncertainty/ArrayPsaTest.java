package io.github.commissioningvfm.vfm.uncertainty;

import static io.github.commissioningvfm.vfm.uncertainty.ArrayPsaProperties.ARRAYS;
import static io.github.commissioningvfm.vfm.uncertainty.ArrayPsaProperties.analysis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import io.github.commissioningvfm.vfm.cba.CbaStrategy;
import io.github.commissioningvfm.vfm.cba.OptimismBias;
import io.github.commissioningvfm.vfm.roi.RoiStrategy;
import io.github.commissioningvfm.vfm.spi.AppraisalArrays;
import io.github.commissioningvfm.vfm.spi.FastHeadlines;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Examples of the PSA's array and fast paths: for fixed seeds and inputs they give the figures of the
 * exact path (the {@code *Properties} classes check the same over many seeds and inputs).
 */
class ArrayPsaTest {

  @Test
  void arrayPathAgreesWithExactEvaluationForFixedSeeds() {
    UncertaintyAnalysis fast = ArrayPsaProperties.analysis(ArrayPsaProperties.ARRAYS);
    UncertaintyAnalysis exact = ArrayPsaProperties.analysis(ArrayPsaProperties::build);
    List<VfmStrategy<?>> strategies = ArrayPsaProperties.STRATEGIES;
    List<VfmStrategy<?>> exactOnly = strategies.stream().<VfmStrategy<?>>map(ArrayPsaProperties.ExactOnly::new)
        .toList();
    for (long seed : new long[] {20251205L, -7L}) {
      for (int threads = 1; threads <= 2; threads++) {
        PsaSettings settings = PsaSettings.builder().seed(seed).iterations(40).threads(threads).build();
        List<PsaResult> a = fast.psa(settings, strategies);
        List<PsaResult> b = exact.psa(settings, exactOnly);
        for (int s = 0; s < strategies.size(); s++) {
          assertEquals(b.get(s).draws().size(), a.get(s).draws().size());
          for (int d = 0; d < a.get(s).draws().size(); d++) {
            PsaDraws x = a.get(s).draws().get(d);
            PsaDraws y = b.get(s).draws().get(d);
            assertEquals(List.of(y.option(), y.metric()), List.of(x.option(), x.metric()));
            assertEquals(java.util.Arrays.toString(y.defined()), java.util.Arrays.toString(x.defined()));
            double[] xv = x.values();
            double[] yv = y.values();
            for (int i = 0; i < xv.length; i++) {
              assertEquals(yv[i], xv[i], 1e-9 * Math.max(1, Math.abs(yv[i])), x + " iteration " + i);
            }
          }
          assertEquals(b.get(s).summaries().size(), a.get(s).summaries().size());
        }
      }
    }
  }

  @Test
  void severalStrategiesTogetherGiveWhatEachGivesAloneOnBothPaths() {
    for (AppraisalModel model : List.<AppraisalModel>of(ArrayPsaProperties.ARRAYS, ArrayPsaProperties::build)) {
      UncertaintyAnalysis ua = ArrayPsaProperties.analysis(model);
      PsaSettings settings = PsaSettings.builder().seed(99).iterations(150).threads(2).build();
      List<PsaResult> together = ua.psa(settings, ArrayPsaProperties.STRATEGIES);
      for (int s = 0; s < ArrayPsaProperties.STRATEGIES.size(); s++) {
        UncertaintyAnalysis.Builder alone = UncertaintyAnalysis.builder(model)
            .strategy(ArrayPsaProperties.STRATEGIES.get(s));
        ua.inputs().forEach(alone::input);
        assertEquals(alone.build().psa(settings), together.get(s));
      }
    }
  }

  @Test
  void sameSeedIsIdenticalOnOneAndThreeThreads() {
    UncertaintyAnalysis ua = Models.serviceAnalysis();
    PsaResult one = ua.psa(PsaSettings.builder().seed(5).iterations(300).threads(1).build());
    PsaResult three = ua.psa(PsaSettings.builder().seed(5).iterations(300).threads(3).build());
    assertEquals(one.summaries(), three.summaries());
    assertEquals(one.draws(), three.draws());
    assertEquals(one.acceptability(), three.acceptability());
  }

  @Test
  void fastPathMatchesExactStrategiesAtFixedInputs() {
    CbaStrategy cba = CbaStrategy.greenBook().withOptimismBias(OptimismBias.ofPercent("24", "test"));
    RoiStrategy roi = RoiStrategy.undiscounted();
    UncertaintyAnalysis ua = FastPathProperties.fixedInputs();
    UncertaintyAnalysis cbaPath = FastPathProperties.rebuild(ua, cba);
    UncertaintyAnalysis roiPath = FastPathProperties.rebuild(ua, roi);
    double[][] cases = {{250, 0.2, 10, 1000}, {1, 0, 0, 0}, {4999, 0.9, 90, 20_000}, {600, 0.5, 35, 150}};
    for (double[] c : cases) {
      InputValues in = ua.baseValues().with("unit", c[0]).with("deadweight", c[1]).with("dropOff", c[2] / 100)
          .with("cost", c[3]).with("volume", (c[3] * 7) % 50);
      Appraisal a = FastPathProperties.model(in);
      assertTrue(FastPathProperties.agree(cba, cbaPath, a, in), "CBA at " + java.util.Arrays.toString(c));
      assertTrue(FastPathProperties.agree(roi, roiPath, a, in), "ROI at " + java.util.Arrays.toString(c));
    }
  }

  @Test
  void exactOptionsMatchArraysWrittenFromTheAppraisal() {
    UncertaintyAnalysis ua = analysis(ARRAYS);
    Appraisal base = ua.baseCase();
    AppraisalArrays fromAppraisal = AppraisalArrays.shapedLike(base).write(base);
    // hub: staff 20,000 (commissioner) and housing 2,000 (local authority) a year
    assertEquals(20_000, fromAppraisal.cost(1, Perspective.COMMISSIONER, 3), 1e-9);
    assertEquals(22_000, fromAppraisal.presentCosts(1, Perspective.SOCIETY, new double[] {1, 0, 0, 0, 0, 0}), 1e-9);
    // avoided use 40 x 300 x (1 - 0.2) x (1 - 0.1) x 0.9^2 in year 2, all cashable
    double avoided = 40 * 300 * 0.8 * 0.9 * 0.81;
    assertEquals(avoided, fromAppraisal.benefit(1, Perspective.NHS, 2, true), 1e-6);
    assertEquals(avoided + 4000 * 0.8 * 0.9 * 0.81,
        fromAppraisal.presentBenefits(1, Perspective.SOCIETY, new double[] {0, 0, 1, 0, 0, 0}, false), 1e-6);
    assertEquals("AppraisalArrays[3 options (counterfactual first) x 6 years]", fromAppraisal.toString());
  }

  @Test
  void aWriterThatDisagreesWithBuildIsRefused() {
    ArrayAppraisalModel wrong = new ArrayAppraisalModel() {
      @Override
      public Appraisal build(InputValues inputs) {
        return ArrayPsaProperties.build(inputs);
      }

      @Override
      public Writer arrayWriter(List<String> names) {
        Writer right = ARRAYS.arrayWriter(names);
        return (x, flows) -> {
          right.write(x, flows);
          flows.addCost(0, Perspective.NHS, 1, 1);
        };
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> analysis(wrong).psa(PsaSettings.builder().seed(1).iterations(10).build()));
    assertEquals("The model's array writer disagrees with its build() at the base values: option 0 (0 is the "
        + "counterfactual), costs borne by NHS, year 1: 5001.0 where build() gives 5000.0", e.getMessage());
  }

  @Test
  void strategiesGivenTwiceAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analysis(ARRAYS)
        .psa(PsaSettings.builder().seed(1).iterations(10).build(), List.of(RoiStrategy.undiscounted(),
            RoiStrategy.undiscounted())));
    assertEquals("Strategy 'roi' is given twice; give each strategy once", e.getMessage());
  }

  @Test
  void bothBuiltInsOfferTheFastPath() {
    assertTrue(CbaStrategy.greenBook() instanceof FastHeadlines);
    assertTrue(RoiStrategy.undiscounted() instanceof FastHeadlines);
  }

  @Test
  void counterfactualHasNoMetric() {
    UncertaintyAnalysis ua = Models.serviceAnalysis();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ua.figure(ua.baseValues(), "status quo", CbaStrategy.NPSV));
    assertEquals(
        "Option 'status quo' is the counterfactual: it has no NPSV against itself", e.getMessage());
    assertEquals(List.of("cost", "volume"),
        ua.inputs().stream().map(UncertainInput::name).toList());
  }
}
