package io.github.commissioningvfm.vfm.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataProperties {

  @Test
  void tornadoBarsAreInNonIncreasingSwing() {
    qt().withExamples(200).forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(2, 40)).checkAssert(values -> {
      List<TornadoChart.TornadoBar> bars = new ArrayList<>();
      for (int i = 0; i + 1 < values.size(); i += 2) {
        bars.add(new TornadoChart.TornadoBar("input " + i, values.get(i), values.get(i + 1)));
      }
      List<TornadoChart.TornadoBar> sorted = TornadoChart.of("t", "m", 0, bars).bars();
      for (int i = 1; i < sorted.size(); i++) {
        assertTrue(sorted.get(i - 1).swing() >= sorted.get(i).swing(), sorted.toString());
      }
    });
  }

  @Test
  void doseAxisHoldsZeroAndEveryInterval() {
    qt().withExamples(200).forAll(lists().of(doubles().between(-5, 5)).ofSizeBetween(3, 30)).checkAssert(values -> {
      List<DoseChart.DosePoint> doses = new ArrayList<>();
      for (int i = 0; i + 2 < values.size(); i += 3) {
        List<Double> three = new ArrayList<>(values.subList(i, i + 3));
        three.sort(null);
        doses.add(DoseChart.DosePoint.of(i, 10, three.get(1), three.get(0), three.get(2)));
      }
      AxisRange r = DoseChart.of("t", "VfM (points per GBP)", "interval", doses).valueAxis();
      assertTrue(r.min() <= 0 && r.max() >= 0, r.toString());
      for (DoseChart.DosePoint d : doses) {
        assertTrue(r.min() <= d.lower() && d.upper() <= r.max(), r + " " + d);
      }
    });
  }
}
