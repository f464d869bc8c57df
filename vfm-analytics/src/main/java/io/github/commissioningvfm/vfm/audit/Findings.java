package io.github.commissioningvfm.vfm.audit;

import java.math.BigDecimal;
import java.math.MathContext;

/** Text of findings and numbers in their arithmetic. */
final class Findings {

  private Findings() {
  }

  /** A number to six significant digits, plain, without trailing zeros. */
  static String num(double v) {
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /** An interval as {@code [low, high]}. */
  static String span(Span s) {
    return "[" + num(s.low()) + ", " + num(s.high()) + "]";
  }

  static String text(AuditFinding f) {
    StringBuilder sb = new StringBuilder(f.consistent() ? "consistent" : "INCONSISTENT").append(" (")
        .append(f.check()).append("): ").append(f.summary());
    for (String step : f.arithmetic()) {
      sb.append(System.lineSeparator()).append("    ").append(step);
    }
    return sb.toString();
  }
}
