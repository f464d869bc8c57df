package io.github.commissioningvfm.model.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.commissioningvfm.model.investment.MhisAssessment;
import io.github.commissioningvfm.model.investment.MhisSpend;
import io.github.commissioningvfm.model.investment.MhisYear;
import io.github.commissioningvfm.model.investment.MhisYearResult;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.monitoring.RateEstimate;
import io.github.commissioningvfm.model.procurement.ConsiderableChangeThreshold;
import io.github.commissioningvfm.model.procurement.ProcessStatus;
import io.github.commissioningvfm.model.procurement.ProcurementRoute;
import io.github.commissioningvfm.model.procurement.PsrAssessment;
import io.github.commissioningvfm.model.procurement.PsrCircumstances;
import io.github.commissioningvfm.model.procurement.StandstillPeriod;
import io.github.commissioningvfm.model.rate.Percentage;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of the rule computations: Wilson intervals, the MHIS, the PSR standstill period and the
 * considerable change threshold.
 */
class RuleProperties {

  @Test
  void wilsonIntervalLiesInZeroOneAndContainsTheRate() {
    qt().forAll(longs().between(1, 100_000), integers().between(0, 1_000))
        .checkAssert((n, permille) -> {
          long k = n * permille / 1_000;
          RateEstimate r = new RateEstimate(k, n, "r");
          assertTrue(0 <= r.lower() && r.lower() <= r.rate() + 1e-12 && r.rate() <= r.upper() + 1e-12
              && r.upper() <= 1, r.toString());
        });
  }

  @Test
  void mhisShortfallIsRequiredLessQualifyingWhenPositive() {
    qt().forAll(longs().between(1, 10_000_000L), longs().between(1, 10_000_000L), longs().between(0, 1_000_000L),
        longs().between(0, 1_000_000L)).checkAssert((a1, a2, s1, s2) -> {
          MhisYear y1 = new MhisYear(FinancialYear.parse("2023/24"), Money.ofPounds(a1),
              List.of(MhisSpend.counted("mh", Money.ofPounds(s1))));
          MhisYear y2 = new MhisYear(FinancialYear.parse("2024/25"), Money.ofPounds(a2),
              List.of(MhisSpend.counted("mh", Money.ofPounds(s2))));
          MhisYearResult r = MhisAssessment.of("ICB", List.of(y1, y2)).results().get(0);
          Money gap = r.required().minus(r.qualifying());
          assertEquals(gap.isPositive() ? gap : Money.ZERO, r.shortfall());
          assertEquals(r.qualifying().compareTo(r.required()) >= 0, r.met());
        });
  }

  @Test
  void standstillSpansEightWorkingDaysAfterItBegins() {
    qt().forAll(integers().between(0, 3_650)).checkAssert(offset -> {
      LocalDate notice = LocalDate.of(2024, 1, 1).plusDays(offset);
      StandstillPeriod p = StandstillPeriod.after(notice, Set.of());
      long working = p.begins().plusDays(1).datesUntil(p.lastDayForRepresentations().plusDays(1))
          .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
      assertEquals(StandstillPeriod.WORKING_DAYS, working, p.toString());
      assertTrue(p.earliestAward().getDayOfWeek().getValue() <= 5, p.toString());
    });
  }

  @Test
  void aLargerRiseNeverReopensProcessC() {
    // Monotone in the proposed value: if the threshold refuses process C at a proposed lifetime
    // value, it refuses it at every larger one, for any existing value and supplied percentage.
    qt().forAll(longs().between(0, 20_000_000L), longs().between(0, 20_000_000L), longs().between(0, 5_000_000L),
        integers().between(0, 200)).checkAssert((existing, proposed, extra, percent) -> {
          ConsiderableChangeThreshold t = ConsiderableChangeThreshold.standard()
              .withMinimumRise(Percentage.ofPercent(BigDecimal.valueOf(percent)), "property test");
          ProcessStatus at = processC(existing, proposed, t);
          ProcessStatus above = processC(existing, proposed + extra, t);
          assertTrue(at != ProcessStatus.NOT_AVAILABLE || above == ProcessStatus.NOT_AVAILABLE,
              existing + " -> " + proposed + " (+" + extra + ") at " + percent + "%: " + at + ", then " + above);
        });
  }

  @Test
  void withoutThePercentageProcessCIsUndeterminedExactlyWhenThePoundsAreReached() {
    // Standard threshold: a positive existing value and a rise of at least GBP 500,000 leave C
    // undetermined; a smaller rise leaves it open; an existing value of zero with such a rise closes it.
    qt().forAll(longs().between(0, 20_000_000L), longs().between(0, 20_000_000L)).checkAssert((existing, proposed) -> {
      ProcessStatus c = processC(existing, proposed, ConsiderableChangeThreshold.standard());
      ProcessStatus expected = proposed - existing < 500_000 ? ProcessStatus.AVAILABLE
          : existing == 0 ? ProcessStatus.NOT_AVAILABLE : ProcessStatus.UNDETERMINED;
      assertEquals(expected, c, existing + " -> " + proposed);
    });
  }

  private static ProcessStatus processC(long existing, long proposed, ConsiderableChangeThreshold threshold) {
    return PsrAssessment.of(PsrCircumstances.builder().existingProvider(true).existingContractExpiring(true)
        .incumbentSatisfactory(true).changeAttributableToAuthority(true)
        .lifetimeValues(Money.ofPounds(existing), Money.ofPounds(proposed)).build(), threshold)
        .option(ProcurementRoute.DIRECT_AWARD_C).status();
  }
}
