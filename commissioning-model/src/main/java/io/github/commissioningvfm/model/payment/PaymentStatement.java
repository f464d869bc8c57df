package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.List;

/**
 * What a commissioner pays under one mechanism for one report: named lines and their total.
 * The total is always the exact sum of the lines (checked on construction).
 *
 * @param mechanism the name of the mechanism that produced the statement
 * @param lines the line items, at least one
 * @param total the sum of the lines' amounts
 * @since 0.1.0
 */
public record PaymentStatement(String mechanism, List<PaymentLine> lines, Money total) {

  /**
   * Creates a statement, checking that the total is the sum of the lines.
   *
   * @param mechanism the mechanism's name
   * @param lines the line items
   * @param total the sum of the lines
   */
  public PaymentStatement {
    Args.notBlank(mechanism, "mechanism");
    lines = List.copyOf(Args.notEmpty(lines, "lines"));
    Args.notNull(total, "total");
    Money sum = sum(lines);
    Args.check(sum.equals(total), "total", "equal the sum of the lines (" + sum + ")", total);
  }

  /**
   * A statement whose total is computed from its lines.
   *
   * @param mechanism the mechanism's name
   * @param lines the line items
   * @return the statement
   */
  public static PaymentStatement of(String mechanism, List<PaymentLine> lines) {
    return new PaymentStatement(mechanism, lines, sum(Args.notEmpty(lines, "lines")));
  }

  private static Money sum(List<PaymentLine> lines) {
    Money sum = Money.ZERO;
    for (PaymentLine line : lines) {
      sum = sum.plus(line.amount());
    }
    return sum;
  }
}
