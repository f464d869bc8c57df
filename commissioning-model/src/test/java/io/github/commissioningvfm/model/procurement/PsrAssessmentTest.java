package io.github.commissioningvfm.model.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Percentage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Provider Selection Regime decision path, worked by hand from the Health Care Services
 * (Provider Selection Regime) Regulations 2023 (SI 2023/1348), regulation 6 (which process) and
 * regulation 12 (standstill), and NHS England's "Provider Selection Regime: getting to the right
 * decision" and "reviewing decisions during the standstill period". The considerable change
 * threshold as summarised by Burges Salmon (2024), "NHS Provider Selection Regime: guidance on
 * Direct Award C": materially different in character, or a rise attributable to the authority of
 * at least GBP 500,000 and of at least a percentage of the existing lifetime value (the percentage
 * was not read in a source; tests that need it supply it as the caller would).
 */
class PsrAssessmentTest {

  private static PsrCircumstances.Builder incumbent() {
    return PsrCircumstances.builder().existingProvider(true).existingContractExpiring(true)
        .incumbentSatisfactory(true).lifetimeValues(Money.ofPounds(1_000_000), Money.ofPounds(1_100_000));
  }

  @Test
  void processCIsRefusedWhenTheChangeIsConsiderable() {
    // Satisfactory incumbent, contract expiring, but the new arrangements are materially different
    // in character: the first limb of the considerable change threshold is met, whatever the
    // values, so C must not be followed; the most suitable provider and competitive processes remain.
    PsrAssessment a = PsrAssessment.of(incumbent().materiallyDifferentInCharacter(true)
        .mostSuitableProviderIdentifiable(true).build());
    assertEquals(ProcessStatus.NOT_AVAILABLE, a.option(ProcurementRoute.DIRECT_AWARD_C).status());
    assertEquals("the change is considerable: the proposed arrangements are materially different in character from "
        + "the existing contract", a.option(ProcurementRoute.DIRECT_AWARD_C).reason());
    assertEquals("regulation 6(10) to (12) as NHS England's 'getting to the right decision' places it (the "
        + "considerable change threshold; £500,000 as summarised by Burges Salmon, 2024; those paragraphs were not "
        + "read)", a.option(ProcurementRoute.DIRECT_AWARD_C).rule().location());
    assertEquals(ProcessStatus.AVAILABLE, a.option(ProcurementRoute.MOST_SUITABLE_PROVIDER).status());
    assertEquals(ProcessStatus.AVAILABLE, a.option(ProcurementRoute.COMPETITIVE_PROCESS).status());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.events("c",
        ProcurementRoute.DIRECT_AWARD_C, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 3), Set.of()));
    assertEquals("route DIRECT_AWARD_C is NOT_AVAILABLE: the change is considerable: the proposed arrangements are "
        + "materially different in character from the existing contract", e.getMessage());
  }

  @Test
  void processCIsRefusedWhenTheAuthoritysRiseReachesBothFigures() {
    // Value limb, worked by hand. Existing lifetime value GBP 1,000,000; proposed GBP 1,600,000,
    // the rise the authority's decision: 600,000 >= 500,000, and 600,000 / 1,000,000 = 60%. With
    // the percentage supplied as 25% (a caller's figure; the library ships none), 60% >= 25%: the
    // threshold is met and C is refused.
    ConsiderableChangeThreshold t = ConsiderableChangeThreshold.standard()
        .withMinimumRise(Percentage.ofPercent("25"), "figure supplied for this test");
    PsrAssessment a = PsrAssessment.of(incumbent().changeAttributableToAuthority(true)
        .lifetimeValues(Money.ofPounds(1_000_000), Money.ofPounds(1_600_000)).build(), t);
    ProcessOption c = a.option(ProcurementRoute.DIRECT_AWARD_C);
    assertEquals(ProcessStatus.NOT_AVAILABLE, c.status());
    assertEquals("the change is considerable: the authority's decision raises the lifetime value by £600,000.00, at "
        + "least £500,000.00 and at least 25% of the existing value", c.reason());
    assertEquals(List.of("percentage of the value condition 25% supplied by the caller: figure supplied for this "
        + "test"), c.rule().adjustments());
    assertTrue(a.toString().contains("Is the considerable change threshold met? Yes: the change is the authority's "
        + "decision and the lifetime value rises by £600,000.00 (from £1,000,000.00 to £1,600,000.00), 60.0% of the "
        + "existing value, at least £500,000.00 and at least 25% of the existing value"), a.toString());
    // The same rise against a supplied 75%: 60% < 75%, so the threshold is not met and C stays open.
    PsrAssessment open = PsrAssessment.of(incumbent().changeAttributableToAuthority(true)
        .lifetimeValues(Money.ofPounds(1_000_000), Money.ofPounds(1_600_000)).build(),
        ConsiderableChangeThreshold.standard().withMinimumRise(Percentage.ofPercent("75"), "figure for this test"));
    assertEquals(ProcessStatus.AVAILABLE, open.option(ProcurementRoute.DIRECT_AWARD_C).status());
  }

  @Test
  void bothFiguresAreReachedAtExactlyTheirValues() {
    // "At least": GBP 2,000,000 to 2,500,000 is a rise of exactly 500,000 and exactly 25%.
    ConsiderableChangeThreshold t = ConsiderableChangeThreshold.standard()
        .withMinimumRise(Percentage.ofPercent("25"), "figure supplied for this test");
    PsrCircumstances.Builder b = incumbent().changeAttributableToAuthority(true);
    assertEquals(ProcessStatus.NOT_AVAILABLE, PsrAssessment.of(b.lifetimeValues(Money.ofPounds(2_000_000),
        Money.ofPounds(2_500_000)).build(), t).option(ProcurementRoute.DIRECT_AWARD_C).status());
    // One penny less than GBP 500,000 leaves the threshold unmet, whatever the percentage.
    assertEquals(ProcessStatus.AVAILABLE, PsrAssessment.of(b.lifetimeValues(Money.ofPounds(2_000_000),
        Money.of("2499999.99")).build(), t).option(ProcurementRoute.DIRECT_AWARD_C).status());
  }

  @Test
  void processCIsOpenWithoutConsiderableChange() {
    // Lifetime value 1.0m to 1.1m: a rise of 100,000, under the 500,000 figure.
    PsrAssessment a = PsrAssessment.of(incumbent().changeAttributableToAuthority(true).build());
    assertEquals(ProcessStatus.AVAILABLE, a.option(ProcurementRoute.DIRECT_AWARD_C).status());
    // Process C's notice of intention: regulation 9(4), content in Schedule 3.
    assertTrue(a.events("c", ProcurementRoute.DIRECT_AWARD_C, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 3),
        Set.of()).get(1).note().endsWith("regulation 9(4) and Schedule 3 (notice of intention to award to the "
            + "existing provider))"));
    assertEquals("an expiring contract, a satisfactory existing provider and no considerable change",
        a.option(ProcurementRoute.DIRECT_AWARD_C).reason());
    assertEquals(ProcessStatus.NOT_AVAILABLE, a.option(ProcurementRoute.MOST_SUITABLE_PROVIDER).status());
    // A rise of 600,000 the authority did not decide is no considerable change either.
    PsrAssessment external = PsrAssessment.of(incumbent().lifetimeValues(Money.ofPounds(1_000_000),
        Money.ofPounds(1_600_000)).build());
    assertEquals(ProcessStatus.AVAILABLE, external.option(ProcurementRoute.DIRECT_AWARD_C).status());
  }

  @Test
  void largeRiseLeavesProcessCUndeterminedRatherThanGuessed() {
    // 1.0m to 1.6m: 600,000 reaches GBP 500,000; whether 60% reaches the percentage is not known.
    PsrAssessment a = PsrAssessment.of(incumbent().changeAttributableToAuthority(true)
        .lifetimeValues(Money.ofPounds(1_000_000), Money.ofPounds(1_600_000)).build());
    assertEquals(ProcessStatus.UNDETERMINED, a.option(ProcurementRoute.DIRECT_AWARD_C).status());
    assertEquals("the lifetime value rises by £600,000.00 (60.0%); check the percentage of the considerable change "
        + "threshold", a.option(ProcurementRoute.DIRECT_AWARD_C).reason());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.events("c",
        ProcurementRoute.DIRECT_AWARD_C, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 3), Set.of()));
    assertEquals("route DIRECT_AWARD_C is UNDETERMINED: the lifetime value rises by £600,000.00 (60.0%); check the "
        + "percentage of the considerable change threshold", e.getMessage());
  }

  @Test
  void riseFromNothingMeetsThePercentageWhateverItIs() {
    // An existing lifetime value of zero: any rise is more than every percentage of it, so a rise
    // of 600,000 decided by the authority meets the threshold without the percentage.
    PsrAssessment a = PsrAssessment.of(incumbent().changeAttributableToAuthority(true)
        .lifetimeValues(Money.ZERO, Money.ofPounds(600_000)).build());
    assertEquals(ProcessStatus.NOT_AVAILABLE, a.option(ProcurementRoute.DIRECT_AWARD_C).status());
    assertEquals("the change is considerable: the authority's decision raises the lifetime value by £600,000.00, at "
        + "least £500,000.00 and at least any percentage of the existing value",
        a.option(ProcurementRoute.DIRECT_AWARD_C).reason());
  }

  @Test
  void thresholdStatesWhatIsMissingAndRefusesBadFigures() {
    assertEquals("materially different in character, or a rise attributable to the authority of at least "
        + "£500,000.00 and of at least a percentage of the existing lifetime value not encoded (the percentage "
        + "figure of the value condition was not read in the regulation or in NHS England's statutory guidance)",
        ConsiderableChangeThreshold.standard().toString());
    assertEquals("materially different in character, or a rise attributable to the authority of at least "
        + "£500,000.00 and of at least 25% of the existing lifetime value (supplied by the caller: a reading)",
        ConsiderableChangeThreshold.standard().withMinimumRise(Percentage.ofPercent("25"), "a reading").toString());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () ->
        ConsiderableChangeThreshold.standard().withMinimumRise(Percentage.ofPercent("-5"), "x"));
    assertEquals("Argument 'minimumRise' must not be negative: -0.05", negative.getMessage());
    IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class, () ->
        new ConsiderableChangeThreshold(Money.ofPounds(500_000), Optional.empty(), " ",
            ConsiderableChangeThreshold.standard().source()));
    assertEquals("Argument 'note' must give the reason when the percentage is empty:  ", noReason.getMessage());
  }

  @Test
  void processesCiteTheParagraphsOfRegulation6ReadAsMadeUnderStableKeys() {
    // SI 2023/1348 regulation 6, as made, legislation.gov.uk: 6(3) process A, 6(4) process B,
    // 6(5)(a) and (b) the opening conditions of process C; 6(3)(c) and 6(4)(e) exclude framework
    // agreements from A and B.
    PsrAssessment open = PsrAssessment.of(incumbent().build());
    ProcessOption a = open.option(ProcurementRoute.DIRECT_AWARD_A);
    assertEquals("regulation 6(3) (when Direct Award Process A must be followed) and regulation 7",
        a.rule().location());
    assertEquals("psr.reg-6-7", a.rule().key());
    ProcessOption b = open.option(ProcurementRoute.DIRECT_AWARD_B);
    assertEquals("regulation 6(4) (when Direct Award Process B must be followed) and regulation 8",
        b.rule().location());
    assertEquals("psr.reg-6-8", b.rule().key());
    ProcessOption c = open.option(ProcurementRoute.DIRECT_AWARD_C);
    assertEquals("regulation 6(5) (when Direct Award Process C may be followed; sub-paragraphs (a) and (b) read) "
        + "and regulation 9", c.rule().location());
    assertEquals("psr.reg-6-9", c.rule().key());
    ProcessOption framework = PsrAssessment.of(PsrCircumstances.builder().frameworkAgreement(true).build())
        .option(ProcurementRoute.COMPETITIVE_PROCESS);
    assertEquals("regulation 6(3)(c) and (4)(e) (processes A and B are not for concluding a framework agreement; "
        + "the paragraph requiring the competitive process for one was not read) and Part 3 (framework agreements)",
        framework.rule().location());
    assertEquals("psr.reg-6-framework", framework.rule().key());
    assertEquals("psr.reg-6-considerable-change", ConsiderableChangeThreshold.standard().source().key());
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
    // Notice published Monday 3 March 2025; the period begins Tuesday 4 March, the day after;
    // representations until midnight at the end of the 8th working day after that day
    // (regulation 12; NHS England statutory guidance, January 2024): 5, 6, 7, 10, 11, 12, 13, 14 March -> Friday 14 March; earliest award
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
    // The notice's content is set by Schedule 10 (regulation 11(10)) of SI 2023/1348 as made.
    assertEquals("COMPETITIVE_PROCESS: notice of intention to award published (Health Care Services (Provider "
        + "Selection Regime) Regulations 2023 (SI 2023/1348) as made, regulation 11(10) and Schedule 10 (notice of "
        + "intention to award under the Competitive Process))", events.get(1).note());
    assertTrue(a.toString().startsWith("Provider Selection Regime decision path:\n1. Is the procurement to conclude "
        + "a framework agreement? No."), a.toString());
  }
}
