package io.github.commissioningvfm.benchmarks.peers;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.AlternativeCostTable;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactRecords;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactSchema;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoi;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.PriceBasis;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counterfactual ROI as one process: read {@code contacts.csv} (financial-year column,
 * attended flag, stated alternative) and {@code costs.csv} (unit costs per alternative and year,
 * alternatives declared zero-cost, programme cost per year), and compute the ROI by financial
 * year and alternative in nominal prices. Usage: {@code CounterfactualRoiPeer <folder>}.
 */
public final class CounterfactualRoiPeer {

  private CounterfactualRoiPeer() {
  }

  /**
   * Runs the workload.
   *
   * @param args the input folder
   */
  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    PeerFiles out = PeerFiles.toStdout();
    PriceIndexSeries deflator = UnitCosts.standardIndex(UnitCosts.GDP_DEFLATOR);
    long start = System.nanoTime();
    AlternativeCostTable.Builder table = AlternativeCostTable.builder();
    TreeMap<FinancialYear, Cost> programme = new TreeMap<>();
    readCosts(folder.resolve("costs.csv"), table, programme);
    ContactRecords contacts = ContactRecords.readCsv(folder.resolve("contacts.csv"), ContactSchema
        .builder("alternative").financialYear("financial_year").attended("attended").id("contact_id").build());
    out.time("load", start);
    RoiResult roi = CounterfactualRoi.analyse("programme", contacts, table.build(), programme,
        PriceBasis.nominal(programme.lastKey(), deflator));
    out.time("work", start);

    out.put("rows_read", contacts.report().rowsRead());
    out.put("included", contacts.report().included());
    for (RuleCount c : contacts.report().counts()) {
      out.put("excluded." + c.ruleId(), c.count());
    }
    for (RoiFigures y : roi.options().get(0).perYear()) {
      String k = "year." + y.label() + ".";
      out.put(k + "contacts", roi.alternatives().stream().filter(a -> a.year().toString().equals(y.label()))
          .mapToLong(AlternativeYear::contacts).sum());
      out.put(k + "unmapped_contacts", roi.unvalued().stream().filter(a -> a.year().toString().equals(y.label()))
          .mapToLong(AlternativeYear::contacts).sum());
      out.put(k + "avoided_cost", y.benefits().amount().toDouble());
      out.put(k + "programme_cost", y.investment().amount().toDouble());
      out.put(k + "roi_ratio", defined(k + "roi_ratio", y.roiRatio()));
      out.put(k + "net_roi", defined(k + "net_roi", y.netRoi()));
    }
    for (AlternativeYear a : roi.alternatives()) {
      out.put("alternative." + a.year() + "." + a.alternative() + ".contacts", a.contacts());
    }
  }

  private static double defined(String key, Figure f) {
    return f.toDouble().orElseThrow(() -> new IllegalStateException(key + " is " + f));
  }

  /** Reads {@code kind,alternative,financial_year,amount,note} rows. */
  static void readCosts(Path file, AlternativeCostTable.Builder table, Map<FinancialYear, Cost> programme) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      switch (f[0]) {
        case "unit" -> table.cost(f[1], FinancialYear.parse(f[2]), new SourcedCost(Cost.of(f[3], f[2]),
            Provenance.of("benchmark", "synthetic", f[1], f[4])));
        case "zero" -> table.declareZero(f[1], f[4]);
        case "programme" -> programme.put(FinancialYear.parse(f[2]), Cost.of(f[3], f[2]));
        default -> throw new IllegalArgumentException(file + " line " + (i + 1) + " column kind: unknown '" + f[0]
            + "'");
      }
    }
  }
}
