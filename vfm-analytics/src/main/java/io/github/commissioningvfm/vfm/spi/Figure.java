package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A figure that a method reports: an amount with its price base, a ratio, a proportion, a count, a
 * quantity in a named unit, or an explicit statement of why it is undefined. Never NaN or infinity.
 *
 * <p>Figures print for a person ({@code toString}): amounts as {@code £1,234.57 (2024/25 prices)},
 * ratios and quantities to four significant figures, proportions as percentages, and undefined
 * figures as {@code undefined: <reason>}. Outputs (text, JSON, Tablesaw, charts) format them; the
 * value itself is kept exact.
 *
 * @since 0.1.0
 */
public sealed interface Figure extends Cell
    permits Figure.Amount, Figure.Ratio, Figure.Share, Figure.Count, Figure.Quantity, Figure.Undefined {

  /**
   * The figure as a double, for charts and uncertainty analysis.
   *
   * @return the value, or empty if undefined
   */
  OptionalDouble toDouble();

  /**
   * Whether the figure has a value.
   *
   * @return false for {@link Undefined}
   */
  default boolean isDefined() {
    return !(this instanceof Undefined);
  }

  /**
   * {@code numerator / denominator} (34 significant digits) if the denominator is positive, otherwise
   * undefined with the reason.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @param whatDenominator a name for the denominator used in the reason, e.g. "investment"
   * @return the ratio or an undefined figure
   */
  static Figure ratio(BigDecimal numerator, BigDecimal denominator, String whatDenominator) {
    Args.notNull(numerator, "numerator");
    Args.notNull(denominator, "denominator");
    Args.notBlank(whatDenominator, "whatDenominator");
    if (denominator.signum() == 0) {
      return new Undefined("the " + whatDenominator + " is zero");
    }
    if (denominator.signum() < 0) {
      return new Undefined("the " + whatDenominator + " is negative (" + denominator.toPlainString()
          + "), so the ratio has no meaning; compare the net figures instead");
    }
    return new Ratio(numerator.divide(denominator, MathContext.DECIMAL128));
  }

  /**
   * An amount.
   *
   * @param cost the amount with its price base
   * @return the figure
   */
  static Amount amount(Cost cost) {
    return new Amount(cost);
  }

  /**
   * A figure of a given kind from a double, as uncertainty analysis produces them.
   *
   * @param kind the kind of figure
   * @param value the finite value
   * @param priceBase the price base, used for amounts
   * @param unit the unit, used for quantities
   * @return the figure
   */
  static Figure ofDouble(Kind kind, double value, FinancialYear priceBase, String unit) {
    Args.finite(value, "value");
    return switch (Args.notNull(kind, "kind")) {
      case AMOUNT -> new Amount(new Cost(BigMoney.of(BigDecimal.valueOf(value)), priceBase));
      case RATIO -> new Ratio(BigDecimal.valueOf(value));
      case SHARE -> new Share(value);
      case COUNT -> new Count(Math.round(value));
      case QUANTITY -> new Quantity(BigDecimal.valueOf(value), unit);
    };
  }

  /** The kinds of defined figure. */
  enum Kind {
    /** An {@link Amount}. */
    AMOUNT,
    /** A {@link Ratio}. */
    RATIO,
    /** A {@link Share}. */
    SHARE,
    /** A {@link Count}. */
    COUNT,
    /** A {@link Quantity}. */
    QUANTITY
  }

  /**
   * An amount of money with its price base.
   *
   * @param cost the amount, exact
   */
  record Amount(Cost cost) implements Figure {
    /** Validates. */
    public Amount {
      Args.notNull(cost, "cost");
    }

    @Override
    public OptionalDouble toDouble() {
      return OptionalDouble.of(cost.amount().toDouble());
    }

    @Override
    public String toString() {
      return cost.toString();
    }
  }

  /**
   * A ratio, e.g. a benefit-cost ratio (pounds back per pound).
   *
   * @param value the exact value
   */
  record Ratio(BigDecimal value) implements Figure {
    /** Validates. */
    public Ratio {
      Args.notNull(value, "value");
    }

    @Override
    public OptionalDouble toDouble() {
      return OptionalDouble.of(value.doubleValue());
    }

    /** Four significant figures, e.g. {@code 1.192}. */
    @Override
    public String toString() {
      return significant(value);
    }
  }

  /**
   * A share between 0 and 1: a proportion or a probability.
   *
   * @param value the value
   */
  record Share(double value) implements Figure {
    /** Validates. */
    public Share {
      Args.inRange(value, 0, 1, "value");
    }

    @Override
    public OptionalDouble toDouble() {
      return OptionalDouble.of(value);
    }

    /** A percentage to four significant figures, e.g. {@code 97.34%}. */
    @Override
    public String toString() {
      return significant(BigDecimal.valueOf(value * 100)) + "%";
    }
  }

  /**
   * A count or a year index.
   *
   * @param value the value
   */
  record Count(long value) implements Figure {
    @Override
    public OptionalDouble toDouble() {
      return OptionalDouble.of(value);
    }

    @Override
    public String toString() {
      return grouped(BigDecimal.valueOf(value), 0);
    }
  }

  /**
   * A quantity in a named unit, e.g. {@code 12.5 WELLBYs} or an input value.
   *
   * @param value the exact value
   * @param unit the unit, may be empty
   */
  record Quantity(BigDecimal value, String unit) implements Figure {
    /** Validates. */
    public Quantity {
      Args.notNull(value, "value");
      Args.notNull(unit, "unit");
    }

    @Override
    public OptionalDouble toDouble() {
      return OptionalDouble.of(value.doubleValue());
    }

    /** Four significant figures, then the unit. */
    @Override
    public String toString() {
      return significant(value) + (unit.isEmpty() ? "" : " " + unit);
    }
  }

  /**
   * A figure that cannot be computed, with the reason (e.g. a ratio whose denominator is zero).
   *
   * @param reason why there is no value
   */
  record Undefined(String reason) implements Figure {
    /** Validates. */
    public Undefined {
      Args.notBlank(reason, "reason");
    }

    @Override
    public OptionalDouble toDouble() {
      return OptionalDouble.empty();
    }

    @Override
    public String toString() {
      return "undefined: " + reason;
    }
  }

  /**
   * A number to four significant figures with thousands separators, e.g. {@code 1.192},
   * {@code 2.000}, {@code 12,350} or {@code -0.0001235}.
   *
   * @param value the number
   * @return the text
   */
  static String significant(BigDecimal value) {
    Args.notNull(value, "value");
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal rounded = value.round(new MathContext(4, RoundingMode.HALF_UP));
    int places = rounded.scale() + 4 - rounded.precision();
    return grouped(rounded, Math.max(0, places));
  }

  private static String grouped(BigDecimal value, int places) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMinimumFractionDigits(places);
    f.setMaximumFractionDigits(places);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value);
  }
}
