package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import java.util.regex.Pattern;

/**
 * A registered charity number from the Charity Commission for England and Wales' register of
 * charities: six digits for charities registered in the first series (e.g. {@code "202918"}),
 * seven digits beginning with 1 for later ones (e.g. {@code "1089464"}), optionally followed by a
 * hyphen and the subsidiary number of a linked charity (e.g. {@code "1053467-2"}). The library
 * checks the form only; it does not look numbers up. Scottish (OSCR, {@code SC...}) and Northern
 * Irish ({@code NIC...}) numbers are other registers and are refused here.
 *
 * @param value the number as written on the register
 * @since 0.1.0
 */
public record CharityNumber(String value) implements Comparable<CharityNumber> {

  private static final Pattern FORM = Pattern.compile("([0-9]{6}|1[0-9]{6})(-[0-9]{1,3})?");

  /**
   * Creates a number.
   *
   * @param value six digits, or seven beginning with 1, optionally "-n" for a linked charity
   */
  public CharityNumber {
    Args.notNull(value, "value");
    Args.check(FORM.matcher(value).matches(), "value", "be a Charity Commission number: 6 digits, or 7 digits "
        + "beginning with 1, optionally '-n' for a linked charity", "'" + value + "'");
  }

  /**
   * Creates a number.
   *
   * @param value the number
   * @return the charity number
   */
  public static CharityNumber of(String value) {
    return new CharityNumber(value);
  }

  @Override
  public int compareTo(CharityNumber other) {
    return value.compareTo(other.value);
  }

  /**
   * The number itself.
   *
   * @return the number
   */
  @Override
  public String toString() {
    return value;
  }
}
