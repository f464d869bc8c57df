package io.github.commissioningvfm.vfm.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Looking up, tabulating and printing a PSA result. */
class PsaResultTest {

  private static final PsaResult RESULT = Models.serviceAnalysis()
      .psa(PsaSettings.builder().seed(11).iterations(200).threads(1).thresholds(List.of(0.0, 1.0)).build());

  @Test
  void summaryAndDrawsAreFoundByOptionAndMetric() {
    assertEquals("bcr", RESULT.summary("service", "bcr").metric());
    assertEquals("npsv", RESULT.summary("service", "npsv").metric());
    assertEquals("bcr", RESULT.drawsOf("service", "bcr").metric());
    assertEquals(200, RESULT.drawsOf("service", "npsv").values().length);
    IllegalArgumentException summary = assertThrows(IllegalArgumentException.class,
        () -> RESULT.summary("status quo", "npsv"));
    assertEquals("No PSA summary for option 'status quo' and metric 'npsv'; there are "
        + RESULT.summaries().stream().map(s -> s.option() + "/" + s.metric()).toList(), summary.getMessage());
    assertTrue(summary.getMessage().contains("service/npsv"), summary.getMessage());
    IllegalArgumentException draws = assertThrows(IllegalArgumentException.class,
        () -> RESULT.drawsOf("service", "roi-ratio"));
    assertEquals("No PSA draws for option 'service' and metric 'roi-ratio'", draws.getMessage());
    IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
        () -> RESULT.drawsOf("cafe", "npsv"));
    assertEquals("No PSA draws for option 'cafe' and metric 'npsv'", option.getMessage());
  }

  @Test
  void headlinesAreTheMeans() {
    List<HeadlineFigure> h = RESULT.headlines();
    assertEquals(RESULT.summaries().size(), h.size());
    for (int i = 0; i < h.size(); i++) {
      assertEquals(new HeadlineFigure("service", RESULT.summaries().get(i).metric(), RESULT.summaries().get(i).mean()),
          h.get(i));
    }
  }

  @Test
  void tablesAndCurvesCoverEveryOptionAndThreshold() {
    assertEquals(List.of("status quo", "service"), RESULT.options());
    assertEquals(2, RESULT.acceptability().size());
    assertEquals(List.of("status quo", "service"), List.copyOf(RESULT.acceptabilityCurves().keySet()));
    for (List<Double> curve : RESULT.acceptabilityCurves().values()) {
      assertEquals(2, curve.size());
    }
    assertEquals(RESULT.acceptability().get(1).probabilityBest().get("service"),
        RESULT.acceptabilityCurves().get("service").get(1));
    List<ResultTable> tables = RESULT.tables();
    assertEquals(2, tables.size());
    assertEquals("Probabilistic sensitivity analysis of 'cba' (200 iterations, seed 11; 95% percentile intervals)",
        tables.get(0).title());
    assertEquals(RESULT.summaries().size(), tables.get(0).rows().size());
    assertEquals("Acceptability curve and EVPI", tables.get(1).title());
    assertEquals(List.of("threshold", "P(best): status quo", "P(best): service", "EVPI (per appraisal)"),
        tables.get(1).columns());
    assertEquals(2, tables.get(1).rows().size());
    assertTrue(RESULT.toString().contains("Acceptability curve and EVPI"), RESULT.toString());
    assertTrue(RESULT.toString().contains(tables.get(0).title()), RESULT.toString());
  }
}
