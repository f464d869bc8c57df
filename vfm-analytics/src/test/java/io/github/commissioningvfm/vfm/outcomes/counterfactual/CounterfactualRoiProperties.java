package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** How the year, per-alternative and all-years figures of a counterfactual ROI hang together. */
class CounterfactualRoiProperties {

  private static final FinancialYear Y = FinancialYear.parse("2024/25");
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-25");

  private static RoiResult analyse(int nA, int nB, int nC, int unitA, int unitB, int programmePence) {
    StringBuilder csv = new StringBuilder("id,financial_year,alternative\n");
    int id = 0;
    for (int[] group : new int[][] {{nA, 'A'}, {nB, 'B'}, {nC, 'C'}}) {
      for (int i = 0; i < group[0]; i++) {
        csv.append(id++).append(",2024/25,").append((char) group[1]).append('\n');
      }
    }
    ContactRecords contacts = ContactRecords.readCsv(new StringReader(csv.toString()), "generated.csv",
        ContactSchema.builder("alternative").financialYear("financial_year").id("id").build());
    AlternativeCostTable table = AlternativeCostTable.builder()
        .cost("A", Y, SourcedCost.userSupplied(pence(unitA), "A"))
        .cost("B", Y, SourcedCost.userSupplied(pence(unitB), "B"))
        .declareZero("C", "no public cost")
        .build();
    return CounterfactualRoi.analyse("p", contacts, table, Map.of(Y, pence(programmePence)), PriceBasis.constant(Y));
  }

  /** Contacts naming A, B and C: 1 to 40 each. */
  private static Gen<int[]> counts() {
    return integers().between(1, 40).zip(integers().between(1, 40), (x, y) -> new int[] {x, y})
        .zip(integers().between(1, 40), (xy, z) -> new int[] {xy[0], xy[1], z});
  }

  /** Unit costs of A and B in pence: 0 to GBP 1,000. */
  private static Gen<int[]> units() {
    return integers().between(0, 100_000).zip(integers().between(0, 100_000), (x, y) -> new int[] {x, y});
  }

  private static Cost pence(int pence) {
    return new Cost(BigMoney.of(BigDecimal.valueOf(pence, 2)), Y);
  }

  private static BigDecimal value(Figure f) {
    return ((Figure.Ratio) f).value();
  }

  @Test
  void aYearsRatioIsTheContactWeightedMeanOfItsAlternativesRatios() {
    qt().forAll(counts(), units(), integers().between(1, 100_000_000))
        .checkAssert((n, unit, programme) -> {
          RoiResult r = analyse(n[0], n[1], n[2], unit[0], unit[1], programme);
          BigDecimal weighted = BigDecimal.ZERO;
          long contacts = 0;
          for (AlternativeYear ay : r.alternatives()) {
            weighted = weighted.add(value(ay.roiRatio()).multiply(BigDecimal.valueOf(ay.contacts())));
            contacts += ay.contacts();
          }
          BigDecimal mean = weighted.divide(BigDecimal.valueOf(contacts), MathContext.DECIMAL128);
          BigDecimal year = value(r.options().get(0).perYear().get(0).roiRatio());
          org.junit.jupiter.api.Assertions.assertTrue(mean.subtract(year).abs()
              .compareTo(TOLERANCE.multiply(BigDecimal.ONE.max(year))) <= 0, mean + " vs " + year);
        });
  }

  @Test
  void theAlternativesSharesAndOwnRatiosAddUpToTheTotal() {
    qt().forAll(counts(), units(), integers().between(1, 100_000_000))
        .checkAssert((n, unit, programme) -> {
          RoiResult r = analyse(n[0], n[1], n[2], unit[0], unit[1], programme);
          BigDecimal total = value(r.options().get(0).total().roiRatio());
          BigDecimal shares = r.options().get(0).perStream().stream().map(f -> value(f.roiRatio()))
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal own = BigDecimal.ZERO;
          for (RoiFigures f : CounterfactualRoi.allYearsByAlternative(r)) {
            // each own ratio weighted by the programme cost it accounts for adds up to the avoided cost
            own = own.add(value(f.roiRatio()).multiply(f.investment().amount().amount()));
          }
          BigDecimal avoided = r.options().get(0).total().benefits().amount().amount();
          BigDecimal scale = BigDecimal.ONE.max(total);
          org.junit.jupiter.api.Assertions.assertTrue(shares.subtract(total).abs()
              .compareTo(TOLERANCE.multiply(scale)) <= 0, shares + " vs " + total);
          org.junit.jupiter.api.Assertions.assertTrue(own.subtract(avoided).abs()
              .compareTo(TOLERANCE.multiply(BigDecimal.ONE.max(avoided))) <= 0, own + " vs " + avoided);
        });
  }
}
