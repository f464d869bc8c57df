package io.github.commissioningvfm.vfm.internal;

import io.github.commissioningvfm.model.money.Cost;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Text forms of figures in result tables: amounts half-up to the penny, ratios to four places. */
public final class Format {

  private Format() {
  }

  /**
   * An amount as a plain decimal rounded half-up to the penny, e.g. {@code "1234.57"}.
   *
   * @param cost the amount
   * @return the text
   */
  public static String money(Cost cost) {
    return cost.amount().amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A decimal rounded half-up to {@code places} places.
   *
   * @param value the value
   * @param places the number of places
   * @return the text
   */
  public static String decimal(BigDecimal value, int places) {
    return value.setScale(places, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A double with {@code places} places, in the root locale.
   *
   * @param value the value
   * @param places the number of places
   * @return the text
   */
  public static String decimal(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }
}
