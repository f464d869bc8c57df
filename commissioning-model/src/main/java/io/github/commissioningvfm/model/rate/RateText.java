package io.github.commissioningvfm.model.rate;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.Decimals;
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
    if (text.length() > Decimals.MAX_TEXT + 8) {
      return Decimals.parse(text, name);
    }
    return Decimals.parse(text.strip(), name);
  }

  static BigDecimal parsePercent(String text, String name) {
    Args.notNull(text, name);
    String t = text.length() > Decimals.MAX_TEXT + 8 ? text : text.strip();
    if (!t.endsWith("%") || t.length() > Decimals.MAX_TEXT) {
      throw notAPercentage(text, name);
    }
    try {
      return Decimals.parse(t.substring(0, t.length() - 1), name).movePointLeft(2);
    } catch (IllegalArgumentException e) {
      throw notAPercentage(text, name);
    }
  }

  private static IllegalArgumentException notAPercentage(String text, String name) {
    return new IllegalArgumentException("Argument '" + name + "' is not a percentage: '" + Decimals.cut(text)
        + "'; expected e.g. '3.5%'");
  }

  static String format(BigDecimal fraction) {
    return normalise(fraction.movePointRight(2)).toPlainString() + "%";
  }
}
