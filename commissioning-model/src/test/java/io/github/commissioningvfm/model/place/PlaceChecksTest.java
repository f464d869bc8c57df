package io.github.commissioningvfm.model.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks and text forms of the Place types, each built inside its test. */
class PlaceChecksTest {

  private static final LocalDate APRIL_2024 = LocalDate.of(2024, 4, 1);

  @Test
  void aDelegationPrintsWhatWasDelegatedAndWhen() {
    Delegation decides = Delegation.builder("Northshire ICB", "North Place committee", DecisionRight.DECIDE)
        .scope("community mental health").decisions().budget(Money.ofPounds(12_000_000)).workforce()
        .effective(APRIL_2024, Optional.of(LocalDate.of(2026, 3, 31))).build();
    assertEquals("Northshire ICB -> North Place committee (community mental health): decides; delegated: budget, "
        + "decisions, workforce (budget \u00a312,000,000.00); from 2024-04-01 until 2026-03-31", decides.toString());
    Delegation recommends = Delegation.builder("Northshire ICB", "North Place committee", DecisionRight.RECOMMEND)
        .scope("community mental health").decisions().ratifiedBy("ICB board").effective(APRIL_2024, Optional.empty())
        .build();
    assertEquals("Northshire ICB -> North Place committee (community mental health): recommends, subject to "
        + "ratification by ICB board; delegated: decisions; from 2024-04-01", recommends.toString());
  }

  @Test
  void aDelegationRefusesABudgetNotDelegatedAndAnEndBeforeItsStart() {
    IllegalArgumentException budget = assertThrows(IllegalArgumentException.class, () -> new Delegation("ICB",
        "Place", "mental health", Set.of(DelegatedMatter.DECISIONS), DecisionRight.DECIDE, List.of(),
        Optional.of(Money.ofPounds(5)), APRIL_2024, Optional.empty()));
    assertEquals("Argument 'budget' must be given exactly when the budget is delegated: Optional[\u00a35.00]",
        budget.getMessage());
    IllegalArgumentException end = assertThrows(IllegalArgumentException.class, () -> new Delegation("ICB",
        "Place", "mental health", Set.of(DelegatedMatter.DECISIONS), DecisionRight.DECIDE, List.of(),
        Optional.empty(), APRIL_2024, Optional.of(LocalDate.of(2024, 3, 31))));
    assertEquals("Argument 'effectiveUntil' must not be before 2024-04-01: Optional[2024-03-31]", end.getMessage());
    Delegation oneDay = new Delegation("ICB", "Place", "mental health", Set.of(DelegatedMatter.DECISIONS),
        DecisionRight.DECIDE, List.of(), Optional.empty(), APRIL_2024, Optional.of(APRIL_2024));
    assertEquals(List.of(oneDay), new DelegationHistory(List.of(oneDay)).inForceOn(APRIL_2024));
    assertEquals(List.of(), new DelegationHistory(List.of(oneDay)).inForceOn(APRIL_2024.plusDays(1)));
  }

  @Test
  void delegationsToOtherBodiesOrScopesMayOverlap() {
    Delegation north = Delegation.builder("ICB", "North", DecisionRight.DECIDE).scope("mental health").decisions()
        .effective(APRIL_2024, Optional.empty()).build();
    Delegation south = Delegation.builder("ICB", "South", DecisionRight.DECIDE).scope("mental health").decisions()
        .effective(APRIL_2024, Optional.empty()).build();
    Delegation northCare = Delegation.builder("ICB", "North", DecisionRight.DECIDE).scope("urgent care").decisions()
        .effective(APRIL_2024, Optional.empty()).build();
    Delegation northLater = Delegation.builder("ICB", "North", DecisionRight.ADVISE).scope("mental health")
        .decisions().effective(APRIL_2024.plusYears(1), Optional.empty()).build();
    DelegationHistory h = new DelegationHistory(List.of(northCare, south, north));
    assertEquals(3, h.inForceOn(APRIL_2024).size());
    assertEquals("On 2024-04-01 South decides on mental health (delegated by ICB).",
        h.rightOn("South", "mental health", APRIL_2024));
    assertEquals("On 2024-04-01 North decides on urgent care (delegated by ICB).",
        h.rightOn("North", "urgent care", APRIL_2024));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DelegationHistory(List.of(northLater, north)));
    assertEquals("delegations to North for 'mental health' overlap: one from 2024-04-01 with no end, another from "
        + "2025-04-01; end the first the day before the second starts", e.getMessage());
  }

  @Test
  void amountsAndNamesAreChecked() {
    assertEquals("Argument 'amount' must not be negative: -\u00a31.00", assertThrows(IllegalArgumentException.class,
        () -> new WorkstreamSpend("North", "mental health", Money.of("-1"))).getMessage());
    assertEquals("Argument 'costs' must not be negative: -\u00a31.00", assertThrows(IllegalArgumentException.class,
        () -> new OrganisationResult("ICB", Money.of("-1"), Money.ZERO)).getMessage());
    assertEquals("Argument 'savings' must not be negative: -\u00a31.00", assertThrows(IllegalArgumentException.class,
        () -> new OrganisationResult("ICB", Money.ZERO, Money.of("-1"))).getMessage());
    assertEquals("Argument 'amount' must be positive: \u00a30.00", assertThrows(IllegalArgumentException.class,
        () -> new PoolContribution("ICB", Money.ZERO)).getMessage());
    assertEquals("Argument 'amount' must be positive: \u00a30.00", assertThrows(IllegalArgumentException.class,
        () -> new PopulationBudget("North", PopulationBasis.GEOGRAPHIC, "residents", 10, FinancialYear.parse("2025/26"),
            Money.ZERO)).getMessage());
    assertEquals("Argument 'contributions' must name each organisation once, but repeat: ICB",
        assertThrows(IllegalArgumentException.class, () -> new PooledArrangement("BCF", PoolBasis.BETTER_CARE_FUND,
            FinancialYear.parse("2025/26"), List.of(new PoolContribution("ICB", Money.ofPounds(1)),
                new PoolContribution("ICB", Money.ofPounds(2))), "Council", "Council")).getMessage());
    assertEquals("Argument 'organisations' must name each organisation once, but repeat: ICB",
        assertThrows(IllegalArgumentException.class, () -> new SystemComparison("option", List.of(
            new OrganisationResult("ICB", Money.ZERO, Money.ZERO),
            new OrganisationResult("ICB", Money.ZERO, Money.ZERO)))).getMessage());
  }

  @Test
  void budgetsAndComparisonsPrintForPeople() {
    PopulationBudget place = new PopulationBudget("North Place", PopulationBasis.GEOGRAPHIC, "residents", 200_000,
        FinancialYear.parse("2025/26"), Money.ofPounds(50_000_000));
    assertEquals("Population budget held by North Place, 2025/26: \u00a350,000,000.00 for 200000 residents "
        + "(\u00a3250.00 a person)", place.toString());
    PopulationBudget diabetes = new PopulationBudget("North neighbourhood provider", PopulationBasis.CONDITION,
        "people living with diabetes", 3_000, FinancialYear.parse("2026/27"), Money.ofPounds(4_500_000));
    assertEquals("Year-of-care budget held by North neighbourhood provider, 2026/27: \u00a34,500,000.00 for 3000 "
        + "people living with diabetes (\u00a31,500.00 a person)", diabetes.toString());
    SystemComparison c = new SystemComparison("reablement at home", List.of(
        new OrganisationResult("County Council", Money.ofPounds(300_000), Money.ofPounds(100_000)),
        new OrganisationResult("ICB", Money.ZERO, Money.ofPounds(450_000))));
    assertEquals("reablement at home:\n  County Council: pays \u00a3300,000.00, saves \u00a3100,000.00, net "
        + "-\u00a3200,000.00\n  ICB: pays \u00a30.00, saves \u00a3450,000.00, net \u00a3450,000.00\n  whole system: "
        + "net \u00a3250,000.00\n  the system gains but County Council would lose on its own balance sheet",
        c.toString());
    SystemComparison even = new SystemComparison("no change", List.of(
        new OrganisationResult("ICB", Money.ZERO, Money.ZERO)));
    assertEquals("no change:\n  ICB: pays \u00a30.00, saves \u00a30.00, net \u00a30.00\n  whole system: net "
        + "\u00a30.00", even.toString());
  }
}
