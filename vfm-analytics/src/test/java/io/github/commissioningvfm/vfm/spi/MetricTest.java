package io.github.commissioningvfm.vfm.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MetricTest {

  @Test
  void theFactoriesSetTheTypeAndUnit() {
    assertEquals(new Metric<>("npv", "NPV", "PV benefits - PV costs", Figure.Amount.class, "", 0),
        Metric.amount("npv", "NPV", "PV benefits - PV costs", 0));
    assertEquals(new Metric<>("bcr", "BCR", "PV benefits / PV costs", Figure.Ratio.class, "", 1),
        Metric.ratio("bcr", "BCR", "PV benefits / PV costs", 1));
    assertEquals(new Metric<>("wellby", "WELLBYs", "life satisfaction points x years", Figure.Quantity.class,
        "WELLBYs", 0), Metric.quantity("wellby", "WELLBYs", "life satisfaction points x years", "WELLBYs", 0));
  }

  @Test
  void eachTypeHasItsKind() {
    assertEquals(Figure.Kind.AMOUNT, Metric.amount("a", "a", "a", 0).kind());
    assertEquals(Figure.Kind.RATIO, Metric.ratio("r", "r", "r", 1).kind());
    assertEquals(Figure.Kind.QUANTITY, Metric.quantity("q", "q", "q", "people", 0).kind());
    assertEquals(Figure.Kind.SHARE, new Metric<>("s", "s", "s", Figure.Share.class, "", 0.5).kind());
    assertEquals(Figure.Kind.COUNT, new Metric<>("c", "c", "c", Figure.Count.class, "", 0).kind());
  }

  @Test
  void anUndefinedTypeIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Metric<>("u", "u", "u", Figure.Undefined.class, "", 0));
    assertEquals("Argument 'type' must be a kind of defined figure: Undefined", e.getMessage());
  }

  @Test
  void checkTakesItsTypeOrUndefinedOnly() {
    Metric<Figure.Ratio> bcr = Metric.ratio("bcr", "BCR", "PV benefits / PV costs", 1);
    Figure ratio = new Figure.Ratio(new BigDecimal("1.5"));
    Figure undefined = new Figure.Undefined("the PV costs are zero");
    assertEquals(ratio, bcr.check(ratio));
    assertEquals(undefined, bcr.check(undefined));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bcr.check(new Figure.Count(3)));
    assertEquals("Metric 'bcr' takes Ratio figures, not Count (3)", e.getMessage());
  }

  @Test
  void printsLabelIdAndFormula() {
    assertEquals("BCR (bcr): PV benefits / PV costs",
        Metric.ratio("bcr", "BCR", "PV benefits / PV costs", 1).toString());
  }
}
