package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import java.util.regex.Pattern;

/**
 * An organisation code in the style of the NHS Organisation Data Service (ODS): three to ten
 * upper-case letters and digits, e.g. {@code "RXX"} for a trust or {@code "A81001"} for a practice.
 * The library checks the form only; it does not look codes up.
 *
 * @param value the code, upper case
 * @since 0.1.0
 */
public record OrganisationCode(String value) implements Comparable<OrganisationCode> {

  private static final Pattern FORM = Pattern.compile("[A-Z0-9]{3,10}");

  /**
   * Creates a code.
   *
   * @param value three to ten upper-case letters or digits
   */
  public OrganisationCode {
    Args.notNull(value, "value");
    Args.check(FORM.matcher(value).matches(), "value", "be 3 to 10 upper-case letters or digits (ODS style)",
        "'" + value + "'");
  }

  /**
   * Creates a code.
   *
   * @param value three to ten upper-case letters or digits
   * @return the code
   */
  public static OrganisationCode of(String value) {
    return new OrganisationCode(value);
  }

  @Override
  public int compareTo(OrganisationCode other) {
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
