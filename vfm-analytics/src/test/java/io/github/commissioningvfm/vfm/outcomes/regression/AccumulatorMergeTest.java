package io.github.commissioningvfm.vfm.outcomes.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Chunked accumulation against a fit computed by hand. Data: x = 1..5, y = 2, 4, 5, 4, 5. By hand:
 * Sxx = 10, Sxy = 6, slope 0.6, intercept 2.2, residuals -0.8, 0.6, 1.0, -0.6, -0.2, RSS 2.4,
 * sigma^2 = 0.8, TSS 6 so R^2 = 0.6; se(slope) = sqrt(0.8 / 10), se(intercept) = sqrt(0.8 (1/5 + 9/10));
 * HC1 slope variance = (5/3) sum (x - 3)^2 e^2 / Sxx^2 = (5/3) 3.44 / 100; leverages 0.6, 0.3, 0.2,
 * 0.3, 0.6, so HC3 slope variance = sum (x - 3)^2 e^2 / (1 - h)^2 / Sxx^2 = (16 + 2 x 0.36 / 0.49 + 1) / 100.
 */
class AccumulatorMergeTest {

  private static final double[][] X = {{1, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 5}};
  private static final double[] Y = {2, 4, 5, 4, 5};
  private static final List<String> NAMES = List.of(DesignSpec.INTERCEPT, "x");

  private static OlsResult fit(double[][] x, double[] y, List<String> names, int split) {
    OlsAccumulator first = OlsAccumulator.of(names.size());
    OlsAccumulator rest = OlsAccumulator.of(names.size());
    for (int i = 0; i < y.length; i++) {
      (i < split ? first : rest).add(x[i], y[i]);
    }
    OlsSolution s = first.merge(rest).solve(names);
    ResidualAccumulator a = ResidualAccumulator.of(s);
    ResidualAccumulator b = ResidualAccumulator.of(s);
    for (int i = 0; i < y.length; i++) {
      (i < split ? a : b).add(x[i], y[i]);
    }
    return a.merge(b).finish(0.95, List.of());
  }

  @Test
  void mergedChunksGiveTheFitComputedByHand() {
    for (int split = 0; split <= Y.length; split++) {
      OlsResult r = fit(X, Y, NAMES, split);
      String at = "split at " + split;
      assertEquals(5, r.n(), at);
      assertEquals(3, r.residualDf(), at);
      OlsResult.Coefficient slope = r.coefficient("x");
      OlsResult.Coefficient intercept = r.coefficient(DesignSpec.INTERCEPT);
      assertEquals(0.6, slope.estimate(), 1e-12, at);
      assertEquals(2.2, intercept.estimate(), 1e-12, at);
      assertEquals(Math.sqrt(0.8), r.sigma(), 1e-12, at);
      assertEquals(0.6, r.rSquared().orElseThrow(), 1e-12, at);
      // adjusted: 1 - (1 - 0.6) (5 - 1) / 3
      assertEquals(1 - 0.4 * 4 / 3, r.adjustedRSquared().orElseThrow(), 1e-12, at);
      assertEquals(Math.sqrt(0.08), slope.classical().standardError(), 1e-12, at);
      assertEquals(Math.sqrt(0.88), intercept.classical().standardError(), 1e-12, at);
      assertEquals(Math.sqrt(5.0 / 3 * 0.0344), slope.hc1().standardError(), 1e-12, at);
      assertEquals(Math.sqrt((16 + 2 * 0.36 / 0.49 + 1) / 100), slope.hc3().orElseThrow().standardError(), 1e-12, at);
      assertEquals(List.of(), r.notes(), at);
    }
  }

  @Test
  void aRowWithLeverageOneIsCountedAcrossChunks() {
    // a dummy that is 1 on the last row only: the fit passes through that row exactly
    double[][] x = {{1, 1, 0}, {1, 2, 0}, {1, 3, 0}, {1, 4, 0}, {1, 5, 1}};
    OlsResult r = fit(x, Y, List.of(DesignSpec.INTERCEPT, "x", "d"), 2);
    assertTrue(r.coefficient("x").hc3().isEmpty());
    assertEquals(List.of("HC3 standard errors are not reported: 1 row(s) have leverage 1 (the fit passes exactly "
        + "through them)."), r.notes());
    // without the last row: x = 1..4, y = 2, 4, 5, 4 gives slope (Sxy 3.5) / (Sxx 5) = 0.7
    assertEquals(0.7, r.coefficient("x").estimate(), 1e-12);
  }

  @Test
  void onlyMatchingAccumulatorsMerge() {
    IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
        () -> OlsAccumulator.of(2).merge(OlsAccumulator.of(3)));
    assertEquals("Argument 'other.p' must equal 2: 3", columns.getMessage());
    OlsAccumulator a = OlsAccumulator.of(2);
    for (int i = 0; i < Y.length; i++) {
      a.add(X[i], Y[i]);
    }
    ResidualAccumulator one = ResidualAccumulator.of(a.solve(NAMES));
    ResidualAccumulator other = ResidualAccumulator.of(a.solve(NAMES));
    IllegalArgumentException solution = assertThrows(IllegalArgumentException.class, () -> one.merge(other));
    assertTrue(solution.getMessage().startsWith("Argument 'other' must use the same solution: "),
        solution.getMessage());
  }

  @Test
  void theTableListsEachTermWithItsThreeStandardErrors() {
    String table = fit(X, Y, NAMES, 2).describe();
    String[] lines = table.split("\n");
    assertEquals("term                             estimate         se     se HC1     se HC3          p", lines[0]);
    assertTrue(lines[2].startsWith("x                                 0.60000    0.28284    0.23944    0.42976"), lines[2]);
    assertEquals("n = 5, residual df = 3, sigma = 0.89443, R^2 = 0.60000", lines[3]);
    assertEquals(4, lines.length);
  }
}
