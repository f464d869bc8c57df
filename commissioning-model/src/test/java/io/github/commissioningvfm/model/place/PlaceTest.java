package io.github.commissioningvfm.model.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Integration at Place, after the 2025 study of commissioning for integrated care at Place and
 * Neighbourhood level in three integrated care systems (executive summary, key findings): where
 * nothing was formally delegated, Place committees could only recommend and needed sign-off by
 * higher committees; Section 75 agreements and the Better Care Fund were the main pooling
 * mechanisms; budgets stayed with individual organisations.
 */
class PlaceTest {

  static final Delegation RECOMMEND_ONLY = Delegation.builder("Northshire ICB", "North Place committee",
      DecisionRight.RECOMMEND).scope("community mental health").decisions().ratifiedBy("ICB strategy committee")
      .ratifiedBy("ICB board").effective(LocalDate.of(2022, 7, 1), Optional.of(LocalDate.of(2024, 3, 31))).build();
  static final Delegation DECIDES = Delegation.builder("Northshire ICB", "North Place committee", DecisionRight.DECIDE)
      .scope("community mental health").decisions().budget(Money.ofPounds(12_000_000)).workforce()
      .effective(LocalDate.of(2024, 4, 1), Optional.empty()).build();

  @Test
  void delegationHistoryAnswersWhatAPlaceCouldDoWhen() {
    DelegationHistory h = new DelegationHistory(List.of(DECIDES, RECOMMEND_ONLY));
    assertEquals("On 2023-06-01 North Place committee recommends, subject to ratification by ICB strategy committee, "
        + "then ICB board on community mental health (delegated by Northshire ICB).",
        h.rightOn("North Place committee", "community mental health", LocalDate.of(2023, 6, 1)));
    assertEquals("On 2024-06-01 North Place committee decides on community mental health (delegated by Northshire "
        + "ICB).", h.rightOn("North Place committee", "community mental health", LocalDate.of(2024, 6, 1)));
    assertEquals("On 2022-01-01 nothing about community mental health was delegated to North Place committee; "
        + "decisions stayed with the delegating body.",
        h.rightOn("North Place committee", "community mental health", LocalDate.of(2022, 1, 1)));
    assertEquals(RECOMMEND_ONLY, h.delegations().get(0));
  }

  @Test
  void recommendationsNeedARatificationChain() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Delegation.builder("ICB", "Place", DecisionRight.RECOMMEND).decisions().build());
    assertEquals("Argument 'ratificationChain' must name who ratifies a recommendation: []", e.getMessage());
  }

  @Test
  void overlappingDelegationsAreRefused() {
    Delegation open = Delegation.builder("Northshire ICB", "North Place committee", DecisionRight.ADVISE)
        .scope("community mental health").decisions().effective(LocalDate.of(2023, 1, 1), Optional.empty()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DelegationHistory(List.of(open, DECIDES)));
    assertEquals("delegations to North Place committee for 'community mental health' overlap: one from 2023-01-01 "
        + "with no end, another from 2024-04-01; end the first the day before the second starts", e.getMessage());
  }

  @Test
  void spendRollsUpByPlaceAndByWorkstream() {
    List<WorkstreamSpend> spend = List.of(new WorkstreamSpend("North", "mental health", Money.ofPounds(5)),
        new WorkstreamSpend("North", "urgent care", Money.ofPounds(7)),
        new WorkstreamSpend("South", "mental health", Money.ofPounds(3)));
    assertEquals(Map.of("North", Money.ofPounds(12), "South", Money.ofPounds(3)), WorkstreamSpend.byPlace(spend));
    assertEquals(Map.of("mental health", Money.ofPounds(8), "urgent care", Money.ofPounds(7)),
        WorkstreamSpend.byWorkstream(spend));
  }

  @Test
  void poolKeepsPayerCommissionerAndManagerApart() {
    PooledArrangement bcf = new PooledArrangement("Northshire BCF", PoolBasis.BETTER_CARE_FUND,
        FinancialYear.parse("2025/26"), List.of(new PoolContribution("Northshire ICB", Money.ofPounds(30_000_000)),
            new PoolContribution("Northshire County Council", Money.ofPounds(10_000_000))),
        "Northshire County Council", "Northshire County Council");
    assertEquals(Money.ofPounds(40_000_000), bcf.total());
    assertEquals("Northshire BCF (Better Care Fund pool, 2025/26): \u00a340,000,000.00 paid by Northshire ICB "
        + "\u00a330,000,000.00, Northshire County Council \u00a310,000,000.00; commissioned by Northshire County "
        + "Council; managed by Northshire County Council", bcf.toString());
  }

  @Test
  void yearOfCareBudgetPerPerson() {
    PopulationBudget diabetes = new PopulationBudget("North neighbourhood provider", PopulationBasis.CONDITION,
        "people living with diabetes", 3_000, FinancialYear.parse("2026/27"), Money.ofPounds(4_500_000));
    assertEquals(Money.ofPounds(1_500), diabetes.perPerson());
  }

  @Test
  void organisationsBesideTheWholeSystem() {
    // The council pays 300k and saves 100k (net -200k); the ICB pays nothing extra and saves 450k:
    // the system gains 250k, but the council would lose on its own balance sheet.
    SystemComparison c = new SystemComparison("reablement at home", List.of(
        new OrganisationResult("County Council", Money.ofPounds(300_000), Money.ofPounds(100_000)),
        new OrganisationResult("ICB", Money.ZERO, Money.ofPounds(450_000))));
    assertEquals(Money.ofPounds(250_000), c.systemNet());
    assertEquals(List.of("County Council"), c.losersInAGainingSystem());
  }
}
