package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Companies House registered number (Companies Act 2006, s. 1066): always eight characters.
 * Companies registered in England and Wales have eight digits, zero-padded ({@code "00445790"});
 * others carry a two-letter prefix and six digits: {@code SC} Scotland, {@code NI} Northern
 * Ireland, {@code OC}/{@code SO}/{@code NC} limited liability partnerships, {@code FC}/{@code SF}/{@code NF}
 * overseas companies, {@code IP}/{@code SP}/{@code NP} industrial and provident (registered)
 * societies, which the FCA registers and Companies House names in its index of company names,
 * {@code LP}/{@code SL}/{@code NL} limited partnerships;
 * older Northern Irish companies have {@code R} and seven digits. The library checks the form
 * only; it does not look numbers up. Numbers with the leading zeros dropped are refused: pad them
 * to eight characters.
 *
 * @param value the eight-character number, upper case
 * @since 0.1.0
 */
public record CompanyNumber(String value) implements Comparable<CompanyNumber> {

  /** The two-letter prefixes accepted before six digits. */
  public static final Set<String> PREFIXES = Set.of("SC", "NI", "OC", "SO", "NC", "FC", "SF", "NF", "IP", "SP", "NP",
      "LP", "SL", "NL");

  private static final Pattern FORM = Pattern.compile("[0-9]{8}|[A-Z]{2}[0-9]{6}|R[0-9]{7}");

  /**
   * Creates a number.
   *
   * @param value eight digits, a known two-letter prefix and six digits, or R and seven digits
   */
  public CompanyNumber {
    Args.notNull(value, "value");
    boolean ok = FORM.matcher(value).matches()
        && (!Character.isLetter(value.charAt(1)) || PREFIXES.contains(value.substring(0, 2)));
    Args.check(ok, "value", "be a Companies House number of 8 characters: 8 digits, a prefix such as SC, NI or OC "
        + "and 6 digits, or R and 7 digits", "'" + value + "'");
  }

  /**
   * Creates a number.
   *
   * @param value the number
   * @return the company number
   */
  public static CompanyNumber of(String value) {
    return new CompanyNumber(value);
  }

  @Override
  public int compareTo(CompanyNumber other) {
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
