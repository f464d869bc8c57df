package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A ratio that is either a number or explicitly undefined, with the reason. Used for ROI,
 * benefit-cost ratios, ICERs and SROI ratios so that a zero denominator never produces NaN or
 * infinity.
 *
 * @since 0.1.0
 */
public sealed interface Ratio {

  /**
   * {@code numerator / denominator} if the denominator is positive, otherwise undefined with the
   * reason given.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @param whatDenominator a name for the denominator used in the reason, e.g. "investment"
   * @return the ratio
   */
  static Ratio of(BigDecimal numerator, BigDecimal denominator, String whatDenominator) {
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
    return new Defined(numerator.divide(denominator, MathContext.DECIMAL64));
  }

  /**
   * The value, if defined.
   *
   * @return the value or empty
   */
  Optional<BigDecimal> toOptional();

  /**
   * Whether the ratio is defined.
   *
   * @return true if it has a value
   */
  default boolean isDefined() {
    return toOptional().isPresent();
  }

  /**
   * Subtracts a number from a defined ratio; an undefined ratio stays undefined with its reason.
   *
   * @param amount the number to subtract
   * @return the shifted ratio
   */
  default Ratio minus(BigDecimal amount) {
    Args.notNull(amount, "amount");
    return this instanceof Defined d ? new Defined(d.value.subtract(amount)) : this;
  }

  /**
   * A display form: four decimal places, or "undefined: reason".
   *
   * @return the text
   */
  String display();

  /**
   * A defined ratio.
   *
   * @param value the value
   */
  record Defined(BigDecimal value) implements Ratio {
    /** Validates. */
    public Defined {
      Args.notNull(value, "value");
    }

    @Override
    public Optional<BigDecimal> toOptional() {
      return Optional.of(value);
    }

    @Override
    public String display() {
      return value.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
  }

  /**
   * An undefined ratio.
   *
   * @param reason why there is no value
   */
  record Undefined(String reason) implements Ratio {
    /** Validates. */
    public Undefined {
      Args.notBlank(reason, "reason");
    }

    @Override
    public Optional<BigDecimal> toOptional() {
      return Optional.empty();
    }

    @Override
    public String display() {
      return "undefined: " + reason;
    }
  }
}
