package io.github.commissioningvfm.unitcosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Checks every bundled NHS National Cost Collection value against the published figures.
 *
 * <p>Sources: NCC 2024/25 national schedule (NHS England, November 2025), read from the dataset
 * copy in NICE COSTmos {@code data/ncc.rda}; NCC 2023/24 national schedule (Power BI export),
 * read from COSTmos {@code inst/extdata/ncc_2023_24.csv}; rounded 2023/24 figures as printed in
 * PSSRU Unit Costs of Health and Social Care 2024, table 6.1.1.
 */
class BundledNccDataTest {

  private static final UnitCosts COSTS = UnitCosts.standard();

  private static void assertValue(String edition, String key, String expected, CostUnit unit) {
    UnitCost row = COSTS.edition("ncc", edition).get(key);
    assertEquals(Cost.of(expected, edition), row.value(), key);
    assertEquals(unit, row.unit(), key);
    assertEquals("NHS National Cost Collection", row.provenance().source());
    assertEquals(edition, row.provenance().edition());
    assertEquals(key, row.provenance().key());
  }

  @Test
  void ncc202425AmbulanceMatchesTheNationalSchedule() {
    // NCC 2024/25 national schedule, Ambulance currencies 01 to 04.
    assertValue("2024/25", "ncc.ambulance.hear-and-treat", "62.37", CostUnit.PER_INCIDENT);
    assertValue("2024/25", "ncc.ambulance.see-and-treat", "364.35", CostUnit.PER_INCIDENT);
    assertValue("2024/25", "ncc.ambulance.see-and-convey", "489.39", CostUnit.PER_INCIDENT);
    assertValue("2024/25", "ncc.ambulance.other", "27.59", CostUnit.PER_INCIDENT);
    assertValue("2024/25", "ncc.ambulance.weighted-all", "271.98", CostUnit.PER_INCIDENT);
  }

  @Test
  void ncc202425EmergencyCareMatchesTheNationalSchedule() {
    // NCC 2024/25 national schedule, Emergency Care HRGs VB01Z-VB99Z.
    assertValue("2024/25", "ncc.emergency-care.weighted-all", "280.17", CostUnit.PER_ATTENDANCE);
    assertValue("2024/25", "ncc.emergency-care.vb11z-no-investigation-no-significant-treatment", "126.76",
        CostUnit.PER_ATTENDANCE);
    assertValue("2024/25", "ncc.emergency-care.vb09z-category-1-investigation-category-1-2-treatment", "182.12",
        CostUnit.PER_ATTENDANCE);
    assertValue("2024/25", "ncc.emergency-care.vb08z-category-2-investigation-category-1-treatment", "269.19",
        CostUnit.PER_ATTENDANCE);
    assertValue("2024/25", "ncc.emergency-care.vb03z-category-3-investigation-category-1-3-treatment", "515.45",
        CostUnit.PER_ATTENDANCE);
  }

  @Test
  void ncc202425MentalHealthCareContactsMatchTheNationalSchedule() {
    // NCC 2024/25 national schedule, Mental Health Care Contact currencies.
    String p = "ncc.mh-care-contact.";
    assertValue("2024/25", p + "a02-crisis-resolution-home-treatment", "356.83", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a05-primary-care-mental-health", "254.26", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a06-community-mental-health-functional", "278.91", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a07-community-mental-health-organic", "258.36", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a11-psychiatric-liaison", "346.01", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a18-single-point-of-access", "223.17", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a19-crisis-response-line", "184.55", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a20-health-based-place-of-safety", "1518.46", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a21-crisis-cafe-safe-haven", "290.84", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a22-walk-in-crisis-assessment-unit", "597.93", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a23-psychiatric-decision-unit", "612.11", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a24-acute-day-service", "194.02", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "a25-crisis-house", "367.24", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "c05-paediatric-liaison", "436.10", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "f01-education-based-mental-health-support-team", "315.98", CostUnit.PER_CONTACT);
    assertValue("2024/25", p + "weighted-all", "305.94", CostUnit.PER_CONTACT);
  }

  @Test
  void ncc202425TalkingTherapiesMatchTheNationalSchedule() {
    // NCC 2024/25 national schedule, NHS Talking Therapies currencies 01IAPT and 02IAPT.
    assertValue("2024/25", "ncc.talking-therapies.assessment", "168.16", CostUnit.PER_CONTACT);
    assertValue("2024/25", "ncc.talking-therapies.treatment", "173.55", CostUnit.PER_CONTACT);
    assertValue("2024/25", "ncc.talking-therapies.weighted-all", "169.49", CostUnit.PER_CONTACT);
  }

  @Test
  void ncc202324MatchesTheDatasetCopy() {
    // NCC 2023/24 national schedule (Power BI export), dataset copy.
    assertValue("2023/24", "ncc.ambulance.hear-and-treat", "65.56", CostUnit.PER_INCIDENT);
    assertValue("2023/24", "ncc.ambulance.see-and-treat", "326.99", CostUnit.PER_INCIDENT);
    assertValue("2023/24", "ncc.ambulance.see-and-convey", "458.73", CostUnit.PER_INCIDENT);
    assertValue("2023/24", "ncc.ambulance.other", "22.46", CostUnit.PER_INCIDENT);
    assertValue("2023/24", "ncc.ambulance.weighted-all", "250.02", CostUnit.PER_INCIDENT);
    assertValue("2023/24", "ncc.emergency-care.weighted-all", "272.97", CostUnit.PER_ATTENDANCE);
    assertValue("2023/24", "ncc.mh-care-contact.weighted-all", "302.11", CostUnit.PER_CONTACT);
    assertValue("2023/24", "ncc.talking-therapies.weighted-all", "162.72", CostUnit.PER_CONTACT);
    assertEquals(8, COSTS.edition("ncc", "2023/24").size());
  }

  @Test
  void ncc202324AgreesWithPssru2024Table611AfterRounding() {
    // PSSRU Unit Costs of Health and Social Care 2024, table 6.1.1 (NCC 2023/24, whole pounds):
    // emergency care 273, hear and treat 66, see and treat 327, see and convey 459, other 22,
    // average of all 250, NHS Talking Therapies care contact 163.
    UnitCostTable t = COSTS.edition("ncc", "2023/24");
    assertEquals(new BigDecimal("273"), pounds(t.get("ncc.emergency-care.weighted-all")));
    assertEquals(new BigDecimal("66"), pounds(t.get("ncc.ambulance.hear-and-treat")));
    assertEquals(new BigDecimal("327"), pounds(t.get("ncc.ambulance.see-and-treat")));
    assertEquals(new BigDecimal("459"), pounds(t.get("ncc.ambulance.see-and-convey")));
    assertEquals(new BigDecimal("22"), pounds(t.get("ncc.ambulance.other")));
    assertEquals(new BigDecimal("250"), pounds(t.get("ncc.ambulance.weighted-all")));
    assertEquals(new BigDecimal("163"), pounds(t.get("ncc.talking-therapies.weighted-all")));
  }

  private static BigDecimal pounds(UnitCost row) {
    return row.value().amount().amount().setScale(0, RoundingMode.HALF_UP);
  }

  @Test
  void derivedAmbulanceMeansFollowFromTheCurrencyRows() {
    // Weighted mean = sum(activity x unit cost) / sum(activity), with the activities of the
    // NCC 2024/25 and 2023/24 ambulance currencies 01 to 04.
    BigDecimal sum2425 = new BigDecimal("1439703").multiply(new BigDecimal("62.37"))
        .add(new BigDecimal("2674034").multiply(new BigDecimal("364.35")))
        .add(new BigDecimal("4928029").multiply(new BigDecimal("489.39")))
        .add(new BigDecimal("4160030").multiply(new BigDecimal("27.59")));
    BigDecimal activity2425 = new BigDecimal(1439703 + 2674034 + 4928029 + 4160030);
    assertEquals(sum2425.divide(activity2425, 2, RoundingMode.HALF_UP),
        COSTS.edition("ncc", "2024/25").get("ncc.ambulance.weighted-all").value().amount().amount());
    BigDecimal sum2324 = new BigDecimal("1147817").multiply(new BigDecimal("65.56"))
        .add(new BigDecimal("2659366").multiply(new BigDecimal("326.99")))
        .add(new BigDecimal("4858582").multiply(new BigDecimal("458.73")))
        .add(new BigDecimal("4425204").multiply(new BigDecimal("22.46")));
    BigDecimal activity2324 = new BigDecimal(1147817 + 2659366 + 4858582 + 4425204);
    assertEquals(sum2324.divide(activity2324, 2, RoundingMode.HALF_UP),
        COSTS.edition("ncc", "2023/24").get("ncc.ambulance.weighted-all").value().amount().amount());
  }

  @Test
  void derivedRowsAreLabelledWithTheirMethod() {
    for (UnitCostTable t : COSTS.tables("ncc")) {
      for (UnitCost row : t.rows()) {
        if (row.key().endsWith(".weighted-all") && row.confidence().orElse("").equals("derived")) {
          assertTrue(row.description().contains("(derived)"), row.key());
          assertTrue(row.notes().startsWith("Derived: sum of (activity x unit cost)"), row.key());
        }
      }
    }
    assertEquals("derived", COSTS.latest("ncc").get("ncc.emergency-care.weighted-all").confidence().orElseThrow());
  }

  @Test
  void everyBundledRowIsInItsEditionsPriceBase() {
    for (UnitCostTable t : COSTS.tables("ncc")) {
      FinancialYear base = FinancialYear.parse(t.edition().edition());
      t.rows().forEach(r -> assertEquals(base, r.value().priceBase(), r.key()));
    }
  }

  @Test
  void latestNccEditionIs202425() {
    assertEquals("2024/25", COSTS.latest("ncc").edition().edition());
    assertEquals(29, COSTS.latest("ncc").size());
    assertEquals("Open Government Licence v3.0", COSTS.latest("ncc").edition().licence());
  }
}
