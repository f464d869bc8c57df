package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.UnitCostNotFoundException;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Column orders, validation and wording at the edges of the counterfactual ROI. */
class CounterfactualEdgesTest {

  private static final FinancialYear Y24 = FinancialYear.parse("2024/25");

  private static ContactRecords read(String csv, ContactSchema schema) {
    return ContactRecords.readCsv(new StringReader(csv), "edges.csv", schema);
  }

  @Test
  void theAttendedFlagAndTheIdAreReadWhereverTheyStand() {
    // attended is the first column and id the second: column indices 0 and 1
    ContactRecords c = read("attended,id,contact_date,alternative\nno,P1,2024-05-01,GP\nyes,P2,2024-05-02,A&E\n"
        + "Y,P3,2024-05-03,GP\n",
        ContactSchema.builder("alternative").date("contact_date").attended("attended").id("id").build());
    assertEquals(2, c.contacts().size());
    assertEquals(List.of("A&E", "GP"), c.contacts().stream().map(ContactRecords.Contact::alternative).toList());
    var notAttended = c.report().exclusionsBy("not-attended");
    assertEquals(1, notAttended.size());
    assertEquals("P1", notAttended.get(0).participantId());
    assertEquals("attended = 'no'", notAttended.get(0).detail());
    assertEquals(2, notAttended.get(0).line());
  }

  @Test
  void anIdInTheFirstColumnNamesTheExcludedContact() {
    ContactRecords c = read("id,contact_date,alternative\nP1,someday,GP\nP2,2024-05-02,A&E\n",
        ContactSchema.builder("alternative").date("contact_date").id("id").build());
    assertEquals(1, c.contacts().size());
    var invalid = c.report().exclusionsBy("invalid-date");
    assertEquals("P1", invalid.get(0).participantId());
    // without an id column the audit has no id to give
    ContactRecords noId = read("contact_date,alternative\nsomeday,GP\n2024-05-02,A&E\n",
        ContactSchema.builder("alternative").date("contact_date").build());
    assertEquals("", noId.report().exclusionsBy("invalid-date").get(0).participantId());
  }

  @Test
  void recordsBuiltInCodeCountEveryContactAsIncluded() {
    ContactRecords.Contact gp = ContactRecords.Contact.dated(4, LocalDate.of(2024, 4, 1), "GP");
    assertEquals(Y24, gp.year());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 1)), gp.date());
    ContactRecords c = ContactRecords.of("diary", List.of(gp));
    assertEquals(1, c.report().rowsRead());
    assertEquals(1, c.report().included());
    assertEquals("diary", c.report().source());
    IllegalArgumentException wrongYear = assertThrows(IllegalArgumentException.class,
        () -> new ContactRecords.Contact(4, Y24, Optional.of(LocalDate.of(2024, 3, 31)), "GP"));
    assertEquals("Argument 'year' must contain the date 2024-03-31: 2024/25", wrongYear.getMessage());
    ExclusionReport none = ContactRecords.of("diary", List.of()).report();
    IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
        () -> new ContactRecords("diary", List.of(gp), none));
    assertEquals("Argument 'contacts' must match the report's included count 0: 1", mismatch.getMessage());
  }

  private static AlternativeCostTable table(String gpCost) {
    return AlternativeCostTable.builder()
        .cost("GP", Y24, SourcedCost.userSupplied(Cost.of(gpCost, "2024/25"), "test GP"))
        .cost("A&E", Y24, SourcedCost.userSupplied(Cost.of("250.00", "2024/25"), "test A&E"))
        .declareZero("Friends", "no public cost")
        .build();
  }

  private static ContactRecords threeContacts() {
    return ContactRecords.of("diary", List.of(ContactRecords.Contact.dated(2, LocalDate.of(2024, 5, 1), "GP"),
        ContactRecords.Contact.dated(3, LocalDate.of(2024, 5, 2), "A&E"),
        ContactRecords.Contact.dated(4, LocalDate.of(2024, 5, 3), "Friends")));
  }

  @Test
  void programmeCostsAreCheckedYearByYear() {
    PriceBasis constant = PriceBasis.constant(Y24);
    IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
        () -> CounterfactualRoi.analyse("Haven", threeContacts(), table("40.00"),
            Map.of(Y24, Cost.of("0.00", "2024/25")), constant));
    assertEquals("Argument 'programmeCost[2024/25]' must be positive: £0.00 (2024/25 prices)", zero.getMessage());
    IllegalArgumentException base = assertThrows(IllegalArgumentException.class,
        () -> CounterfactualRoi.analyse("Haven", threeContacts(), table("40.00"),
            Map.of(Y24, Cost.of("300.00", "2023/24")), constant));
    assertEquals("Programme cost of 2024/25 is in 2023/24 prices but the analysis (" + constant.describe()
        + ") needs 2024/25 prices; rebase it first", base.getMessage());
  }

  @Test
  void aZeroUnitCostIsAcceptedAndANegativeOneRefused() {
    Map<FinancialYear, Cost> cost = Map.of(Y24, Cost.of("300.00", "2024/25"));
    RoiResult free = CounterfactualRoi.analyse("Haven", threeContacts(), table("0.00"), cost,
        PriceBasis.constant(Y24));
    // avoided cost 0 + 250 + 0 against 300
    assertEquals(0, free.options().get(0).total().benefits().amount().compareTo(Cost.of("250.00", "2024/25")
        .amount()));
    assertTrue(free.assumptions().contains("'Friends' valued at zero: no public cost."), free.assumptions().toString());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> CounterfactualRoi.analyse("Haven", threeContacts(), table("-1.00"), cost, PriceBasis.constant(Y24)));
    assertEquals("Argument 'unit cost of 'GP'' must not be negative: -£1.00 (2024/25 prices)", negative.getMessage());
  }

  @Test
  void perAlternativeFiguresNeedAResultWithContacts() {
    Map<FinancialYear, Cost> cost = Map.of(Y24, Cost.of("300.00", "2024/25"));
    RoiResult r = CounterfactualRoi.analyse("Haven", threeContacts(), table("40.00"), cost, PriceBasis.constant(Y24));
    List<RoiFigures> each = CounterfactualRoi.allYearsByAlternative(r);
    // alphabetical; each alternative (the one declared zero too) carries a third of the programme cost: GBP 100 against
    // 40, 250 and 0
    assertEquals(List.of("A&E", "Friends", "GP"), each.stream().map(RoiFigures::label).toList());
    for (RoiFigures f : each) {
      assertEquals(100.0, f.investment().amount().toDouble(), 1e-9, f.toString());
    }
    RoiResult noContacts = new RoiResult(r.strategyId(), r.appraisalName(), r.counterfactual(), r.options(),
        r.sources(), r.assumptions(), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CounterfactualRoi.allYearsByAlternative(noContacts));
    assertEquals("Argument 'result' must carry the contacts of a counterfactual ROI: Haven", e.getMessage());
  }

  @Test
  void theTableRefusesAnAlternativeCostedTwiceOrBothCostedAndZero() {
    SourcedCost gp = SourcedCost.userSupplied(Cost.of("40.00", "2024/25"), "test GP");
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> AlternativeCostTable.builder().cost("GP", Y24, gp).cost("gp ", Y24, gp));
    assertEquals("Argument 'alternative' must have one unit cost per year, but 2024/25 is set twice: gp ",
        twice.getMessage());
    IllegalArgumentException costedThenZero = assertThrows(IllegalArgumentException.class,
        () -> AlternativeCostTable.builder().cost("GP", Y24, gp).declareZero("GP", "free"));
    assertEquals("Argument 'alternative' must not be both costed and declared zero: GP", costedThenZero.getMessage());
    IllegalArgumentException zeroThenCosted = assertThrows(IllegalArgumentException.class,
        () -> AlternativeCostTable.builder().declareZero("GP", "free").cost("GP", Y24, gp));
    assertEquals("Argument 'alternative' must not be both costed and declared zero: GP", zeroThenCosted.getMessage());
    // a different alternative whose name starts with the same letters is not confused with it
    AlternativeCostTable t = AlternativeCostTable.builder().cost("GP out of hours", Y24, gp).declareZero("GP", "free")
        .build();
    assertTrue(t.costOf("GP", Y24).isPresent());
  }

  @Test
  void basesPrintAsTheyDescribeThemselves() {
    UnitCosts costs = UnitCosts.standard();
    UnitCostBasis years = UnitCostBasis.yearEditions(costs.gdpDeflator());
    assertEquals(years.describe(), years.toString());
    assertEquals("each year's own published edition", UnitCostBasis.Edition.YEAR_EDITIONS.label());
    assertEquals("one edition (the newest) rebased to every year", UnitCostBasis.Edition.LATEST_EDITION.label());
    PriceBasis constant = PriceBasis.constant(Y24);
    assertEquals(constant.describe(), constant.toString());
    UnitCostNotFoundException unknown = assertThrows(UnitCostNotFoundException.class,
        () -> years.valueFor(costs, "no.such.key", Y24, Y24));
    assertEquals("No unit cost with key 'no.such.key' in any edition (ncc 2023/24, ncc 2024/25); close matches: none; "
        + "editions with this key: none", unknown.getMessage());
    IllegalArgumentException notConstant = assertThrows(IllegalArgumentException.class,
        () -> new PriceBasis(Optional.of(Y24), FinancialYear.parse("2023/24"), Optional.empty()));
    assertEquals("Argument 'allYearsIn' must be the constant year 2024/25: 2023/24", notConstant.getMessage());
  }
}
