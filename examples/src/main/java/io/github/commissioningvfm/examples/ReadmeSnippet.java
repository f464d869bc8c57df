package io.github.commissioningvfm.examples;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import java.io.PrintStream;

/**
 * The README's flavour snippet, compiled and run here so that it never goes stale: a published
 * unit cost with its source, rebased to an earlier price year, and both ROI figures.
 */
public final class ReadmeSnippet {

  private ReadmeSnippet() {
  }

  /**
   * Runs the snippet.
   *
   * @param out where to print
   * @return the ROI figures it computed
   */
  public static RoiFigures run(PrintStream out) {
    // --- README snippet start
    UnitCosts costs = UnitCosts.standard();
    SourcedCost aAndE = costs.get("ncc.emergency-care.weighted-all").sourcedCost();   // £280.17 (2024/25 prices)
    SourcedCost then = costs.gdpDeflator().inflatedTo(aAndE, FinancialYear.parse("2020/21"));
    Cost avoided = then.cost().multipliedBy(1_250);                  // 1,250 attendances avoided in 2020/21
    Cost programme = Cost.of("250000", "2020/21");
    RoiFigures roi = RoiFigures.of("crisis cafe 2020/21", programme, avoided);
    out.println(then.provenance().describe());                       // source, edition, key, rebasing
    out.println(roi.roiRatio() + " back per £1; net ROI " + roi.netRoi());
    // --- README snippet end
    return roi;
  }

  /**
   * Prints the snippet's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
