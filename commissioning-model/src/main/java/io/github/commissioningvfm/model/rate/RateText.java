package io.github.commissioningvfm.model.rate;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;

/** Parsing and formatting shared by the rate types. */
final class RateText {

  private RateText() {
  }

  static BigDecimal normalise(BigDecimal fraction) {
    BigDecimal stripped = fraction.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static BigDecimal decimal(String text, String name) {
    Args.notNull(text, name);
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Argument '" + name + "' is not a decimal number: '" + text + "'");
    }
  }

  static BigDecimal parsePercent(String text, String name) {
    Args.notNull(text, name);
    String t = text.strip();
    if (!t.endsWith("%")) {
      throw new IllegalArgumentException("Argument '" + name + "' is not a percentage: '" + text
          + "'; expected e.g. '3.5%'");
    }
    try {
      return new BigDecimal(t.substring(0, t.length() - 1)).movePointLeft(2);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Argument '" + name + "' is not a percentage: '" + text
          + "'; expected e.g. '3.5%'");
    }
  }

  static String format(BigDecimal fraction) {
    return normalise(fraction.movePointRight(2)).toPlainString() + "%";
  }
}
