package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import java.util.regex.Pattern;

/**
 * A unit of activity that has a price: an HRG code such as {@code "WF01A"}, a treatment-function
 * code, or a locally agreed currency such as {@code "CONTACT"}. One to twenty upper-case letters,
 * digits, hyphens or underscores.
 *
 * @param value the code
 * @since 0.1.0
 */
public record CurrencyCode(String value) implements Comparable<CurrencyCode> {

  private static final Pattern FORM = Pattern.compile("[A-Z0-9_-]{1,20}");

  /** The currency used when activity is counted in a single local unit (cases, contacts). */
  public static final CurrencyCode LOCAL_UNIT = new CurrencyCode("LOCAL_UNIT");

  /**
   * Creates a code.
   *
   * @param value one to twenty upper-case letters, digits, hyphens or underscores
   */
  public CurrencyCode {
    Args.notNull(value, "value");
    Args.check(FORM.matcher(value).matches(), "value",
        "be 1 to 20 upper-case letters, digits, '-' or '_'", "'" + value + "'");
  }

  /**
   * Creates a code.
   *
   * @param value the code
   * @return the currency code
   */
  public static CurrencyCode of(String value) {
    return new CurrencyCode(value);
  }

  @Override
  public int compareTo(CurrencyCode other) {
    return value.compareTo(other.value);
  }

  /**
   * The code itself.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return value;
  }
}
