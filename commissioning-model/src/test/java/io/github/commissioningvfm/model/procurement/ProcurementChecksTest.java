package io.github.commissioningvfm.model.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.rate.Proportion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Provider Selection Regime decision path in words (SI 2023/1348, regulation 6), the checks of
 * its inputs and of the bid evaluation.
 */
class ProcurementChecksTest {

  private static final LocalDate DECIDED = LocalDate.of(2025, 2, 3);
  private static final LocalDate NOTICE = LocalDate.of(2025, 3, 3);

  private static final EvaluationScheme SCHEME = new EvaluationScheme(Proportion.ofPercent("50"), List.of(
      new EvaluationCriterion("quality", "quality", Proportion.ALL, Optional.empty())), 4);

  @Test
  void processAIsRecordedAsAnAwardOnTheNoticeDateWithItsReasonInThePath() {
    PsrAssessment a = PsrAssessment.of(PsrCircumstances.builder().existingProvider(true)
        .onlyExistingProviderCapable(true).build());
    assertTrue(a.toString().contains("only one capable of providing the services? Yes: direct award process A must "
        + "be followed."), a.toString());
    List<CommissioningEvent> events = a.events("c", ProcurementRoute.DIRECT_AWARD_A, DECIDED, NOTICE, Set.of());
    assertEquals(List.of(EventType.PROCUREMENT_ROUTE_CHOSEN, EventType.AWARD),
        events.stream().map(CommissioningEvent::type).toList());
    assertEquals(NOTICE, events.get(1).date());
  }

  @Test
  void theOptionsArePrintedOnePerLineWithTheirReasons() {
    PsrAssessment a = PsrAssessment.of(PsrCircumstances.builder().mostSuitableProviderIdentifiable(true).build());
    String text = a.toString();
    assertTrue(text.contains("\nProcesses:\n- " + a.options().get(0)), text);
    assertTrue(text.contains("\n- DIRECT_AWARD_A: NOT_AVAILABLE - there is no existing provider ["), text);
    assertTrue(text.contains("unrestricted choice of provider, with a contract for every provider that meets the "
        + "requirements? No: direct award process B does not apply."), text);
    assertTrue(text.contains("without a competition? Yes: the most suitable provider process may be followed."), text);
    assertEquals("the authority can identify the most suitable provider without a competition",
        a.option(ProcurementRoute.MOST_SUITABLE_PROVIDER).reason());
    assertEquals("no existing contract is expiring", a.option(ProcurementRoute.DIRECT_AWARD_C).reason());
    assertEquals(ProcessStatus.AVAILABLE, a.option(ProcurementRoute.MOST_SUITABLE_PROVIDER).status());
    PsrAssessment incumbent = PsrAssessment.of(PsrCircumstances.builder().existingProvider(true).build());
    assertEquals("other providers could provide the services",
        incumbent.option(ProcurementRoute.DIRECT_AWARD_A).reason());
    assertTrue(incumbent.toString().contains("without a competition? No: the most suitable provider process is not "
        + "open."), incumbent.toString());
  }

  @Test
  void processBIsStatedInThePathWhenItIsMandatory() {
    PsrAssessment a = PsrAssessment.of(PsrCircumstances.builder().unrestrictedPatientChoice(true).build());
    assertTrue(a.toString().contains("requirements? Yes: direct award process B must be followed."), a.toString());
  }

  @Test
  void aRiseTheAuthorityDidNotDecideIsExplainedAsSuch() {
    PsrAssessment a = PsrAssessment.of(PsrCircumstances.builder().existingProvider(true)
        .existingContractExpiring(true).incumbentSatisfactory(true)
        .lifetimeValues(Money.ofPounds(1_000_000), Money.ofPounds(1_600_000)).build());
    assertTrue(a.toString().contains("Is the considerable change threshold met? No: the arrangements are not "
        + "materially different in character, and the change is not attributable to the authority's decision; "
        + "direct award process C may be followed."), a.toString());
  }

  @Test
  void eventsAreRefusedForARouteOutsideTheRegimeOrANoticeBeforeTheDecision() {
    PsrAssessment a = PsrAssessment.of(PsrCircumstances.builder().build());
    assertEquals("route GRANT_OPEN_ROUND is not a Provider Selection Regime process", assertThrows(
        IllegalArgumentException.class, () -> a.option(ProcurementRoute.GRANT_OPEN_ROUND)).getMessage());
    assertEquals("Argument 'notice' must not be before the decision on 2025-03-03: 2025-02-03", assertThrows(
        IllegalArgumentException.class, () -> a.events("c", ProcurementRoute.COMPETITIVE_PROCESS, NOTICE, DECIDED,
            Set.of())).getMessage());
    PsrAssessment onlyB = PsrAssessment.of(PsrCircumstances.builder().unrestrictedPatientChoice(true).build());
    assertEquals("route COMPETITIVE_PROCESS is NOT_AVAILABLE: patients have an unrestricted "
        + "choice of provider, so direct award process B must be followed", assertThrows(
            IllegalArgumentException.class, () -> onlyB.events("c", ProcurementRoute.COMPETITIVE_PROCESS, DECIDED,
                NOTICE, Set.of())).getMessage());
  }

  @Test
  void inconsistentCircumstancesAndThresholdsAreRefused() {
    assertEquals("Argument 'existingLifetimeValue' must not be negative: -£1.00", assertThrows(
        IllegalArgumentException.class, () -> PsrCircumstances.builder()
            .lifetimeValues(Money.ofPounds(-1), Money.ZERO).build()).getMessage());
    assertEquals("Argument 'proposedLifetimeValue' must not be negative: -£1.00", assertThrows(
        IllegalArgumentException.class, () -> PsrCircumstances.builder()
            .lifetimeValues(Money.ZERO, Money.ofPounds(-1)).build()).getMessage());
    assertEquals("Argument 'existingProvider' must be true when the existing provider or contract is described: "
        + "false", assertThrows(IllegalArgumentException.class,
            () -> PsrCircumstances.builder().incumbentSatisfactory(true).build()).getMessage());
    ConsiderableChangeThreshold standard = ConsiderableChangeThreshold.standard();
    assertEquals("Argument 'minimumIncrease' must not be negative: -£1.00", assertThrows(
        IllegalArgumentException.class, () -> new ConsiderableChangeThreshold(Money.ofPounds(-1),
            standard.minimumRise(), standard.note(), standard.source())).getMessage());
  }

  @Test
  void aStandstillPeriodMustFollowItsNotice() {
    LocalDate d = LocalDate.of(2025, 3, 3);
    assertEquals("Argument 'begins' must be the day after 2025-03-03: 2025-03-03", assertThrows(
        IllegalArgumentException.class, () -> new StandstillPeriod(d, d, d.plusDays(9), d.plusDays(10)))
        .getMessage());
    assertEquals("Argument 'lastDayForRepresentations' must be after 2025-03-04: 2025-03-04", assertThrows(
        IllegalArgumentException.class, () -> new StandstillPeriod(d, d.plusDays(1), d.plusDays(1), d.plusDays(10)))
        .getMessage());
    assertEquals("Argument 'earliestAward' must be after 2025-03-14: 2025-03-14", assertThrows(
        IllegalArgumentException.class, () -> new StandstillPeriod(d, d.plusDays(1), d.plusDays(11), d.plusDays(11)))
        .getMessage());
    assertEquals("notice published 2025-03-03; standstill begins 2025-03-04; representations until midnight at the "
        + "end of 2025-03-14; earliest award without representations 2025-03-17",
        StandstillPeriod.after(d, Set.of()).toString());
  }

  @Test
  void twoSeparateTiesAreReportedApart() {
    // Equal prices, so every price score is 1; quality 4/4 for A and B, 2/4 for C and D: two ties.
    BidEvaluation e = BidEvaluation.evaluate(SCHEME, List.of(bid("A", 4), bid("C", 2), bid("B", 4), bid("D", 2)));
    assertEquals(List.of(List.of("A", "B"), List.of("C", "D")), e.ties());
    assertEquals(List.of(1, 1, 3, 3), e.ranking().stream().map(RankedBid::rank).toList());
    BidEvaluation three = BidEvaluation.evaluate(SCHEME, List.of(bid("A", 3), bid("B", 3), bid("C", 3)));
    assertEquals(List.of(List.of("A", "B", "C")), three.ties());
  }

  @Test
  void badBidsAndSchemesAreRefused() {
    assertEquals("Argument 'bids' must have distinct bidders, duplicate: 'A'", assertThrows(
        IllegalArgumentException.class, () -> BidEvaluation.evaluate(SCHEME, List.of(bid("A", 1), bid("A", 2))))
        .getMessage());
    assertEquals("Argument 'bids[A].scores' must score only the scheme's criteria: [extra, quality]", assertThrows(
        IllegalArgumentException.class, () -> BidEvaluation.evaluate(SCHEME, List.of(new Bid("A", Money.ofPounds(1),
            Map.of("quality", 1, "extra", 1))))).getMessage());
    assertEquals("Argument 'price' must be positive: £0.00", assertThrows(IllegalArgumentException.class,
        () -> new Bid("A", Money.ZERO, Map.of("quality", 1))).getMessage());
    EvaluationCriterion half = new EvaluationCriterion("q", "q", Proportion.ofPercent("50"), Optional.empty());
    assertEquals("Argument 'criteria' must have distinct ids, duplicate: 'q'", assertThrows(
        IllegalArgumentException.class, () -> new EvaluationScheme(Proportion.ofPercent("50"), List.of(half, half), 4))
        .getMessage());
    assertEquals("Argument 'justification' must be recorded for the non-competitive route DIRECT_AWARD_A: "
        + "Optional[ ]", assertThrows(IllegalArgumentException.class, () -> new RouteDecision(
            ProcurementRoute.DIRECT_AWARD_A, DECIDED, Optional.of(" "))).getMessage());
  }

  private static Bid bid(String bidder, int quality) {
    return new Bid(bidder, Money.ofPounds(1_000), Map.of("quality", quality));
  }
}
