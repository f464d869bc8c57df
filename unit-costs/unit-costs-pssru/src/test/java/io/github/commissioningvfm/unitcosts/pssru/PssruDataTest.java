package io.github.commissioningvfm.unitcosts.pssru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.CostUnit;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostNotFoundException;
import io.github.commissioningvfm.unitcosts.UnitCostTable;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the PSSRU tables against the manuals: Jones K., Weatherly H. et al., Unit Costs of Health
 * and Social Care 2022 Manual (2021/22 prices), 2023 Manual (2022/23 prices) and 2024 Manual
 * (2023/24 prices), PSSRU (University of Kent) and Centre for Health Economics (University of
 * York). Each test names the table.
 */
class PssruDataTest {

  private static final UnitCosts COSTS = UnitCosts.standard();

  private static void check(String edition, Map<String, String> expected, String priceBase) {
    UnitCostTable table = COSTS.edition("pssru", edition);
    expected.forEach((key, value) -> {
      UnitCost row = table.get(key);
      assertEquals(Cost.of(value, priceBase), row.value(), edition + " " + key);
      assertEquals("PSSRU Unit Costs of Health and Social Care", row.provenance().source());
    });
  }

  @Test
  void standardIncludesThePssruProviderWhenOnTheClassPath() {
    assertTrue(COSTS.providers().contains(PssruProvider.NAME));
    assertEquals(List.of("2022", "2023", "2024", "2024-amended-2025-10-12"),
        COSTS.tables("pssru").stream().map(t -> t.edition().edition()).toList());
    assertTrue(COSTS.tables("pssru").get(0).edition().licence().startsWith("Creative Commons Attribution-NonCommercial"));
  }

  @Test
  void theDataLicenceTravelsWithTheArtifact() throws java.io.IOException {
    try (java.io.InputStream in = PssruProvider.class.getResourceAsStream("/META-INF/LICENSE-DATA")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(text.contains("(CC BY-NC-SA 4.0)"), text);
      assertTrue(text.contains("https://creativecommons.org/licenses/by-nc-sa/4.0/"), text);
    }
  }

  @Test
  void table942GpConsultationInEveryEdition() {
    // Table 9.4.2: per surgery consultation, including direct care staff, with / without
    // qualifications: 2022 GBP 41 / 35 (9.22 minutes), 2023 GBP 49 / 42, 2024 GBP 45 / 37 (10 minutes).
    check("2022", Map.of("pssru.gp.consultation.with-qualifications", "41",
        "pssru.gp.consultation.without-qualifications", "35",
        "pssru.gp.minute-of-patient-contact.with-qualifications", "4.42",
        "pssru.gp.hour-of-patient-contact.with-qualifications", "265",
        "pssru.gp.prescription-per-consultation.net-ingredient-cost", "33"), "2021/22");
    check("2023", Map.of("pssru.gp.consultation.with-qualifications", "49",
        "pssru.gp.consultation.without-qualifications", "42",
        "pssru.gp.consultation.excl-direct-care-staff.with-qualifications", "45",
        "pssru.gp.minute-of-patient-contact.with-qualifications", "4.94",
        "pssru.gp.hour-of-gms-activity.without-qualifications", "151"), "2022/23");
    check("2024", Map.of("pssru.gp.consultation.with-qualifications", "45",
        "pssru.gp.consultation.without-qualifications", "37",
        "pssru.gp.consultation.excl-direct-care-staff.without-qualifications", "33",
        "pssru.gp.minute-of-patient-contact.with-qualifications", "4.47",
        "pssru.gp.minute-of-patient-contact.excl-direct-care-staff.without-qualifications", "3.27",
        "pssru.gp.hour-of-patient-contact.without-qualifications", "222",
        "pssru.gp.prescription-per-consultation.actual-cost", "27"), "2023/24");
    assertEquals(CostUnit.PER_CONSULTATION,
        COSTS.edition("pssru", "2024").get("pssru.gp.consultation.with-qualifications").unit());
  }

  @Test
  void table942PerMinuteTimesTenMinutesGivesTheConsultationCost() {
    // Table 9.4.2 (2024): GBP 4.47 per minute x 10 minutes = GBP 44.70, printed as GBP 45.
    UnitCostTable t = COSTS.edition("pssru", "2024");
    Cost tenMinutes = t.get("pssru.gp.minute-of-patient-contact.with-qualifications").value().multipliedBy(10);
    assertEquals("GBP 45", tenMinutes.amount().amount().setScale(0, java.math.RoundingMode.HALF_UP)
        .toPlainString().replaceFirst("^", "GBP "));
  }

  @Test
  void tables931And1011And1061And821StaffCosts() {
    // Table 9.3.1 GP practice nurse per hour without / with qualifications; table 10.1.1 social
    // worker (adult); table 10.6.1 support and outreach worker; table 8.2.1 AfC bands 5/6/7/8a.
    check("2022", Map.of("pssru.gp-practice-nurse.hour.without-qualifications", "46",
        "pssru.gp-practice-nurse.hour.with-qualifications", "52",
        "pssru.social-worker-adult.hour.without-qualifications", "42",
        "pssru.social-worker-adult.hour.with-qualifications", "50"), "2021/22");
    check("2023", Map.of("pssru.gp-practice-nurse.hour.without-qualifications", "47",
        "pssru.gp-practice-nurse.hour.with-qualifications", "53",
        "pssru.social-worker-adult.hour.without-qualifications", "44",
        "pssru.social-worker-adult.hour.with-qualifications", "53"), "2022/23");
    check("2024", Map.of("pssru.gp-practice-nurse.hour.without-qualifications", "47",
        "pssru.social-worker-adult.hour.without-qualifications", "48",
        "pssru.social-worker-adult.hour.with-qualifications", "58",
        "pssru.support-outreach-worker.hour", "30",
        "pssru.afc-community.band-5.working-hour", "44",
        "pssru.afc-community.band-6.working-hour", "57",
        "pssru.afc-community.band-7.working-hour", "68",
        "pssru.afc-community.band-8a.working-hour", "77"), "2023/24");
  }

  @Test
  void table1132ConsultantPsychiatricAsPrinted() {
    // Table 11.3.2: consultant psychiatric per working hour; 2023 GBP 109 (without qualifications);
    // 2024 before the amendment GBP 87 / 124.
    check("2023", Map.of("pssru.consultant-psychiatric.hour.without-qualifications", "109"), "2022/23");
    check("2024", Map.of("pssru.consultant-psychiatric.hour.without-qualifications", "87",
        "pssru.consultant-psychiatric.hour.with-qualifications", "124"), "2023/24");
  }

  @Test
  void table96TelephoneTriageAndTable951EConsultation() {
    check("2023", Map.of("pssru.telephone-triage.nurse-led.intervention", "9.04",
        "pssru.telephone-triage.gp-led.intervention", "20.27",
        "pssru.telephone-triage.nurse-led.hour-of-contact", "83",
        "pssru.telephone-triage.gp-led.hour-of-contact", "323"), "2022/23");
    check("2024", Map.of("pssru.telephone-triage.nurse-led.intervention", "9.08",
        "pssru.telephone-triage.gp-led.intervention", "18.63",
        "pssru.telephone-triage.gp-led.hour-of-contact", "279",
        "pssru.e-consultation.average", "45.98"), "2023/24");
  }

  @Test
  void table211MentalHealthCosts() {
    // Table 2.1.1: 2024 (NCC 2023/24 per care contact); 2023 and 2022 (NCC uprated).
    check("2024", Map.of("pssru.mh-care-contact.crisis-resolution-home-treatment", "338",
        "pssru.mh-care-contact.community-mental-health-functional", "280",
        "pssru.mh-care-contact.psychiatric-liaison", "355",
        "pssru.mh-care-contact.primary-care-mental-health", "263",
        "pssru.mh-care-contact.forensic", "500",
        "pssru.mh-care-contact.community-learning-disabilities", "371",
        "pssru.mh-care-contact.memory-services", "238"), "2023/24");
    assertEquals(20, COSTS.edition("pssru", "2024").keys().stream()
        .filter(k -> k.startsWith("pssru.mh-care-contact.")).count());
    check("2023", Map.of("pssru.mh-care-contact.all-plics", "266", "pssru.iapt.contact", "135",
        "pssru.mh-care-cluster.bed-day", "277", "pssru.ae-mental-health-liaison.contact", "334",
        "pssru.secure-mh-care-cluster.bed-day", "740", "pssru.eating-disorder-adult-admitted.bed-day", "760"),
        "2022/23");
    check("2022", Map.of("pssru.mh-care-contact.all-plics", "241", "pssru.iapt.contact", "140",
        "pssru.mh-care-cluster.bed-day", "341", "pssru.eating-disorder-adult-admitted.bed-day", "645"), "2021/22");
  }

  @Test
  void table611HospitalServices() {
    // Table 6.1.1: ambulance hear and treat / see and treat / see and convey / average, outpatients.
    check("2022", Map.of("pssru.ambulance.hear-and-treat", "87", "pssru.ambulance.see-and-treat", "276",
        "pssru.ambulance.see-and-convey", "367", "pssru.ambulance.average-all", "276",
        "pssru.outpatient.attendance", "235"), "2021/22");
    check("2023", Map.of("pssru.ambulance.hear-and-treat", "67", "pssru.ambulance.see-and-treat", "287",
        "pssru.ambulance.see-and-convey", "417", "pssru.ambulance.average-all", "254",
        "pssru.outpatient.attendance", "217"), "2022/23");
    check("2024", Map.of("pssru.ambulance.hear-and-treat", "66", "pssru.ambulance.see-and-treat", "327",
        "pssru.ambulance.see-and-convey", "459", "pssru.ambulance.other", "22", "pssru.ambulance.average-all", "250",
        "pssru.emergency-care.attendance", "273", "pssru.talking-therapies.care-contact", "163",
        "pssru.outpatient.attendance", "198"), "2023/24");
  }

  @Test
  void table751LowIntensityInterventionsAndTable251BehaviouralActivation() {
    check("2022", Map.of("pssru.ocd.guided-self-help.course", "466", "pssru.ocd.guided-self-help.materials", "6.69",
        "pssru.ocd.guided-self-help.training", "42", "pssru.ocd.guided-self-help.practitioner-contacts", "417",
        "pssru.ocd.supported-ccbt.course", "188"), "2021/22");
    check("2023", Map.of("pssru.ocd.guided-self-help.course", "491", "pssru.ocd.guided-self-help.materials", "7.05",
        "pssru.ocd.supported-ccbt.course", "198"), "2022/23");
    check("2024", Map.of("pssru.ocd.guided-self-help.course", "524", "pssru.ocd.guided-self-help.materials", "7.52",
        "pssru.ocd.guided-self-help.training", "47", "pssru.ocd.guided-self-help.practitioner-contacts", "469",
        "pssru.ocd.supported-ccbt.course", "212",
        "pssru.behavioural-activation.group-session.without-qualifications", "19",
        "pssru.behavioural-activation.group-session.with-qualifications", "21",
        "pssru.behavioural-activation.twelve-sessions.without-qualifications", "233",
        "pssru.behavioural-activation.twelve-sessions.with-qualifications", "254"), "2023/24");
  }

  @Test
  void theAmendedEditionIsItsOwnEditionAndLeavesTheOriginalUntouched() {
    UnitCostTable amended = COSTS.edition("pssru", "2024-amended-2025-10-12");
    assertEquals("2024", amended.edition().amends().orElseThrow());
    assertEquals("2024-amended-2025-10-12", COSTS.latest("pssru").edition().edition());
    // GP, practice nurse and AfC band costs are the same before and after the amendment.
    assertEquals(COSTS.edition("pssru", "2024").get("pssru.gp.consultation.with-qualifications").value(),
        amended.get("pssru.gp.consultation.with-qualifications").value());
    assertEquals(Cost.of("77", "2023/24"), amended.get("pssru.afc-community.band-8a.working-hour").value());
    // The consultant costs the amendment corrected are not in the amended edition (their amended
    // values are unverified), so the original stays visible and the gap is explicit.
    UnitCostNotFoundException e = assertThrows(UnitCostNotFoundException.class,
        () -> amended.get("pssru.consultant-psychiatric.hour.without-qualifications"));
    assertEquals(List.of("pssru 2023", "pssru 2024"), e.editionsWithKey());
    assertEquals(Cost.of("87", "2023/24"), COSTS.get("pssru.consultant-psychiatric.hour.without-qualifications").value());
    // A key only in older editions is found in the newest edition that has it.
    assertEquals(Cost.of("524", "2023/24"), COSTS.get("pssru.ocd.guided-self-help.course").value());
    assertEquals(FinancialYear.parse("2023/24"), amended.rows().get(0).value().priceBase());
  }
}
