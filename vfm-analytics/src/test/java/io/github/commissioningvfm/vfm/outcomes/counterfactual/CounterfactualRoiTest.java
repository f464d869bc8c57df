package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CounterfactualRoiTest {

  static final FinancialYear Y23 = FinancialYear.parse("2023/24");
  static final FinancialYear Y24 = FinancialYear.parse("2024/25");

  static ContactRecords contacts() throws Exception {
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

  static AlternativeCostTable table() {
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

  @Test
  void roiPerYearWithBothDefinitionsAndUnmappedReported() throws Exception {
    CounterfactualRoiResult r = CounterfactualRoi.analyse(contacts(), table(),
        Map.of(Y23, Cost.of("400.00", "2023/24"), Y24, Cost.of("600.00", "2024/25")), PriceBasis.nominal());
    YearRoi y23 = r.byYear().get(0);
    // 2023/24: A&E 2 x 200 + GP 1 x 40 + friends/family 1 x 0 = 440; ratio 440 / 400 = 1.1; net 0.1
    assertEquals(Cost.of("440.00", "2023/24"), y23.avoidedCost());
    assertEquals(440.0 / 400, y23.roiRatio().toDouble().orElseThrow(), 1e-12);
    assertEquals((440.0 - 400) / 400, y23.netRoi().toDouble().orElseThrow(), 1e-12);
    assertTrue(y23.complete());
    YearRoi y24 = r.byYear().get(1);
    // 2024/25: A&E 1 x 210 + ambulance 1 x 300 = 510; Samaritans unmapped (not valued, reported)
    assertEquals(Cost.of("510.00", "2024/25"), y24.avoidedCost());
    assertEquals(1, y24.unmappedContacts());
    assertFalse(y24.complete());
    assertTrue(y24.toString().contains("2024/25: 3 contacts (1 not valued)"), y24.toString());
    assertEquals(List.of("Samaritans"), r.unmapped().stream().map(AlternativeYear::alternative).toList());
    assertFalse(r.overallRatio().isDefined());
    assertEquals(4, r.sources().size());
  }

  @Test
  void constantPricesGiveAnAllYearsFigure() throws Exception {
    AlternativeCostTable constant = constantTable();
    CounterfactualRoiResult r = CounterfactualRoi.analyse(contacts(), constant,
        Map.of(Y23, Cost.of("400.00", "2024/25"), Y24, Cost.of("600.00", "2024/25")), PriceBasis.constant(Y24));
    // avoided: 2 x 220 + 44 + 0 + 210 + 300 + 0.01 = 994.01; programme 1000
    assertEquals(994.01 / 1000, r.overallRatio().toDouble().orElseThrow(), 1e-12);
    assertEquals(994.01 / 1000 - 1, r.overallNetRoi().toDouble().orElseThrow(), 1e-12);
    assertTrue(r.complete());
  }

  @Test
  void aProgrammeYearWithNoContactsStillCountsInTheAllYearsFigure() throws Exception {
    AlternativeCostTable constant = constantTable();
    FinancialYear y22 = FinancialYear.parse("2022/23");
    // 2022/23 had a programme cost of 500 and no included contacts: the investment is 400 + 600 + 500 = 1500
    CounterfactualRoiResult r = CounterfactualRoi.analyse(contacts(), constant, Map.of(y22, Cost.of("500.00", "2024/25"),
        Y23, Cost.of("400.00", "2024/25"), Y24, Cost.of("600.00", "2024/25")), PriceBasis.constant(Y24));
    assertEquals(new java.math.BigDecimal("994.01").divide(new java.math.BigDecimal("1500"), java.math.MathContext.DECIMAL128),
        ((io.github.commissioningvfm.vfm.spi.Figure.Ratio) r.overallRatio()).value());
    YearRoi first = r.byYear().get(0);
    assertEquals(y22, first.year());
    assertEquals(0, first.contacts());
    assertEquals("0", first.roiRatio().toString());
  }

  @Test
  void aYearWithContactsAndNoProgrammeCostRefusesTheAllYearsFigureWithTheReason() throws Exception {
    CounterfactualRoiResult r = CounterfactualRoi.analyse(contacts(), constantTable(),
        Map.of(Y23, Cost.of("400.00", "2024/25")), PriceBasis.constant(Y24));
    assertEquals("undefined: a year with contacts has no programme cost: [2024/25]", r.overallRatio().toString());
    assertEquals("undefined: no programme cost given for 2024/25", r.byYear().get(1).roiRatio().toString());
  }

  @Test
  void wrongPriceBaseAndZeroProgrammeCostAreClearErrors() throws Exception {
    ContactRecords c = contacts();
    AlternativeCostTable wrong = AlternativeCostTable.builder()
        .cost("A&E", Y23, SourcedCost.userSupplied(Cost.of("200.00", "2024/25"), "A&E")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CounterfactualRoi.analyse(c, wrong,
        Map.of(Y23, Cost.of("400.00", "2023/24")), PriceBasis.nominal()));
    assertEquals("Unit cost of 'A&E' for contacts in 2023/24 is in 2024/25 prices but the nominal analysis needs"
        + " 2023/24 prices; rebase it first (user-supplied n/a, A&E)", e.getMessage());
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> CounterfactualRoi.analyse(c,
        table(), Map.of(Y23, Cost.of("0.00", "2023/24")), PriceBasis.nominal()));
    assertEquals("Argument 'programmeCost[2023/24]' must be positive: " + Cost.of("0.00", "2023/24"),
        zero.getMessage());
  }
}
