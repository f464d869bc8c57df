package io.github.commissioningvfm.model.agreement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.GrantInAdvance;
import io.github.commissioningvfm.model.rate.Proportion;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a grant works: what it pays for, its conditions, the amount awarded for each year (a
 * multi-year award has several), how much unspent money may be carried into the next year, and
 * whether the rest is clawed back. Each year's award is paid in advance
 * ({@link GrantInAdvance}). Build with {@link #builder(GrantPurpose)}.
 *
 * <p>Sheaff et al. (2024), HSDR 12(39): grants conditional on specified activities, "paid as a lump
 * sum upfront at the start of the financial year" (ch. 4, p. 39, source line 1300); awarding grants
 * for several years (line 1300) and "enabling VCSEs to carry unspent grant income into the following
 * financial year" (ch. 7, line 2647).
 *
 * @param purpose what the grant pays for
 * @param conditions the conditions attached, in words; may be empty
 * @param awards the award for each year, in year order, no year twice; at least one
 * @param carryForwardLimit the largest share of a year's award that may be carried into the next year
 * @param clawback whether unspent money beyond the carry-forward is repaid
 * @since 0.1.0
 */
public record GrantTerms(GrantPurpose purpose, List<String> conditions, List<GrantAward> awards,
    Proportion carryForwardLimit, boolean clawback) {

  /**
   * Creates terms; prefer {@link #builder(GrantPurpose)}.
   *
   * @param purpose the purpose
   * @param conditions the conditions
   * @param awards the awards by year
   * @param carryForwardLimit the carry-forward limit
   * @param clawback whether unspent money is clawed back
   */
  public GrantTerms {
    Args.notNull(purpose, "purpose");
    conditions = List.copyOf(Args.noNullElements(conditions, "conditions"));
    conditions.forEach(c -> Args.notBlank(c, "conditions"));
    awards = List.copyOf(Args.notEmpty(awards, "awards"));
    for (int i = 1; i < awards.size(); i++) {
      Args.check(awards.get(i - 1).year().isBefore(awards.get(i).year()), "awards", "be in year order, no year twice",
          awards.get(i - 1).year() + " then " + awards.get(i).year());
    }
    Args.notNull(carryForwardLimit, "carryForwardLimit");
  }

  /**
   * A builder.
   *
   * @param purpose what the grant pays for
   * @return a builder with no conditions, no awards, no carry-forward and clawback on
   */
  public static Builder builder(GrantPurpose purpose) {
    return new Builder(purpose);
  }

  /**
   * The total awarded over all years.
   *
   * @return the sum of the awards
   */
  public Money totalAward() {
    Money sum = Money.ZERO;
    for (GrantAward a : awards) {
      sum = sum.plus(a.amount());
    }
    return sum;
  }

  /**
   * The award for one year.
   *
   * @param year the year
   * @return the award
   */
  public GrantAward award(FinancialYear year) {
    Args.notNull(year, "year");
    return awards.stream().filter(a -> a.year().equals(year)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("Argument 'year' must be a year of the grant " + awards.stream()
            .map(a -> a.year().toString()).toList() + ": " + year));
  }

  /**
   * How a year settles.
   *
   * <pre>
   *   available       = award(year) + carried in
   *   unspent         = max(0, available - spent)
   *   overspend       = max(0, spent - available)                  (the provider's own funds)
   *   carried forward = min(unspent, round(award(year) x carry-forward limit))   (none after the last year)
   *   clawed back     = clawback ? unspent - carried forward : 0
   *   retained        = unspent - carried forward - clawed back
   * </pre>
   *
   * @param year the year
   * @param carriedIn the amount carried in from the year before; not negative
   * @param spent what was spent on the granted purpose; not negative
   * @return the settlement
   */
  public GrantSettlement settle(FinancialYear year, Money carriedIn, Money spent) {
    Args.notNull(carriedIn, "carriedIn");
    Args.check(!carriedIn.isNegative(), "carriedIn", "not be negative", carriedIn);
    Args.notNull(spent, "spent");
    Args.check(!spent.isNegative(), "spent", "not be negative", spent);
    GrantAward award = award(year);
    Money available = award.amount().plus(carriedIn);
    Money unspent = available.compareTo(spent) > 0 ? available.minus(spent) : Money.ZERO;
    Money overspend = spent.compareTo(available) > 0 ? spent.minus(available) : Money.ZERO;
    boolean lastYear = awards.get(awards.size() - 1).year().equals(year);
    Money limit = lastYear ? Money.ZERO : award.amount().multipliedBy(carryForwardLimit.fraction(), RoundingMode.HALF_UP);
    Money carried = unspent.compareTo(limit) < 0 ? unspent : limit;
    Money clawed = clawback ? unspent.minus(carried) : Money.ZERO;
    return new GrantSettlement(year, available, spent, carried, clawed, unspent.minus(carried).minus(clawed),
        overspend);
  }

  /**
   * The payment mechanism of one year: the award paid in advance.
   *
   * @param year the year
   * @return the mechanism
   */
  public GrantInAdvance payment(FinancialYear year) {
    return new GrantInAdvance(award(year).amount());
  }

  /** Builds {@link GrantTerms}. */
  public static final class Builder {
    private final GrantPurpose purpose;
    private final List<String> conditions = new ArrayList<>();
    private final List<GrantAward> awards = new ArrayList<>();
    private Proportion carryForwardLimit = Proportion.NONE;
    private boolean clawback = true;

    private Builder(GrantPurpose purpose) {
      this.purpose = purpose;
    }

    /**
     * Adds a condition.
     *
     * @param condition the condition in words
     * @return this builder
     */
    public Builder condition(String condition) {
      conditions.add(condition);
      return this;
    }

    /**
     * Adds the award for a year.
     *
     * @param year the year, e.g. "2025/26"
     * @param amount the amount
     * @return this builder
     */
    public Builder award(String year, Money amount) {
      awards.add(new GrantAward(FinancialYear.parse(year), amount));
      return this;
    }

    /**
     * Adds the same award for several consecutive years.
     *
     * @param firstYear the first year
     * @param years how many years; positive
     * @param amount the amount each year
     * @return this builder
     */
    public Builder awardEachYear(FinancialYear firstYear, int years, Money amount) {
      Args.positive(years, "years");
      for (int i = 0; i < years; i++) {
        FinancialYear y = firstYear.plusYears(i);
        awards.add(new GrantAward(y, amount));
      }
      return this;
    }

    /**
     * Sets the carry-forward limit.
     *
     * @param limit the largest share of a year's award that may be carried forward
     * @return this builder
     */
    public Builder carryForward(Proportion limit) {
      this.carryForwardLimit = limit;
      return this;
    }

    /**
     * Sets whether unspent money beyond the carry-forward is clawed back.
     *
     * @param value true to claw back
     * @return this builder
     */
    public Builder clawback(boolean value) {
      this.clawback = value;
      return this;
    }

    /**
     * Builds the terms.
     *
     * @return the terms
     */
    public GrantTerms build() {
      return new GrantTerms(purpose, conditions, awards, carryForwardLimit, clawback);
    }
  }
}
