package io.github.commissioningvfm.model.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Provider Selection Regime decision path, worked by hand from the Health Care Services
 * (Provider Selection Regime) Regulations 2023 (SI 2023/1348), regulation 6 (which process) and
 * regulation 12 (standstill), and NHS England's "Provider Selection Regime: getting to the right
 * decision" and "reviewing decisions during the standstill period".
 */
class PsrAssessmentTest {

  private static PsrCircumstances.Builder incumbent() {
    return PsrCircumstances.builder().existingProvider(true).existingContractExpiring(true)
        .incumbentSatisfactory(true).lifetimeValues(Money.ofPounds(1_000_000), Money.ofPounds(1_100_000));
  }

  @Test
  void processCIsRefusedWhenTheChangeIsConsiderable() {
    // Satisfactory incumbent, contract expiring, but the new arrangements are materially different
    // in character: the considerable change threshold is met (regulation 6(10) to (12)), so C must
    // not be followed; the most suitable provider and competitive processes remain.
    PsrAssessment a = PsrAssessment.of(incumbent().materiallyDifferentInCharacter(true)
        .mostSuitableProviderIdentifiable(true).build());
    assertEquals(ProcessStatus.NOT_AVAILABLE, a.option(ProcurementRoute.DIRECT_AWARD_C).status());
    assertEquals("the change is considerable: the proposed arrangements are materially different in character from "
        + "the existing contract", a.option(ProcurementRoute.DIRECT_AWARD_C).reason());
    assertEquals("regulation 6(10) to (12) (considerable change)", a.option(ProcurementRoute.DIRECT_AWARD_C).rule()
        .location());
    assertEquals(ProcessStatus.AVAILABLE, a.option(ProcurementRoute.MOST_SUITABLE_PROVIDER).status());
    assertEquals(ProcessStatus.AVAILABLE, a.option(ProcurementRoute.COMPETITIVE_PROCESS).status());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.events("c",
        ProcurementRoute.DIRECT_AWARD_C, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 3), Set.of()));
    assertEquals("route DIRECT_AWARD_C is NOT_AVAILABLE: the change is considerable: the proposed arrangements are "
        + "materially different in character from the existing contract", e.getMessage());
  }

  @Test
  void processCIsOpenWithoutConsiderableChange() {
    // Lifetime value 1.0m to 1.1m: a rise of 100,000, under the 500,000 limb.
    PsrAssessment a = PsrAssessment.of(incumbent().changeAttributableToAuthority(true).build());
    assertEquals(ProcessStatus.AVAILABLE, a.option(ProcurementRoute.DIRECT_AWARD_C).status());
    assertEquals(ProcessStatus.NOT_AVAILABLE, a.option(ProcurementRoute.MOST_SUITABLE_PROVIDER).status());
  }

  @Test
  void largeRiseLeavesProcessCUndeterminedRatherThanGuessed() {
    PsrAssessment a = PsrAssessment.of(incumbent().changeAttributableToAuthority(true)
        .lifetimeValues(Money.ofPounds(1_000_000), Money.ofPounds(1_600_000)).build());
    assertEquals(ProcessStatus.UNDETERMINED, a.option(ProcurementRoute.DIRECT_AWARD_C).status());
  }

  @Test
  void processCIsClosedForAnUnsatisfactoryIncumbent() {
    PsrAssessment a = PsrAssessment.of(incumbent().incumbentSatisfactory(false).build());
    assertEquals(ProcessStatus.NOT_AVAILABLE, a.option(ProcurementRoute.DIRECT_AWARD_C).status());
  }

  @Test
  void onlyCapableIncumbentMakesProcessAMandatory() {
    PsrAssessment a = PsrAssessment.of(incumbent().onlyExistingProviderCapable(true).build());
    assertEquals(ProcessStatus.MANDATORY, a.option(ProcurementRoute.DIRECT_AWARD_A).status());
    assertEquals(ProcessStatus.NOT_AVAILABLE, a.option(ProcurementRoute.COMPETITIVE_PROCESS).status());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.events("c",
        ProcurementRoute.COMPETITIVE_PROCESS, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 3), Set.of()));
    assertTrue(e.getMessage().startsWith("route COMPETITIVE_PROCESS is NOT_AVAILABLE"), e.getMessage());
  }

  @Test
  void unrestrictedPatientChoiceMakesProcessBMandatory() {
    PsrAssessment a = PsrAssessment.of(PsrCircumstances.builder().unrestrictedPatientChoice(true).build());
    assertEquals(ProcessStatus.MANDATORY, a.option(ProcurementRoute.DIRECT_AWARD_B).status());
  }

  @Test
  void frameworkAgreementNeedsTheCompetitiveProcess() {
    PsrAssessment a = PsrAssessment.of(PsrCircumstances.builder().frameworkAgreement(true)
        .unrestrictedPatientChoice(true).build());
    assertEquals(ProcessStatus.MANDATORY, a.option(ProcurementRoute.COMPETITIVE_PROCESS).status());
    assertEquals(ProcessStatus.NOT_AVAILABLE, a.option(ProcurementRoute.DIRECT_AWARD_B).status());
  }

  @Test
  void standstillIsEightWorkingDaysAfterTheDayItBegins() {
    // Notice published Monday 3 March 2025; the period begins Tuesday 4 March (regulation 12(2));
    // representations until midnight at the end of the 8th working day after that day
    // (regulation 12(3)): 5, 6, 7, 10, 11, 12, 13, 14 March -> Friday 14 March; earliest award
    // Monday 17 March.
    StandstillPeriod p = StandstillPeriod.after(LocalDate.of(2025, 3, 3), Set.of());
    assertEquals(LocalDate.of(2025, 3, 4), p.begins());
    assertEquals(LocalDate.of(2025, 3, 14), p.lastDayForRepresentations());
    assertEquals(LocalDate.of(2025, 3, 17), p.earliestAward());
    // Easter 2025: Good Friday 18 April and Easter Monday 21 April are bank holidays. Notice on
    // Tuesday 15 April; begins 16 April; working days 17, 22, 23, 24, 25, 28, 29, 30 April.
    StandstillPeriod easter = StandstillPeriod.after(LocalDate.of(2025, 4, 15),
        Set.of(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21)));
    assertEquals(LocalDate.of(2025, 4, 30), easter.lastDayForRepresentations());
  }

  @Test
  void followingTheCompetitiveProcessRecordsNoticeStandstillAndAward() {
    PsrAssessment a = PsrAssessment.of(incumbent().materiallyDifferentInCharacter(true).build());
    List<CommissioningEvent> events = a.events("2025 re-procurement", ProcurementRoute.COMPETITIVE_PROCESS,
        LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 3), Set.of());
    assertEquals(List.of(EventType.PROCUREMENT_ROUTE_CHOSEN, EventType.INTENTION_TO_AWARD_NOTICE,
        EventType.STANDSTILL_END, EventType.AWARD), events.stream().map(CommissioningEvent::type).toList());
    assertEquals(LocalDate.of(2025, 3, 14), events.get(2).date());
    assertEquals(LocalDate.of(2025, 3, 17), events.get(3).date());
    assertTrue(a.toString().startsWith("Provider Selection Regime decision path:\n1. Is the procurement to conclude "
        + "a framework agreement? No."), a.toString());
  }
}
