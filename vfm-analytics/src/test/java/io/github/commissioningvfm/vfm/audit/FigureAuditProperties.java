package io.github.commissioningvfm.vfm.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureAuditProperties {

  private static PrintedFigure fig(String label, BigDecimal v) {
    return PrintedFigure.of(label, v.toPlainString(), "generated");
  }

  /** A quotient printed as the correctly rounded result of its printed inputs is never called inconsistent. */
  @Test
  void correctlyRoundedQuotientsAreConsistent() {
    // scales: numerator k % 3 decimals, denominator k / 3 decimals (0 to 3)
    qt().withExamples(500).forAll(integers().between(1, 1_000_000), integers().between(1, 100_000),
        integers().between(0, 11), integers().between(0, 4))
        .checkAssert((num, den, k, resultScale) -> {
          BigDecimal n = BigDecimal.valueOf(num, k % 3);
          BigDecimal d = BigDecimal.valueOf(den, k / 3);
          BigDecimal q = n.divide(d, resultScale, RoundingMode.HALF_UP);
          if (q.signum() == 0) {
            return;
          }
          AuditReport r = FigureAudit.of(PublishedFigures.builder("generated").quotient(new QuotientClaim("q",
              fig("q", q), fig("n", n), fig("d", d))).build());
          assertTrue(r.inconsistencies().isEmpty(), r.toString());
        });
  }

  /**
   * A transposition keeps the digits and the decimal places; a decimal shift keeps the digits in
   * order and is the printed figure times or divided by ten.
   */
  @Test
  void editsKeepTheDigits() {
    qt().withExamples(300).forAll(integers().between(1, 9_999_999), integers().between(0, 4)).checkAssert((u, s) -> {
      PrintedFigure f = fig("x", BigDecimal.valueOf(u, s));
      String digits = BigDecimal.valueOf(u).toPlainString();
      List<Edits.Edit> edits = Edits.of(f);
      for (Edits.Edit e : edits) {
        assertNotEquals(f.printed(), e.figure().printed());
        BigDecimal edited = e.figure().unsignedDigits();
        if (e.kind() == EditKind.TRANSPOSED_DIGITS) {
          assertEquals(s, edited.scale(), e.toString());
          assertEquals(sorted(digits), sorted(padded(edited.unscaledValue().toString(), digits.length())), e.toString());
        } else {
          // the same significant digits, the point moved one place (a zero may be added or dropped at an end)
          assertEquals(BigDecimal.valueOf(u).stripTrailingZeros().unscaledValue(),
              edited.stripTrailingZeros().unscaledValue(), e.toString());
          assertEquals(0, edited.movePointLeft(1).compareTo(f.unsignedDigits()) * edited.movePointRight(1)
              .compareTo(f.unsignedDigits()), e.toString());
        }
      }
    });
  }

  private static String padded(String digits, int width) {
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static String sorted(String s) {
    char[] c = s.replace("0", "").toCharArray();
    java.util.Arrays.sort(c);
    return new String(c);
  }
}
