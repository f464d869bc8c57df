package io.github.commissioningvfm.model.internal;

import java.math.BigDecimal;

/**
 * The one parser of decimal text in the library, with a bounded cost for any input.
 *
 * <p>Every decimal read from text (a money amount, a cost, a rate, a table value, a JSON number)
 * passes through {@link #parse(String, String)} or {@link #parsePlain(String, String, boolean)}.
 * Before any {@link BigDecimal} is built the text is checked character by character against the
 * grammar {@code [+-]?digits[.digits]([eE][+-]?digits)?} and refused when it has more than
 * {@link #MAX_DIGITS} digits or an exponent outside {@code [-MAX_EXPONENT, MAX_EXPONENT]}, so a
 * number of any length costs at most one pass over its first {@link #MAX_TEXT} characters to
 * refuse, and every accepted value has at most {@value #MAX_DIGITS} significant digits and a scale
 * within {@code [-MAX_DIGITS - MAX_EXPONENT, MAX_DIGITS + MAX_EXPONENT]}. Messages echo at most
 * {@value #ECHO} characters of the input ({@link #cut(String)}).
 */
public final class Decimals {

  /** The most digits (before and after the point together) a decimal may have: {@value}. */
  public static final int MAX_DIGITS = 200;
  /** The largest magnitude of an exponent in scientific notation: {@value}. */
  public static final int MAX_EXPONENT = 200;
  /** The longest text considered at all: {@value} characters (digits, sign, point and exponent). */
  public static final int MAX_TEXT = MAX_DIGITS + 16;
  /** The most characters of an input that a message repeats: {@value}. */
  public static final int ECHO = io.github.commissioningvfm.model.io.InputFormatException.MAX_VALUE_LENGTH;

  private Decimals() {
  }

  /**
   * Parses a decimal in plain or scientific notation, e.g. {@code "1234.56"}, {@code "-0.5"},
   * {@code "1.2E+3"}.
   *
   * @param text the text; not stripped
   * @param name the argument's name for the message
   * @return the value
   * @throws IllegalArgumentException naming the argument and the (cut) text if it is not a decimal
   *     within the bounds
   */
  public static BigDecimal parse(String text, String name) {
    return parse(text, name, true, true);
  }

  /**
   * Parses a plain decimal: digits with an optional point, no exponent, e.g. {@code "1234.56"}.
   *
   * @param text the text
   * @param name the argument's name for the message
   * @param signed whether a leading {@code '-'} is allowed
   * @return the value
   * @throws IllegalArgumentException naming the argument and the (cut) text if it is not a plain
   *     decimal within the bounds
   */
  public static BigDecimal parsePlain(String text, String name, boolean signed) {
    return parse(text, name, false, signed);
  }

  /**
   * Whether text is a plain decimal ({@code [0-9]+(\.[0-9]+)?}, with an optional leading
   * {@code '-'} when signed) within the digit bound.
   *
   * @param text the text
   * @param signed whether a leading '-' is allowed
   * @return true if {@link #parsePlain(String, String, boolean)} accepts it
   */
  public static boolean isPlain(String text, boolean signed) {
    return problem(text, false, signed) == null;
  }

  /**
   * Checks that a decimal built elsewhere (e.g. by a JSON parser) is within the bounds.
   *
   * @param value the value
   * @param name the argument's name for the message
   * @return the value
   */
  public static BigDecimal bounded(BigDecimal value, String name) {
    Args.notNull(value, name);
    if (value.precision() > MAX_DIGITS || Math.abs((long) value.scale()) > MAX_DIGITS + MAX_EXPONENT) {
      throw new IllegalArgumentException("Argument '" + name + "' is out of range (more than " + MAX_DIGITS
          + " digits or an exponent beyond " + MAX_EXPONENT + ")");
    }
    return value;
  }

  /**
   * Text cut to {@value #ECHO} characters for a message, marking what was left out.
   *
   * @param text the text
   * @return the text, or its first {@value #ECHO} characters and {@code "...(N chars)"}
   */
  public static String cut(String text) {
    return io.github.commissioningvfm.model.io.InputFormatException.cut(text);
  }

  private static BigDecimal parse(String text, String name, boolean exponent, boolean signed) {
    Args.notNull(text, name);
    String problem = problem(text, exponent, signed);
    if (problem != null) {
      throw new IllegalArgumentException("Argument '" + name + "' " + problem + ": '" + cut(text) + "'");
    }
    return new BigDecimal(text);
  }

  /** Null if the text is acceptable, else the problem; a strict single pass, no allocation. */
  private static String problem(String text, boolean exponent, boolean signed) {
    int n = text.length();
    if (n > MAX_TEXT) {
      return "is too long for a decimal number (more than " + MAX_DIGITS + " digits)";
    }
    int i = 0;
    if (i < n && (text.charAt(i) == '-' || (exponent && text.charAt(i) == '+'))) {
      if (!signed && text.charAt(i) == '-') {
        return "must not be negative";
      }
      i++;
    }
    int digits = 0;
    int intDigits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      intDigits++;
    }
    digits += intDigits;
    if (i < n && text.charAt(i) == '.') {
      i++;
      int fraction = 0;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        fraction++;
      }
      if (!exponent && (fraction == 0 || intDigits == 0)) {
        return "is not a plain decimal number";
      }
      digits += fraction;
    } else if (intDigits == 0 && !exponent) {
      return "is not a plain decimal number";
    }
    if (digits == 0) {
      return "is not a decimal number";
    }
    if (digits > MAX_DIGITS) {
      return "has more than " + MAX_DIGITS + " digits";
    }
    if (i < n && exponent && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      long value = 0;
      while (i < n && isDigit(text.charAt(i))) {
        if (value <= MAX_EXPONENT) {
          value = value * 10 + (text.charAt(i) - '0');
        }
        i++;
      }
      if (i == start) {
        return "is not a decimal number";
      }
      if (value > MAX_EXPONENT) {
        return "has an exponent outside -" + MAX_EXPONENT + ".." + MAX_EXPONENT;
      }
    }
    if (i != n) {
      return exponent ? "is not a decimal number" : "is not a plain decimal number";
    }
    return null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
