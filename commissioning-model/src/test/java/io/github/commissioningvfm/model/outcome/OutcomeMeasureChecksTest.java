package io.github.commissioningvfm.model.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Score ranges, thresholds against the range, and the registry's contents. */
class OutcomeMeasureChecksTest {

  // WEMWBS runs from 14 to 70 (14 items scored 1 to 5), so its range spans 56 points.
  private static final OutcomeMeasure WEMWBS = StandardOutcomeMeasures.WEMWBS;

  @Test
  void aScoreIsInRangeFromTheLowestToTheHighestInclusive() {
    assertTrue(WEMWBS.inRange(14));
    assertTrue(WEMWBS.inRange(70));
    assertTrue(WEMWBS.inRange(40));
    assertFalse(WEMWBS.inRange(13.9));
    assertFalse(WEMWBS.inRange(70.1));
  }

  @Test
  void aThresholdMayReachTheSpanOfTheRangeButNotExceedIt() {
    assertEquals(56.0, WEMWBS.withReliableChange(new ChangeThreshold(56, "c")).reliableChange().orElseThrow().points());
    assertEquals(56.0, WEMWBS.withMeaningfulChange(new ChangeThreshold(56, "c")).meaningfulChange().orElseThrow()
        .points());
    assertEquals("Argument 'reliableChange' must not exceed the score range 56.0: 60.0", assertThrows(
        IllegalArgumentException.class, () -> WEMWBS.withReliableChange(new ChangeThreshold(60, "c"))).getMessage());
    assertEquals("Argument 'meaningfulChange' must not exceed the score range 56.0: 56.5", assertThrows(
        IllegalArgumentException.class, () -> WEMWBS.withMeaningfulChange(new ChangeThreshold(56.5, "c")))
        .getMessage());
  }

  @Test
  void theBuilderKeepsBothThresholds() {
    OutcomeMeasure m = OutcomeMeasure.builder("ors").name("Outcome Rating Scale").range(0, 40)
        .direction(ScoreDirection.HIGHER_IS_BETTER).rangeCitation("manual")
        .reliableChange(5, "manual, reliable").meaningfulChange(6, "manual, meaningful").build();
    assertEquals(new ChangeThreshold(5, "manual, reliable"), m.reliableChange().orElseThrow());
    assertEquals(new ChangeThreshold(6, "manual, meaningful"), m.meaningfulChange().orElseThrow());
    OutcomeMeasure replaced = m.withReliableChange(new ChangeThreshold(4, "re-analysis"));
    assertEquals(4.0, replaced.reliableChange().orElseThrow().points());
    assertEquals(m.meaningfulChange(), replaced.meaningfulChange());
  }

  @Test
  void theEmptyRegistryHoldsOnlyWhatIsAdded() {
    OutcomeMeasureRegistry empty = OutcomeMeasureRegistry.empty();
    assertEquals(List.of(), empty.ids());
    assertEquals(List.of(), empty.measures());
    OutcomeMeasureRegistry one = empty.with(WEMWBS);
    assertEquals(List.of(WEMWBS), one.measures());
    assertEquals(List.of("wemwbs"), one.ids());
    assertEquals(StandardOutcomeMeasures.SDQ_TOTAL, OutcomeMeasureRegistry.standard().measures().get(0));
  }
}
