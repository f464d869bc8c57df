package io.github.commissioningvfm.vfm.outcomes.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AccumulatorMergeProperties {

  private static final List<String> NAMES = List.of("(Intercept)", "x1", "x2", "d");

  @Test
  void estimatesFromMergedChunksEqualThoseFromTheWholeData() {
    Gen<List<Double>> row = lists().of(doubles().between(-50, 50)).ofSize(4);
    Gen<List<List<Double>>> rows = lists().of(row).ofSizeBetween(8, 120);
    Gen<Integer> chunks = integers().between(1, 7);
    qt().withExamples(300).forAll(rows, chunks).checkAssert((rs, k) -> {
      double[][] x = new double[rs.size()][];
      double[] y = new double[rs.size()];
      for (int i = 0; i < rs.size(); i++) {
        List<Double> r = rs.get(i);
        x[i] = new double[] {1, r.get(0), r.get(1), r.get(2) > 0 ? 1 : 0};
        y[i] = r.get(3);
      }
      OlsResult whole = fit(x, y, 1);
      OlsResult merged = fit(x, y, k);
      assertEquals(whole.aliased(), merged.aliased());
      assertEquals(whole.coefficients().size(), merged.coefficients().size());
      for (int j = 0; j < whole.coefficients().size(); j++) {
        OlsResult.Coefficient a = whole.coefficients().get(j);
        OlsResult.Coefficient b = merged.coefficients().get(j);
        assertEquals(a.estimate(), b.estimate(), 1e-7 * Math.max(1, Math.abs(a.estimate())));
        assertEquals(a.classical().standardError(), b.classical().standardError(),
            1e-7 * Math.max(1, a.classical().standardError()));
        assertEquals(a.hc1().standardError(), b.hc1().standardError(), 1e-7 * Math.max(1, a.hc1().standardError()));
      }
      assertEquals(whole.n(), merged.n());
    });
  }

  private static OlsResult fit(double[][] x, double[] y, int chunks) {
    int n = y.length;
    OlsAccumulator first = OlsAccumulator.of(4);
    for (int c = 0; c < chunks; c++) {
      OlsAccumulator part = OlsAccumulator.of(4);
      for (int i = c * n / chunks; i < (c + 1) * n / chunks; i++) {
        part.add(x[i], y[i]);
      }
      first.merge(part);
    }
    OlsSolution s = first.solve(NAMES);
    ResidualAccumulator second = ResidualAccumulator.of(s);
    for (int c = chunks - 1; c >= 0; c--) {
      ResidualAccumulator part = ResidualAccumulator.of(s);
      for (int i = c * n / chunks; i < (c + 1) * n / chunks; i++) {
        part.add(x[i], y[i]);
      }
      second.merge(part);
    }
    return second.finish(0.95, List.of());
  }
}
