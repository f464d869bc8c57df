package io.github.commissioningvfm.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeMeasureTest {

  @Test
  void standardRangesAndDirectionsMatchTheirSources() {
    // Goodman 1997: four problem subscales of 0-10 -> total 0-40, higher = more difficulties.
    assertEquals(0, StandardOutcomeMeasures.SDQ_TOTAL.minScore());
    assertEquals(4 * 10, StandardOutcomeMeasures.SDQ_TOTAL.maxScore());
    assertEquals(ScoreDirection.LOWER_IS_BETTER, StandardOutcomeMeasures.SDQ_TOTAL.direction());
    // Warwick: 14 items scored 1-5 -> 14..70, higher = better wellbeing.
    assertEquals(14 * 1, StandardOutcomeMeasures.WEMWBS.minScore());
    assertEquals(14 * 5, StandardOutcomeMeasures.WEMWBS.maxScore());
    assertEquals(ScoreDirection.HIGHER_IS_BETTER, StandardOutcomeMeasures.WEMWBS.direction());
    assertEquals(7 * 1, StandardOutcomeMeasures.SWEMWBS.minScore());
    assertEquals(7 * 5, StandardOutcomeMeasures.SWEMWBS.maxScore());
    // Kroenke 2001: nine items 0-3 -> 0..27.
    assertEquals(9 * 3, StandardOutcomeMeasures.PHQ9.maxScore());
    // Spitzer 2006: seven items 0-3 -> 0..21.
    assertEquals(7 * 3, StandardOutcomeMeasures.GAD7.maxScore());
    // Barkham 2013: ten items 0-4 -> 0..40.
    assertEquals(10 * 4, StandardOutcomeMeasures.CORE10.maxScore());
    // Keetharuth 2018: ten items 0-4 -> 0..40, 4 = best.
    assertEquals(10 * 4, StandardOutcomeMeasures.REQOL10.maxScore());
    assertEquals(ScoreDirection.HIGHER_IS_BETTER, StandardOutcomeMeasures.REQOL10.direction());
  }

  @Test
  void verifiedThresholdsMatchTheirSources() {
    // NHS Talking Therapies (IAPT) manual: reliable improvement PHQ-9 >= 6, GAD-7 >= 4.
    assertEquals(6.0, StandardOutcomeMeasures.PHQ9.reliableChange().orElseThrow().points());
    assertEquals(4.0, StandardOutcomeMeasures.GAD7.reliableChange().orElseThrow().points());
    // Shah et al. 2018, HQLO 16:239: 2.77 SEM = 2.87 points on SWEMWBS, with 1 SEM = 1.03 points;
    // 2.77 is 1.96 * sqrt(2), the Jacobson-Truax reliable change multiplier.
    assertEquals(2.77, 1.96 * Math.sqrt(2), 0.005);
    assertEquals(2.87, StandardOutcomeMeasures.SWEMWBS.reliableChange().orElseThrow().points());
    assertEquals(2.77 * 1.03, StandardOutcomeMeasures.SWEMWBS.reliableChange().orElseThrow().points(), 0.02);
  }

  @Test
  void unverifiedThresholdsAreAbsentNotGuessed() {
    assertTrue(StandardOutcomeMeasures.SDQ_TOTAL.meaningfulChange().isEmpty());
    assertTrue(StandardOutcomeMeasures.SDQ_TOTAL.reliableChange().isEmpty());
    assertTrue(StandardOutcomeMeasures.WEMWBS.reliableChange().isEmpty());
    assertTrue(StandardOutcomeMeasures.CORE10.reliableChange().isEmpty());
    assertTrue(StandardOutcomeMeasures.REQOL10.reliableChange().isEmpty());
  }

  @Test
  void orientationMakesImprovementPositive() {
    // SDQ 20 -> 14: six points fewer difficulties = +6 improvement.
    assertEquals(20 - 14, StandardOutcomeMeasures.SDQ_TOTAL.improvement(20, 14));
    // WEMWBS 40 -> 46: six points more wellbeing = +6 improvement.
    assertEquals(46 - 40, StandardOutcomeMeasures.WEMWBS.improvement(40, 46));
    assertEquals(-3.0, StandardOutcomeMeasures.PHQ9.improvement(10, 13));
  }

  @Test
  void thresholdClassifiesImprovementAndDeterioration() {
    ChangeThreshold t = StandardOutcomeMeasures.PHQ9.reliableChange().orElseThrow();
    assertTrue(t.isImprovement(6));
    assertFalse(t.isImprovement(5.9));
    assertTrue(t.isDeterioration(-6));
    assertFalse(t.isDeterioration(-5));
  }

  @Test
  void analystCanAdoptAThresholdWithItsOwnCitation() {
    OutcomeMeasure sdq = StandardOutcomeMeasures.SDQ_TOTAL
        .withMeaningfulChange(new ChangeThreshold(2.86, "as adopted by the service's evaluation"));
    assertEquals(2.86, sdq.meaningfulChange().orElseThrow().points());
    assertEquals("sdq-total", sdq.id());
  }

  @Test
  void registryHoldsStandardMeasuresAndRejectsDuplicates() {
    OutcomeMeasureRegistry standard = OutcomeMeasureRegistry.standard();
    assertEquals(List.of("sdq-total", "wemwbs", "swemwbs", "phq-9", "gad-7", "core-10", "reqol-10"), standard.ids());
    assertEquals(StandardOutcomeMeasures.GAD7, standard.get("gad-7"));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> standard.get("bdi"));
    assertEquals("Unknown outcome measure 'bdi'; registered: "
        + "[sdq-total, wemwbs, swemwbs, phq-9, gad-7, core-10, reqol-10]", unknown.getMessage());
    OutcomeMeasure own = OutcomeMeasure.builder("ors").name("Outcome Rating Scale").range(0, 40)
        .direction(ScoreDirection.HIGHER_IS_BETTER).rangeCitation("provider's manual").build();
    OutcomeMeasureRegistry extended = standard.with(own);
    assertEquals(own, extended.find("ors").orElseThrow());
    assertTrue(standard.find("ors").isEmpty());
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> extended.with(own));
    assertEquals("Outcome measure id 'ors' is already registered (Outcome Rating Scale); "
        + "cannot register 'Outcome Rating Scale'", dup.getMessage());
  }

  @Test
  void badMeasuresAreRejectedWithNamedFields() {
    IllegalArgumentException noDirection = assertThrows(IllegalArgumentException.class,
        () -> OutcomeMeasure.builder("x").name("X").range(0, 10).rangeCitation("c").build());
    assertEquals("Argument 'direction' of measure 'x' must be declared (LOWER_IS_BETTER or HIGHER_IS_BETTER): unknown",
        noDirection.getMessage());
    IllegalArgumentException badRange = assertThrows(IllegalArgumentException.class,
        () -> OutcomeMeasure.builder("x").name("X").range(10, 10).direction(ScoreDirection.LOWER_IS_BETTER)
            .rangeCitation("c").build());
    assertEquals("Argument 'maxScore' must be greater than minScore 10.0: 10.0", badRange.getMessage());
    IllegalArgumentException bigThreshold = assertThrows(IllegalArgumentException.class,
        () -> StandardOutcomeMeasures.GAD7.withReliableChange(new ChangeThreshold(30, "c")));
    assertEquals("Argument 'reliableChange' must not exceed the score range 21.0: 30.0", bigThreshold.getMessage());
  }
}
