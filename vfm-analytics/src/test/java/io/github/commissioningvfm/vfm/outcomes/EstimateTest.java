package io.github.commissioningvfm.vfm.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.spi.Figure;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EstimateTest {

  private static final Interval CI = new Interval(2.5, 3.5, 0.95, "Student t interval, n = 5");

  @Test
  void toStringShowsTheValueTheIntervalAndTheDefinition() {
    Estimate e = Estimate.of("mean improvement", "mean of baseline - follow-up", "points", 3).withInterval(CI);
    assertEquals("mean improvement = 3.000 points, 95% Student t interval, n = 5 [2.500, 3.500];"
        + " mean of baseline - follow-up", e.toString());
  }

  @Test
  void toStringWithoutAnIntervalHasNoIntervalPart() {
    assertEquals("mean improvement = 3.000 points; mean of baseline - follow-up",
        Estimate.of("mean improvement", "mean of baseline - follow-up", "points", 3).toString());
  }

  @Test
  void aFigureOtherThanAQuantityOrUndefinedIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Estimate("participants", "count", "people", new Figure.Count(12), Optional.empty()));
    assertEquals("Argument 'value' must be a quantity or undefined: 12", e.getMessage());
  }

  @Test
  void anUndefinedValueCannotCarryAnIntervalThroughTheConstructor() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Estimate("ratio", "a / b", "", new Figure.Undefined("b is zero"), Optional.of(CI)));
    assertEquals("Argument 'interval' must be absent when the value is: Optional[" + CI + "]", e.getMessage());
  }

  @Test
  void anUndefinedValueCannotCarryAnIntervalThroughWithInterval() {
    Estimate u = Estimate.undefined("ratio", "a / b", "", "b is zero");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> u.withInterval(CI));
    assertEquals("Estimate 'ratio' is undefined: b is zero; it cannot carry an interval", e.getMessage());
  }

  @Test
  void valueOrThrowOfAnUndefinedEstimateGivesTheReason() {
    Estimate u = Estimate.undefined("ratio", "a / b", "", "b is zero");
    IllegalStateException e = assertThrows(IllegalStateException.class, u::valueOrThrow);
    assertEquals("Estimate 'ratio' is undefined: b is zero", e.getMessage());
    assertEquals(Optional.of("b is zero"), u.undefinedBecause());
    assertEquals(Optional.empty(), Estimate.of("ratio", "a / b", "", 0.5).undefinedBecause());
  }
}
