package io.github.commissioningvfm.vfm.cua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A published PSA summary reproduced from the published simulations.
 *
 * <p>Source of the simulations: the influenza-vaccination example of the R package BCEA (Baio, Berardi
 * and Heath, <i>Bayesian Cost-Effectiveness Analysis with the R package BCEA</i>, Springer 2017,
 * chapters 2 to 4), 1,000 posterior simulations of the effect and cost per person of "Status Quo" and
 * "Vaccination", file {@code data/vaccine_results.csv} of the package's repository (giabaio/BCEA,
 * commit 38a70b5c8421a8984f85b886942617749b9678af), stored unchanged as
 * {@code bcea-vaccine-results.csv} (SHA-256 cd08499c7e653398cf69db8a5e965eb33ddb09a4cfb556aea7208f1e0c50c4d8). The package is GPL-3; the file holds
 * numbers only, used here as published figures with this citation.
 *
 * <p>Source of the summary: the package's reference page for {@code summary.bcea} (BCEA 2.4.x, the
 * example {@code he <- bcea(eff, cost, interventions = treats, ref = 2); summary(he)}), which prints,
 * at willingness to pay k = 25,000: expected net benefit Status Quo -36.054, Vaccination -34.826;
 * Vaccination vs Status Quo EIB 1.2284, CEAC 0.529, ICER 20098; EVPI 2.4145; and "choose Status Quo
 * for k &lt; 20100 and Vaccination for k &gt;= 20100" on its grid of k in steps of 100. The package
 * defines the CEAC as P(incremental benefit &gt; 0), which for two strategies is the share of
 * simulations in which Vaccination has the higher net benefit, the library's acceptability.
 */
class BceaVaccinePsaReferenceTest {

  private static final String FILE = "bcea-vaccine-results.csv";
  private static final double K = 25_000;

  @Test
  void summaryAtTwentyFiveThousandMatchesThePrintedDigits() throws IOException {
    ProbabilisticAnalysis pa = ProbabilisticAnalysis.of(read());
    assertEquals(1000, pa.simulations().size());

    AcceptabilityPoint p = pa.acceptability(K).get(0);
    Map<String, Double> enb = p.expectedNetBenefit();
    assertEquals(-36.054, enb.get("Status Quo"), 0.0005);
    assertEquals(-34.826, enb.get("Vaccination"), 0.0005);
    assertEquals(1.2284, enb.get("Vaccination") - enb.get("Status Quo"), 0.00005, "EIB");
    assertEquals(0.529, p.probabilityBest().get("Vaccination"), 1e-12, "CEAC: 529 of 1,000 simulations");
    assertEquals(2.4145, p.evpi(), 0.00005, "EVPI");
    assertEquals(2.4145, pa.evpi(K), 0.00005, "EVPI");

    IncrementalTable t = pa.incremental();
    assertEquals(20098, t.row("Vaccination").icer().orElseThrow(), 0.5, "ICER");
    assertEquals("Status Quo", t.row("Vaccination").comparator().orElseThrow());
    assertEquals("Vaccination", t.optimal(K));
    // the printed net benefits are the incremental table's too
    assertEquals(1.2284, t.netBenefits(K).get(0).netMonetaryBenefit() - t.netBenefits(K).get(1).netMonetaryBenefit(),
        0.00005);
  }

  @Test
  void optimalDecisionSwitchesAtTheThresholdPrinted() throws IOException {
    IncrementalTable t = ProbabilisticAnalysis.of(read()).incremental();
    assertEquals("Status Quo", t.optimal(20_000));
    assertEquals("Vaccination", t.optimal(20_100));
    List<FrontierPoint> frontier = ProbabilisticAnalysis.of(read()).acceptabilityFrontier(20_000, 20_100);
    assertEquals("Status Quo", frontier.get(0).optimal());
    assertEquals("Vaccination", frontier.get(1).optimal());
  }

  @Test
  void theStoredFileIsThePublishedOne() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(FILE)) {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      assertEquals("cd08499c7e653398cf69db8a5e965eb33ddb09a4cfb556aea7208f1e0c50c4d8", java.util.HexFormat.of().formatHex(digest));
    }
  }

  /** Reads the file's four columns (e and c of Status Quo, then of Vaccination) into simulations. */
  private Simulations read() throws IOException {
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream(FILE),
        StandardCharsets.UTF_8))) {
      assertEquals("\"e.Status.Quo\",\"c.Status.Quo\",\"e.Vaccination\",\"c.Vaccination\"", r.readLine());
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split(",", -1);
        assertEquals(4, cells.length, line);
        double[] row = new double[4];
        for (int j = 0; j < 4; j++) {
          row[j] = Double.parseDouble(cells[j]);
        }
        rows.add(row);
      }
    }
    int n = rows.size();
    double[][] cost = new double[2][n];
    double[][] effect = new double[2][n];
    for (int i = 0; i < n; i++) {
      effect[0][i] = rows.get(i)[0];
      cost[0][i] = rows.get(i)[1];
      effect[1][i] = rows.get(i)[2];
      cost[1][i] = rows.get(i)[3];
    }
    return Simulations.of(List.of("Status Quo", "Vaccination"), cost, effect, Map.of());
  }
}
