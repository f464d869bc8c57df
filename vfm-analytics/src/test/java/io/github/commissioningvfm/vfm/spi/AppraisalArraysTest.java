package io.github.commissioningvfm.vfm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.appraisal.Fixtures;
import io.github.commissioningvfm.vfm.appraisal.Perspective;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppraisalArraysTest {

  /** Discount factors 1, 1/2, 1/4: exact in binary, so every present value below is exact. */
  private static final double[] HALVING = {1, 0.5, 0.25};

  @Test
  void theSmallestShapeIsAccepted() {
    AppraisalArrays a = AppraisalArrays.of(1, 1, List.of());
    assertEquals(1, a.alternatives());
    assertEquals(1, a.years());
    assertEquals(List.of(), a.effectMeasures());
    assertEquals("AppraisalArrays[2 options (counterfactual first) x 1 years]", a.toString());
  }

  @Test
  void noAlternativeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppraisalArrays.of(0, 3, List.of()));
    assertEquals("Argument 'alternatives' must be at least 1: 0", e.getMessage());
  }

  @Test
  void noYearIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppraisalArrays.of(1, 0, List.of()));
    assertEquals("Argument 'years' must be at least 1: 0", e.getMessage());
  }

  @Test
  void aRepeatedEffectMeasureIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AppraisalArrays.of(1, 2, List.of("WEMWBS", "WEMWBS")));
    assertEquals("Argument 'effectMeasures' must be distinct: [WEMWBS, WEMWBS]", e.getMessage());
  }

  @Test
  void effectMeasuresAreIndexedInOrder() {
    AppraisalArrays a = AppraisalArrays.of(2, 3, List.of("recovery", "WEMWBS"));
    assertEquals(List.of("recovery", "WEMWBS"), a.effectMeasures());
    assertEquals(0, a.effectIndex("recovery"));
    assertEquals(1, a.effectIndex("WEMWBS"));
    assertEquals("AppraisalArrays[3 options (counterfactual first) x 3 years, effects [recovery, WEMWBS]]",
        a.toString());
  }

  @Test
  void anUnknownEffectMeasureListsTheMeasures() {
    AppraisalArrays a = AppraisalArrays.of(1, 1, List.of("recovery", "WEMWBS"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.effectIndex("QALY"));
    assertEquals("No effect measure 'QALY'; the measures are [recovery, WEMWBS]", e.getMessage());
  }

  @Test
  void everyEffectCellIsItsOwn() {
    // 3 options x 2 measures x 3 years: cell (o, m, t) holds 100 o + 10 m + t + 1, written in two halves
    AppraisalArrays a = AppraisalArrays.of(2, 3, List.of("recovery", "WEMWBS"));
    for (int o = 0; o < 3; o++) {
      for (int m = 0; m < 2; m++) {
        for (int t = 0; t < 3; t++) {
          double value = 100 * o + 10 * m + t + 1;
          a.addEffect(o, m, t, value / 4);
          a.addEffect(o, m, t, 3 * value / 4);
        }
      }
    }
    for (int o = 0; o < 3; o++) {
      for (int m = 0; m < 2; m++) {
        for (int t = 0; t < 3; t++) {
          assertEquals(100 * o + 10 * m + t + 1, a.effect(o, m, t), "option " + o + ", measure " + m + ", year " + t);
        }
      }
    }
    // 1 x 1 + 2 x 0.5 + 3 x 0.25 and 211 x 1 + 212 x 0.5 + 213 x 0.25
    assertEquals(2.75, a.presentEffect(0, 0, HALVING));
    assertEquals(370.25, a.presentEffect(2, 1, HALVING));
    // 111 + 56 + 28.25
    assertEquals(195.25, a.presentEffect(1, 1, HALVING));
  }

  @Test
  void cashableBenefitsAreAPartOfAllBenefits() {
    AppraisalArrays a = AppraisalArrays.of(1, 3, List.of());
    a.addBenefit(1, Perspective.NHS, true, 2, 40);
    a.addBenefit(1, Perspective.NHS, false, 2, 60);
    assertEquals(100, a.benefit(1, Perspective.NHS, 2, false));
    assertEquals(40, a.benefit(1, Perspective.NHS, 2, true));
    // 100 x 0.25 and 40 x 0.25
    assertEquals(25, a.presentBenefits(1, Perspective.SOCIETY, HALVING, false));
    assertEquals(10, a.presentBenefits(1, Perspective.SOCIETY, HALVING, true));
  }

  @Test
  void clearEmptiesEveryWrittenRow() {
    AppraisalArrays a = AppraisalArrays.of(1, 3, List.of("recovery", "WEMWBS"));
    for (int t = 0; t < 3; t++) {
      a.addCost(1, Perspective.LOCAL_AUTHORITY, t, 100);
      a.addBenefit(1, Perspective.NHS, true, t, 30);
      a.addBenefit(1, Perspective.SOCIETY, false, t, 20);
      a.addEffect(1, 1, t, 4);
    }
    a.clear();
    for (int o = 0; o < 2; o++) {
      for (Perspective p : Perspective.values()) {
        for (int t = 0; t < 3; t++) {
          String cell = "option " + o + ", " + p + ", year " + t;
          assertEquals(0, a.cost(o, p, t), cell);
          assertEquals(0, a.benefit(o, p, t, false), cell);
          assertEquals(0, a.benefit(o, p, t, true), cell);
        }
      }
      for (int m = 0; m < 2; m++) {
        for (int t = 0; t < 3; t++) {
          assertEquals(0, a.effect(o, m, t), "option " + o + ", measure " + m + ", year " + t);
        }
      }
    }
    // a cleared row takes new flows from zero
    a.addEffect(1, 1, 2, 8);
    a.addBenefit(1, Perspective.NHS, true, 2, 12);
    assertEquals(8, a.effect(1, 1, 2));
    assertEquals(2, a.presentEffect(1, 1, HALVING));
    assertEquals(3, a.presentBenefits(1, Perspective.NHS, HALVING, true));
  }

  @Test
  void shapedLikeTakesEveryEffectMeasure() {
    AppraisalArrays a = AppraisalArrays.shapedLike(Fixtures.withEffects());
    assertEquals(1, a.alternatives());
    assertEquals(2, a.years());
    assertEquals(List.of("reliable improvement"), a.effectMeasures());
  }

  @Test
  void writeCopiesTheEffectStreams() {
    // Fixtures.withEffects: the service gives 4 improvements a year, the status quo 1, over two years
    AppraisalArrays a = AppraisalArrays.shapedLike(Fixtures.withEffects()).write(Fixtures.withEffects());
    assertEquals(1, a.effect(0, 0, 0));
    assertEquals(1, a.effect(0, 0, 1));
    assertEquals(4, a.effect(1, 0, 0));
    assertEquals(4, a.effect(1, 0, 1));
    // 4 + 4 x 0.5 and 1 + 1 x 0.5
    assertEquals(6, a.presentEffect(1, 0, new double[] {1, 0.5}));
    assertEquals(1.5, a.presentEffect(0, 0, new double[] {1, 0.5}));
    // costs 100 and 20 a year to the commissioner
    assertEquals(150, a.presentCosts(1, Perspective.COMMISSIONER, new double[] {1, 0.5}));
    assertEquals(30, a.presentCosts(0, Perspective.COMMISSIONER, new double[] {1, 0.5}));
  }

  @Test
  void writingAgainReplacesTheEffects() {
    AppraisalArrays a = AppraisalArrays.shapedLike(Fixtures.withEffects());
    a.addEffect(1, 0, 1, 50);
    a.write(Fixtures.withEffects()).write(Fixtures.withEffects());
    assertEquals(4, a.effect(1, 0, 1));
  }
}
