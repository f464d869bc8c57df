package io.github.commissioningvfm.vfm.cba;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.rate.DiscountRate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A schedule of yearly discount rates, possibly declining with time.
 *
 * <p>Each {@link Band} gives the rate from its first year until the next band starts; the first band
 * starts at year 0 (which is never discounted) and the last band is open-ended. The discount factor
 * of year {@code t} compounds the rate of each year up to {@code t}:
 * {@code D(t) = 1 / prod_{k=1..t} (1 + r(k))}, so that within one band {@code D(t) = 1 / (1 + r)^t}
 * and across a change of band {@code D(31) = D(30) / (1 + r(31))}.
 *
 * <p>Green Book schedules (HM Treasury, The Green Book, Annex A6 "Discounting"; the rates are
 * reproduced in the Department for Transport's "Forthcoming change: Green Book updates", TAG, updated
 * 16 April 2026, table "Green Book discount rates"): standard 3.5% (years 0-30), 3.0% (31-75), 2.5%
 * (76-125), 2.0% (126-200), 1.5% (201-300), 1.0% (301 and over); health 1.5%, 1.29%, 1.07%, 0.86%,
 * 0.64%, 0.43% over the same bands. The factors for years 0-30 reproduce Tables A.1 (3.5%) and A.2
 * (1.5%) of Annex A of "Discounting: Green Book supplementary guidance" (HM Treasury, February 2026).
 *
 * @param name the schedule's name
 * @param source where the rates come from
 * @param bands the bands, first starting at year 0, starts strictly increasing
 * @since 0.1.0
 */
public record DiscountSchedule(String name, String source, List<Band> bands) {

  private static final String GREEN_BOOK = "HM Treasury, The Green Book (2022, updated 2026), Annex A6 discount rates";

  /** Validates and copies. */
  public DiscountSchedule {
    Args.notBlank(name, "name");
    Args.notBlank(source, "source");
    bands = List.copyOf(Args.notEmpty(bands, "bands"));
    if (bands.get(0).fromYear() != 0) {
      throw new IllegalArgumentException("Discount schedule '" + name + "': the first band must start at year 0, not "
          + bands.get(0).fromYear());
    }
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).fromYear() <= bands.get(i - 1).fromYear()) {
        throw new IllegalArgumentException("Discount schedule '" + name + "': band " + i + " starts at year "
            + bands.get(i).fromYear() + ", not after the previous band's start " + bands.get(i - 1).fromYear());
      }
    }
  }

  /**
   * One band of a schedule.
   *
   * @param fromYear the first year the rate applies to
   * @param rate the yearly rate
   */
  public record Band(int fromYear, DiscountRate rate) {
    /** Validates. */
    public Band {
      Args.notNegative(fromYear, "fromYear");
      Args.notNull(rate, "rate");
    }
  }

  private static DiscountSchedule greenBook(String name, String... percents) {
    int[] starts = {0, 31, 76, 126, 201, 301};
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      bands.add(new Band(starts[i], DiscountRate.ofPercent(percents[i])));
    }
    return new DiscountSchedule(name, GREEN_BOOK, bands);
  }

  /**
   * The Green Book standard social time preference rate schedule: 3.5% for years 0-30, 3.0% 31-75,
   * 2.5% 76-125, 2.0% 126-200, 1.5% 201-300, 1.0% from 301.
   *
   * @return the schedule
   */
  public static DiscountSchedule greenBookStandard() {
    return greenBook("Green Book standard (3.5% declining)", "3.5", "3.0", "2.5", "2.0", "1.5", "1.0");
  }

  /**
   * The Green Book health schedule (pure time preference removed): 1.5% for years 0-30, 1.29% 31-75,
   * 1.07% 76-125, 0.86% 126-200, 0.64% 201-300, 0.43% from 301.
   *
   * @return the schedule
   */
  public static DiscountSchedule greenBookHealth() {
    return greenBook("Green Book health (1.5% declining)", "1.5", "1.29", "1.07", "0.86", "0.64", "0.43");
  }

  /**
   * One rate for every year.
   *
   * @param rate the rate
   * @return the schedule
   */
  public static DiscountSchedule constant(DiscountRate rate) {
    Args.notNull(rate, "rate");
    return new DiscountSchedule("constant " + rate, "user-supplied constant rate", List.of(new Band(0, rate)));
  }

  /**
   * No discounting: every factor is 1.
   *
   * @return the schedule
   */
  public static DiscountSchedule none() {
    return new DiscountSchedule("undiscounted", "no discounting", List.of(new Band(0, new DiscountRate(BigDecimal.ZERO))));
  }

  /**
   * The rate that applies to year {@code year}.
   *
   * @param year the year, not negative
   * @return the rate of the band containing the year
   */
  public DiscountRate rateFor(int year) {
    Args.notNegative(year, "year");
    DiscountRate rate = bands.get(0).rate();
    for (Band b : bands) {
      if (b.fromYear() <= year) {
        rate = b.rate();
      }
    }
    return rate;
  }

  /**
   * The discount factor of year {@code t}: {@code D(t) = 1 / prod_{k=1..t} (1 + r(k))}.
   *
   * @param year the year, 0 for the first (factor 1)
   * @return the factor
   */
  public BigDecimal factor(int year) {
    Args.notNegative(year, "year");
    BigDecimal growth = BigDecimal.ONE;
    for (int i = 0; i < bands.size(); i++) {
      int start = Math.max(1, bands.get(i).fromYear());
      int end = i + 1 < bands.size() ? Math.min(year, bands.get(i + 1).fromYear() - 1) : year;
      if (end >= start) {
        growth = growth.multiply(BigDecimal.ONE.add(bands.get(i).rate().fraction()).pow(end - start + 1),
            MathContext.DECIMAL128);
      }
    }
    return BigDecimal.ONE.divide(growth, MathContext.DECIMAL128);
  }

  /**
   * The discount factors of years {@code 0..years-1}.
   *
   * @param years the number of years
   * @return the factors
   */
  public List<BigDecimal> factors(int years) {
    Args.positive(years, "years");
    List<BigDecimal> out = new ArrayList<>(years);
    BigDecimal growth = BigDecimal.ONE;
    out.add(BigDecimal.ONE);
    for (int t = 1; t < years; t++) {
      growth = growth.multiply(BigDecimal.ONE.add(rateFor(t).fraction()), MathContext.DECIMAL128);
      out.add(BigDecimal.ONE.divide(growth, MathContext.DECIMAL128));
    }
    return out;
  }

  /**
   * The present value of yearly amounts: {@code sum_t amount(t) x D(t)}.
   *
   * @param amounts the amounts, year 0 first, all in one price base
   * @return the present value, in the amounts' price base
   */
  public Cost presentValue(List<Cost> amounts) {
    Args.notEmpty(amounts, "amounts");
    return presentValue(amounts, factors(amounts.size()));
  }

  /**
   * The present value with precomputed factors: {@code sum_t amounts(t) x factors(t)}.
   *
   * @param amounts the amounts, year 0 first, all in one price base, not empty
   * @param factors the discount factors, at least as many as amounts
   * @return the present value
   */
  public static Cost presentValue(List<Cost> amounts, List<BigDecimal> factors) {
    Args.notEmpty(amounts, "amounts");
    Args.check(factors.size() >= amounts.size(), "factors", "cover every year of the amounts (" + amounts.size() + ")",
        factors.size());
    Cost total = Cost.zero(amounts.get(0).priceBase());
    for (int t = 0; t < amounts.size(); t++) {
      total = total.plus(amounts.get(t).multipliedBy(factors.get(t)));
    }
    return total;
  }

  /**
   * A description for result sources, e.g. "Green Book standard (3.5% declining): HM Treasury ...".
   *
   * @return the description
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(name).append(" [");
    for (int i = 0; i < bands.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(bands.get(i).rate()).append(" from year ").append(bands.get(i).fromYear());
    }
    return sb.append("]; ").append(source).toString();
  }
}
