package io.github.commissioningvfm.vfm.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plausible single slips of a printed figure: every swap of two adjacent different digits
 * (the decimal point stays where it is) and the decimal point moved one place either way. Sign,
 * pound sign and percent sign are kept.
 */
final class Edits {

  /** One edited figure. */
  record Edit(PrintedFigure figure, EditKind kind) {
  }

  private Edits() {
  }

  static List<Edit> of(PrintedFigure figure) {
    BigDecimal unsigned = figure.unsignedDigits();
    char[] digits = unsigned.unscaledValue().toString().toCharArray();
    int scale = unsigned.scale();
    int width = Math.max(digits.length, scale + 1);
    char[] padded = new char[width];
    java.util.Arrays.fill(padded, '0');
    System.arraycopy(digits, 0, padded, width - digits.length, digits.length);
    Set<String> seen = new LinkedHashSet<>(List.of(figure.printed()));
    List<Edit> out = new ArrayList<>();
    for (int i = 0; i + 1 < padded.length; i++) {
      if (padded[i] != padded[i + 1]) {
        char[] swapped = padded.clone();
        swapped[i] = padded[i + 1];
        swapped[i + 1] = padded[i];
        add(figure, new BigDecimal(new BigInteger(new String(swapped)), scale), EditKind.TRANSPOSED_DIGITS, seen, out);
      }
    }
    add(figure, unsigned.movePointLeft(1), EditKind.DECIMAL_SHIFT, seen, out);
    add(figure, unsigned.movePointRight(1), EditKind.DECIMAL_SHIFT, seen, out);     // its scale is never negative
    return out;
  }

  private static void add(PrintedFigure figure, BigDecimal unsigned, EditKind kind, Set<String> seen, List<Edit> out) {
    if (unsigned.signum() == 0) {
      return;
    }
    String text = figure.inSameForm(unsigned);
    if (seen.add(text)) {
      out.add(new Edit(figure.withPrinted(text), kind));
    }
  }
}
