package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure exactly as an evaluation printed it, with where it was printed. The printed text keeps
 * the digits and the decimal places, so the audit knows how precise the figure claims to be and
 * which slips of the pen could have produced it.
 *
 * <p>Accepted forms: an optional sign ({@code -}, the typographic minus {@code −} or {@code +}),
 * an optional {@code £}, digits with optional thousands commas and decimal point, and an optional
 * trailing {@code %} (a percentage: {@code 15%} has the value 0.15).
 *
 * <p>Formulas: {@link #value()} is the printed number (divided by 100 for a percentage);
 * {@link #halfUnit()} is half a unit in the last printed place, {@code 0.5 x 10^-d} for {@code d}
 * decimal places (divided by 100 for a percentage), so the unrounded figure lies in
 * {@code [value - halfUnit, value + halfUnit]}.
 *
 * @param label what the figure is, in words, e.g. "weighted mean VfM (SDQ points per GBP)"
 * @param printed the figure as printed, e.g. {@code 0.012}, {@code −25.9}, {@code £283.3}, {@code 15%}
 * @param where where it was printed, e.g. "Sever (2025), section 3.3.4.3.1"
 * @since 0.1.0
 */
public record PrintedFigure(String label, String printed, String where) {

  private static final Pattern FORM = Pattern.compile("([-−+]?)(£?)([0-9][0-9,]*(?:\\.[0-9]+)?|\\.[0-9]+)(%?)");

  /**
   * Validates the figure.
   *
   * @param label label
   * @param printed printed text
   * @param where citation
   */
  public PrintedFigure {
    Args.notBlank(label, "label");
    Args.notBlank(printed, "printed");
    Args.notBlank(where, "where");
    Args.check(FORM.matcher(printed.strip()).matches(), "printed",
        "be a number as printed (sign, optional £, digits, optional decimal point and %) for '" + label + "'", printed);
    printed = printed.strip();
  }

  /**
   * A figure as printed.
   *
   * @param label what it is
   * @param printed the printed text
   * @param where where it was printed
   * @return the figure
   */
  public static PrintedFigure of(String label, String printed, String where) {
    return new PrintedFigure(label, printed, where);
  }

  /**
   * The printed number (a percentage as a fraction: 15% is 0.15).
   *
   * @return the value
   */
  public double value() {
    return exact().doubleValue();
  }

  /**
   * Half a unit in the last printed place, in the units of {@link #value()}.
   *
   * @return the half unit, e.g. 0.0005 for {@code 0.012}, 0.005 for {@code 15%}
   */
  public double halfUnit() {
    BigDecimal half = BigDecimal.valueOf(5, unsignedDigits().scale() + 1);
    return (isPercentage() ? half.movePointLeft(2) : half).doubleValue();
  }

  /**
   * Whether the figure was printed as a percentage.
   *
   * @return true for a trailing {@code %}
   */
  public boolean isPercentage() {
    return parts().group(4).equals("%");
  }

  /**
   * The same label and citation with other printed text: a candidate correction.
   *
   * @param text the new printed text
   * @return the edited figure
   */
  public PrintedFigure withPrinted(String text) {
    return new PrintedFigure(label, text, where);
  }

  BigDecimal exact() {
    BigDecimal v = unsignedDigits();
    if (negative()) {
      v = v.negate();
    }
    return isPercentage() ? v.movePointLeft(2) : v;
  }

  boolean negative() {
    String sign = parts().group(1);
    return sign.equals("-") || sign.equals("−");
  }

  /** The unsigned number as printed, without commas, £ or %, keeping its scale. */
  BigDecimal unsignedDigits() {
    return new BigDecimal(parts().group(3).replace(",", ""));
  }

  /** Prints an unsigned number in this figure's form (same sign, £ and %). */
  String inSameForm(BigDecimal unsigned) {
    Matcher m = parts();
    return m.group(1) + m.group(2) + unsigned.toPlainString() + m.group(4);
  }

  private Matcher parts() {
    Matcher m = FORM.matcher(printed);
    if (!m.matches()) {
      throw new IllegalStateException("unparsable printed figure " + printed);
    }
    return m;
  }

  /** The label, the printed text and where it was printed. */
  @Override
  public String toString() {
    return label + " " + printed + " (" + where + ")";
  }
}
