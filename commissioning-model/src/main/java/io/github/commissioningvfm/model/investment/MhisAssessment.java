package io.github.commissioningvfm.model.investment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rule.RuleStep;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Mental Health Investment Standard over a series of consecutive years: each year after the
 * first is judged against the year before (see {@link MhisYear} and {@link MhisYearResult} for the
 * formula). The rule: an integrated care board's mental health spending within the standard must
 * grow at least as fast as its overall recurrent allocation (Secretary of State for Health and
 * Social Care, written statement
 * "Mental Health: Expected Spend for 2025-26", 27 March 2025). Before July 2022 the same standard
 * applied to clinical commissioning groups.
 *
 * @param commissioner the commissioner assessed
 * @param years the years, consecutive and oldest first; at least two
 * @param results one result per year after the first
 * @since 0.1.0
 */
public record MhisAssessment(String commissioner, List<MhisYear> years, List<MhisYearResult> results) {

  /** Where the rule is published. */
  public static final Provenance RULE = Provenance.of("Secretary of State for Health and Social Care, written "
      + "statement 'Mental Health: Expected Spend for 2025-26'", "27 March 2025", "mhis.rule",
      "the mental health investment standard requires that ICBs' spending on mental health grows at least in line "
          + "with growth in overall recurrent funding allocations");

  /**
   * Creates an assessment; use {@link #of(String, List)} to compute one.
   *
   * @param commissioner the commissioner
   * @param years the years
   * @param results the results
   */
  public MhisAssessment {
    Args.notBlank(commissioner, "commissioner");
    years = List.copyOf(Args.noNullElements(years, "years"));
    Args.check(years.size() >= 2, "years", "hold at least two consecutive years", years.size());
    for (int i = 1; i < years.size(); i++) {
      Args.check(years.get(i).year().equals(years.get(i - 1).year().next()), "years",
          "be consecutive, oldest first, but " + years.get(i - 1).year() + " is followed by", years.get(i).year());
    }
    results = List.copyOf(Args.noNullElements(results, "results"));
    Args.check(results.size() == years.size() - 1, "results", "hold one result per year after the first",
        results.size());
  }

  /**
   * Judges each year after the first.
   *
   * @param commissioner the commissioner's name
   * @param years consecutive years, oldest first
   * @return the assessment
   */
  public static MhisAssessment of(String commissioner, List<MhisYear> years) {
    Args.noNullElements(years, "years");
    List<MhisYearResult> results = new ArrayList<>();
    for (int i = 1; i < years.size(); i++) {
      results.add(judge(years.get(i - 1), years.get(i)));
    }
    return new MhisAssessment(commissioner, years, results);
  }

  private static MhisYearResult judge(MhisYear before, MhisYear year) {
    BigDecimal growth = year.allocation().amount().divide(before.allocation().amount(), MathContext.DECIMAL128);
    Money required = Money.of(before.qualifyingSpend().amount().multiply(growth), RoundingMode.HALF_UP);
    Money qualifying = year.qualifyingSpend();
    Money gap = required.minus(qualifying);
    Money shortfall = gap.isPositive() ? gap : Money.ZERO;
    String growthText = growth.subtract(BigDecimal.ONE).movePointRight(2).setScale(2, RoundingMode.HALF_UP)
        .toPlainString() + "%";
    StringBuilder why = new StringBuilder(year.year() + ": allocation grew by " + growthText + " ("
        + before.allocation().format() + " to " + year.allocation().format() + "), so qualifying mental health spend "
        + "had to reach at least " + required.format() + " (" + before.qualifyingSpend().format() + " in "
        + before.year() + " grown by the same rate). Qualifying spend was " + qualifying.format());
    if (year.excludedSpend().isPositive()) {
      List<String> left = year.spend().stream().filter(s -> s.exclusion().isPresent())
          .map(s -> s.label() + " " + s.amount().format() + " (" + s.exclusion().get().label() + ")").toList();
      why.append(", after leaving out ").append(String.join(", ", left));
    }
    why.append(shortfall.isZero() ? ": the standard was met, " + qualifying.minus(required).format() + " above the "
        + "minimum." : ": the standard was not met; the shortfall is " + shortfall.format() + ".");
    why.append(" [").append(RuleStep.cite(RULE)).append(']');
    return new MhisYearResult(year.year(), required, qualifying, shortfall, why.toString());
  }

  /**
   * Whether every year judged met the standard.
   *
   * @return true if no year has a shortfall
   */
  public boolean allMet() {
    return results.stream().allMatch(MhisYearResult::met);
  }

  /**
   * The shortfalls over all years judged.
   *
   * @return the sum of the yearly shortfalls
   */
  public Money totalShortfall() {
    return results.stream().map(MhisYearResult::shortfall).reduce(Money.ZERO, Money::plus);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Mental Health Investment Standard, " + commissioner + ":");
    results.forEach(r -> out.append("\n- ").append(r.met() ? "met: " : "NOT met: ").append(r.explanation()));
    return out.toString();
  }
}
