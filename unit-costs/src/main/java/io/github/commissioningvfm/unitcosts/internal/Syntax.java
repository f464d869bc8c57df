package io.github.commissioningvfm.unitcosts.internal;

/**
 * The lexical rules for keys, identifiers and plain decimals, checked character by character so
 * that loading a table never compiles or runs a regular expression.
 */
public final class Syntax {

  private Syntax() {
  }

  /**
   * Whether text is a key: lower-case ASCII letters and digits in words joined by single '.' or
   * '-' characters, i.e. the pattern {@code [a-z0-9]+([.-][a-z0-9]+)*}.
   *
   * @param text the text
   * @return true for a well-formed key
   */
  public static boolean isKey(String text) {
    boolean wordChar = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLowerOrDigit(c)) {
        wordChar = true;
      } else if ((c == '.' || c == '-') && wordChar) {
        wordChar = false;
      } else {
        return false;
      }
    }
    return wordChar;
  }

  /**
   * Whether text is an identifier such as a source or an index: a lower-case ASCII letter or
   * digit, then letters, digits and '-', i.e. the pattern {@code [a-z0-9][a-z0-9-]*}.
   *
   * @param text the text
   * @return true for a well-formed identifier
   */
  public static boolean isIdentifier(String text) {
    if (text.isEmpty() || !isLowerOrDigit(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isLowerOrDigit(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether text is a plain decimal: ASCII digits with an optional '.' followed by at least one
   * digit, i.e. the pattern {@code [0-9]+(\.[0-9]+)?}, preceded by an optional '-' when signed.
   *
   * @param text the text
   * @param signed whether a leading '-' is allowed
   * @return true for a plain decimal
   */
  public static boolean isDecimal(String text, boolean signed) {
    int i = signed && text.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i > fraction && i == text.length();
  }

  private static boolean isLowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
