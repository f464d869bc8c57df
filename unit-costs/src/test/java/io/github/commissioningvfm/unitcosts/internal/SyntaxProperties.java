package io.github.commissioningvfm.unitcosts.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import io.github.commissioningvfm.model.internal.Decimals;
import org.junit.jupiter.api.Test;

/** The hand-written lexical checks accept exactly what their documented regular expressions accept. */
class SyntaxProperties {

  private static final String ALPHABET = "az09.-_A\u00e9 +";
  private static final Pattern KEY = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final Pattern SIGNED = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private static String text(List<Integer> picks) {
    StringBuilder s = new StringBuilder();
    for (int p : picks) {
      s.append(ALPHABET.charAt(p));
    }
    return s.toString();
  }

  @Test
  void agreeWithTheRegularExpressions() {
    qt().forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 8)).checkAssert(picks -> {
      String s = text(picks);
      check(s, "isKey", Syntax.isKey(s), KEY);
      check(s, "isIdentifier", Syntax.isIdentifier(s), IDENTIFIER);
      check(s, "isPlain", Decimals.isPlain(s, false), AMOUNT);
      check(s, "isPlain signed", Decimals.isPlain(s, true), SIGNED);
    });
  }

  private static void check(String s, String what, boolean actual, Pattern rule) {
    if (actual != rule.matcher(s).matches()) {
      throw new AssertionError(what + "('" + s + "') = " + actual + ", but " + rule + " says otherwise");
    }
  }
}
