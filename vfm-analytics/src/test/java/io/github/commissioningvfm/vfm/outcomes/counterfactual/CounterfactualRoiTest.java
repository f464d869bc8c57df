package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiOptionResult;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import io.github.commissioningvfm.vfm.spi.Figure;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public class CounterfactualRoiTest {

  static final FinancialYear Y23 = FinancialYear.parse("2023/24");
  static final FinancialYear Y24 = FinancialYear.parse("2024/25");

  public static ContactRecords contacts() throws Exception {
    Path p = Path.of(CounterfactualRoiTest.class
        .getResource("/io/github/commissioningvfm/vfm/outcomes/contacts-small.csv").toURI());
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return ContactRecords.readCsv(r, "contacts-small.csv", "contact_date", "alternative", Optional.of("attended"));
    }
  }

  static AlternativeCostTable constantTable() {
    return AlternativeCostTable.builder()
        .cost("A&E", Y23, SourcedCost.userSupplied(Cost.of("220.00", "2024/25"), "A&E rebased"))
        .cost("A&E", Y24, SourcedCost.userSupplied(Cost.of("210.00", "2024/25"), "A&E"))
        .cost("GP", Y23, SourcedCost.userSupplied(Cost.of("44.00", "2024/25"), "GP rebased"))
        .cost("Ambulance", Y24, SourcedCost.userSupplied(Cost.of("300.00", "2024/25"), "ambulance"))
        .cost("Samaritans", Y24, SourcedCost.userSupplied(Cost.of("0.01", "2024/25"), "nominal"))
        .declareZero("friends/family", "not valued")
        .build();
  }

  public static AlternativeCostTable table() {
    return AlternativeCostTable.builder()
        .cost("A&E", Y23, SourcedCost.userSupplied(Cost.of("200.00", "2023/24"), "test A&E 2023/24"))
        .cost("A&E", Y24, SourcedCost.userSupplied(Cost.of("210.00", "2024/25"), "test A&E 2024/25"))
        .cost("GP", Y23, SourcedCost.userSupplied(Cost.of("40.00", "2023/24"), "test GP 2023/24"))
        .cost("Ambulance", Y24, SourcedCost.userSupplied(Cost.of("300.00", "2024/25"), "test ambulance 2024/25"))
        .declareZero("Friends/family", "no public cost; carers' time not valued in this test")
        .build();
  }

  @Test
  void contactExclusionsAddUp() throws Exception {
    ContactRecords c = contacts();
    // 10 rows: C4 not attended, C5 blank alternative, C9 invalid date -> 7 included
    assertEquals(10, c.report().rowsRead());
    assertEquals(7, c.contacts().size());
    assertEquals(1, c.report().count("not-attended"));
    assertEquals(1, c.report().count("blank-alternative"));
    assertEquals(1, c.report().count("invalid-date"));
    ContactRecords fromPath = ContactRecords.readCsv(Path.of(CounterfactualRoiTest.class
        .getResource("/io/github/commissioningvfm/vfm/outcomes/contacts-small.csv").toURI()), "contact_date",
        "alternative", Optional.of("attended"));
    assertEquals(c, fromPath);
  }

  @Test
  void yearOnlyFilesNoneAsAnAnswerAndIdsInTheAudit() {
    String csv = "id,financial_year,alternative\nA,2023/24,None\nB,2023/24,#N/A\nC,2023/25,GP\nD,2024/25,n/a\n"
        + "E,2024/25,A&E\n";
    ContactRecords c = ContactRecords.readCsv(new java.io.StringReader(csv), "years.csv",
        ContactSchema.builder("alternative").financialYear("financial_year").id("id").build());
    // "None" is an answer; #N/A is invalid; "2023/25" is not a financial year (the years must be consecutive); n/a is no answer
    assertEquals(2, c.contacts().size());
    assertEquals("None", c.contacts().get(0).alternative());
    assertEquals(Y23, c.contacts().get(0).year());
    assertTrue(c.contacts().get(0).date().isEmpty());
    assertEquals(1, c.report().count("invalid-alternative"));
    assertEquals(1, c.report().count("invalid-date"));
    assertEquals(1, c.report().count("blank-alternative"));
    assertEquals("C", c.report().exclusionsBy("invalid-date").get(0).participantId());
    IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
        () -> ContactSchema.builder("alternative").date("d").financialYear("y").build());
    assertEquals("Argument 'dateColumn' must be declared, or else yearColumn, but not both: d / y", both.getMessage());
  }

  @Test
  void aDateOutsideTheSupportedYearsIsExcludedWithItsLineAndValue() {
    String csv = "id,contact_date,alternative\nA,2024-05-01,A&E\nB,1850-06-01,GP\nC,3001-01-01,A&E\nD,2024-06-01,GP\n";
    ContactRecords c = ContactRecords.readCsv(new java.io.StringReader(csv), "dates.csv",
        ContactSchema.builder("alternative").date("contact_date").id("id").build());
    assertEquals(2, c.contacts().size());
    assertEquals(2, c.report().count(ContactRule.DATE_OUT_OF_RANGE));
    assertEquals("dates.csv", c.report().source());
    var first = c.report().exclusionsBy("date-out-of-range").get(0);
    assertEquals(3, first.line());
    assertEquals("B", first.participantId());
    assertEquals("contact_date = '1850-06-01'", first.detail());
    assertEquals("contact date outside the supported years (1900/01 to 2998/99)",
        c.report().counts().stream().filter(r -> r.ruleId().equals("date-out-of-range")).findFirst().orElseThrow()
            .description());
    assertEquals(4, c.report().rowsRead());
  }

  /** Each year rebased to 2024/25 with a made-up index whose 2023/24 level is 80 (factor 1.25). */
  public static PriceBasis nominal() {
    io.github.commissioningvfm.unitcosts.EditionInfo edition = io.github.commissioningvfm.unitcosts.EditionInfo
        .builder().source("test-index").sourceName("Test index").edition("1").citation("test").licence("CC0")
        .retrieved(java.time.LocalDate.of(2026, 1, 1)).file("memory").build();
    return PriceBasis.nominal(Y24, io.github.commissioningvfm.unitcosts.PriceIndexSeries.ofLevels("test-index",
        "Test index", edition, Map.of(Y23, new BigDecimal("80"), Y24, new BigDecimal("100"))));
  }

  private static RoiResult analyse(AlternativeCostMap table, Map<FinancialYear, Cost> cost, PriceBasis basis)
      throws Exception {
    return CounterfactualRoi.analyse("Safe haven", contacts(), table, cost, basis);
  }

  @Test
  void roiPerYearWithBothDefinitionsAndUnmappedReported() throws Exception {
    RoiResult r = analyse(table(), Map.of(Y23, Cost.of("400.00", "2023/24"), Y24, Cost.of("600.00", "2024/25")),
        nominal());
    assertEquals(CounterfactualRoi.ID, r.strategyId());
    RoiOptionResult o = r.option("Safe haven");
    RoiFigures y23 = o.perYear().get(0);
    // 2023/24: A&E 2 x 200 + GP 1 x 40 + friends/family 1 x 0 = 440; ratio 440 / 400 = 1.1; net 0.1
    assertEquals("2023/24", y23.label());
    assertEquals(Cost.of("440.00", "2023/24"), y23.benefits());
    assertEquals(new BigDecimal("1.1"), ((Figure.Ratio) y23.roiRatio()).value().stripTrailingZeros());
    assertEquals(new BigDecimal("0.1"), ((Figure.Ratio) y23.netRoi()).value().stripTrailingZeros());
    RoiFigures y24 = o.perYear().get(1);
    // 2024/25: A&E 1 x 210 + ambulance 1 x 300 = 510; Samaritans unmapped (not valued, reported)
    assertEquals(Cost.of("510.00", "2024/25"), y24.benefits());
    assertEquals(List.of("Samaritans"), r.unvalued().stream().map(AlternativeYear::alternative).toList());
    assertTrue(r.assumptions().contains("'Samaritans' has no unit cost and was not declared zero: its contacts are "
        + "in no avoided cost, so the ROI is incomplete."), r.assumptions().toString());
    // all years in 2024/25 prices: (440 x 1.25 + 510) / (400 x 1.25 + 600) = 1060 / 1100
    assertEquals(Cost.of("1060.00", "2024/25").amount().amount().compareTo(o.total().benefits().amount().amount()), 0);
    assertEquals(0, new BigDecimal("1100").compareTo(o.total().investment().amount().amount()));
    assertEquals(new BigDecimal("1060").divide(new BigDecimal("1100"), java.math.MathContext.DECIMAL128),
        ((Figure.Ratio) o.total().roiRatio()).value());
    // the alternatives' shares of the ratio add up to the total:
    // A&E (550 + 210), GP 50, friends/family 0, ambulance 300
    assertEquals(List.of("A&E", "Friends/family", "GP", "ambulance"), o.perStream().stream().map(RoiFigures::label)
        .toList());
    BigDecimal sum = o.perStream().stream().map(f -> ((Figure.Ratio) f.roiRatio()).value())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, sum.subtract(((Figure.Ratio) o.total().roiRatio()).value()).abs()
        .compareTo(new BigDecimal("1e-30")) < 0 ? 0 : 1);
    assertEquals(5, r.sources().size());
  }

  @Test
  void eachAlternativesOwnRoiIsItsUnitCostOverTheProgrammeCostPerContact() throws Exception {
    RoiResult r = analyse(table(), Map.of(Y23, Cost.of("400.00", "2023/24"), Y24, Cost.of("600.00", "2024/25")),
        nominal());
    // 2023/24: 4 contacts analysed, programme cost per contact 400 / 4 = 100; A&E 200 / 100 = 2, GP 40 / 100 = 0.4
    AlternativeYear ae23 = r.alternatives().stream().filter(a -> a.alternative().equals("A&E") && a.year().equals(Y23))
        .findFirst().orElseThrow();
    assertEquals(0, new BigDecimal("100").compareTo(ae23.programmeCostPerContact().amount().amount()));
    assertEquals(0, BigDecimal.valueOf(2).compareTo(((Figure.Ratio) ae23.roiRatio()).value()));
    assertEquals(0, BigDecimal.ONE.compareTo(((Figure.Ratio) ae23.netRoi()).value()));
    AlternativeYear zero = r.alternatives().stream().filter(a -> a.alternative().equals("Friends/family"))
        .findFirst().orElseThrow();
    assertEquals(0, BigDecimal.ZERO.compareTo(((Figure.Ratio) zero.roiRatio()).value()));
    assertEquals(0, BigDecimal.ONE.negate().compareTo(((Figure.Ratio) zero.netRoi()).value()));
    // 2024/25: 3 contacts, 600 / 3 = 200 per contact; ambulance 300 / 200 = 1.5; Samaritans undefined with the reason
    AlternativeYear amb = r.alternatives().stream().filter(a -> a.alternative().equals("ambulance")).findFirst()
        .orElseThrow();
    assertEquals(0, new BigDecimal("1.5").compareTo(((Figure.Ratio) amb.roiRatio()).value()));
    AlternativeYear sam = r.unvalued().get(0);
    assertEquals("undefined: 'Samaritans' has no unit cost and was not declared zero", sam.roiRatio().toString());
    assertEquals(sam.roiRatio(), sam.netRoi());
    // a year's ratio is the contact-weighted mean of its alternatives' ratios: (2 x 2 + 0.4 + 0) / 4 = 1.1
    BigDecimal weighted = r.alternatives().stream().filter(a -> a.year().equals(Y23))
        .map(a -> ((Figure.Ratio) a.roiRatio()).value().multiply(BigDecimal.valueOf(a.contacts())))
        .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(4));
    assertEquals(0, weighted.compareTo(new BigDecimal("1.1")));
    IllegalArgumentException forged = assertThrows(IllegalArgumentException.class, () -> new AlternativeYear("A&E", Y23,
        2, ae23.costing(), ae23.avoidedCost(), ae23.programmeCostPerContact(), new Figure.Ratio(BigDecimal.TEN),
        ae23.netRoi()));
    assertEquals("Argument 'roiRatio' must follow from the unit cost (2.000): 10.00", forged.getMessage());
    assertTrue(r.toString().contains("ROI of each stated alternative"), r.toString());
    // all years, 2024/25 prices (2023/24 x 1.25): programme 1100 over 7 contacts; A&E avoided 2 x 250 + 210 = 710
    // over 3 contacts; its ratio = (710 / 3) / (1100 / 7) = 4970 / 3300
    RoiFigures ae = CounterfactualRoi.allYearsByAlternative(r).get(0);
    assertEquals("A&E", ae.label());
    assertEquals(0, new BigDecimal("4970").divide(new BigDecimal("3300"), java.math.MathContext.DECIMAL64)
        .compareTo(((Figure.Ratio) ae.roiRatio()).value().round(java.math.MathContext.DECIMAL64)));
  }

  @Test
  void constantPricesGiveAnAllYearsFigure() throws Exception {
    RoiResult r = analyse(constantTable(), Map.of(Y23, Cost.of("400.00", "2024/25"), Y24, Cost.of("600.00", "2024/25")),
        PriceBasis.constant(Y24));
    // avoided: 2 x 220 + 44 + 0 + 210 + 300 + 0.01 = 994.01; programme 1000
    RoiFigures total = r.options().get(0).total();
    assertEquals(new BigDecimal("0.99401"), ((Figure.Ratio) total.roiRatio()).value().stripTrailingZeros());
    assertEquals(new BigDecimal("-0.00599"), ((Figure.Ratio) total.netRoi()).value().stripTrailingZeros());
    assertTrue(r.unvalued().isEmpty());
    assertEquals("every cost in constant 2024/25 prices", PriceBasis.constant(Y24).describe());
  }

  @Test
  void aProgrammeYearWithNoContactsStillCountsInTheAllYearsFigure() throws Exception {
    FinancialYear y22 = FinancialYear.parse("2022/23");
    // 2022/23 had a programme cost of 500 and no included contacts: the investment is 400 + 600 + 500 = 1500
    RoiResult r = analyse(constantTable(), Map.of(y22, Cost.of("500.00", "2024/25"),
        Y23, Cost.of("400.00", "2024/25"), Y24, Cost.of("600.00", "2024/25")), PriceBasis.constant(Y24));
    assertEquals(new BigDecimal("994.01").divide(new BigDecimal("1500"), java.math.MathContext.DECIMAL128),
        ((Figure.Ratio) r.options().get(0).total().roiRatio()).value());
    RoiFigures first = r.options().get(0).perYear().get(0);
    assertEquals("2022/23", first.label());
    assertEquals("0", first.roiRatio().toString());
  }

  @Test
  void aYearWithContactsAndNoProgrammeCostIsAnErrorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analyse(constantTable(),
        Map.of(Y23, Cost.of("400.00", "2024/25")), PriceBasis.constant(Y24)));
    assertEquals("Argument 'programmeCost' must give a cost for every year with contacts (missing [2024/25]): "
        + "[2023/24]", e.getMessage());
  }

  @Test
  void wrongPriceBaseAndZeroProgrammeCostAreClearErrors() throws Exception {
    AlternativeCostTable wrong = AlternativeCostTable.builder()
        .cost("A&E", Y23, SourcedCost.userSupplied(Cost.of("200.00", "2024/25"), "A&E")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analyse(wrong,
        Map.of(Y23, Cost.of("400.00", "2023/24"), Y24, Cost.of("1.00", "2024/25")), nominal()));
    assertEquals("Unit cost of 'A&E' for contacts in 2023/24 is in 2024/25 prices but the analysis (each year in its "
        + "own prices; all years in 2024/25 prices, rebased with Test index (test-index, edition 1)) needs"
        + " 2023/24 prices; rebase it first (user-supplied n/a, A&E)", e.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> analyse(table(),
        Map.of(Y23, Cost.of("0.00", "2023/24")), nominal()));
    assertEquals("Argument 'programmeCost[2023/24]' must be positive: " + Cost.of("0.00", "2023/24"),
        zero.getMessage());
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> new PriceBasis(java.util.Optional.of(Y24), Y23, java.util.Optional.empty()));
    assertEquals("Argument 'allYearsIn' must be the constant year 2024/25: 2023/24", mixed.getMessage());
  }
}
