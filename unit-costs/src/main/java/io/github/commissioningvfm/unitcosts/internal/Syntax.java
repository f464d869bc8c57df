package io.github.commissioningvfm.unitcosts.internal;

/**
 * The lexical rules for keys and identifiers, checked character by character so
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

  private static boolean isLowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
