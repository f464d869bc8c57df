package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.PaymentLine;
import io.github.commissioningvfm.model.payment.PaymentStatement;
import io.github.commissioningvfm.model.time.FinancialQuarter;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * When a provider receives the money of one year's payment statement: five quarters, Q1 to Q4 of
 * the year and Q1 of the next (where arrears and year-end reconciliations land).
 *
 * <p>Each line is placed by its {@link io.github.commissioningvfm.model.payment.PaymentTiming}:
 * <pre>
 *   quarter share   = amount / 4 rounded towards zero, the fourth share taking the remainder
 *   SPREAD_EVENLY   : shares in Q1, Q2, Q3, Q4 of the year
 *   IN_ARREARS      : shares in Q2, Q3, Q4 of the year and Q1 of the next
 *   AFTER_YEAR_END  : the whole amount in Q1 of the next year
 *   IN_ADVANCE      : the whole amount in Q1 of the year
 * </pre>
 * so the quarters always sum exactly to the statement's total.
 *
 * @param mechanism the mechanism's name
 * @param year the financial year the statement covers
 * @param quarters the five quarters in order
 * @since 0.1.0
 */
public record QuarterlyCashFlow(String mechanism, FinancialYear year, List<QuarterAmount> quarters) {

  /**
   * Creates a cash flow.
   *
   * @param mechanism the mechanism's name
   * @param year the year covered
   * @param quarters the five quarters, Q1 of the year to Q1 of the next, in order
   */
  public QuarterlyCashFlow {
    Args.notBlank(mechanism, "mechanism");
    Args.notNull(year, "year");
    quarters = List.copyOf(Args.noNullElements(quarters, "quarters"));
    List<FinancialQuarter> expected = span(year);
    List<FinancialQuarter> actual = quarters.stream().map(QuarterAmount::quarter).toList();
    Args.check(actual.equals(expected), "quarters", "be " + expected, actual);
  }

  /**
   * The cash flow of a statement for a year.
   *
   * @param statement the statement
   * @param year the financial year it covers
   * @return the cash flow
   */
  public static QuarterlyCashFlow of(PaymentStatement statement, FinancialYear year) {
    Args.notNull(statement, "statement");
    Args.notNull(year, "year");
    Money[] slots = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
    for (PaymentLine line : statement.lines()) {
      switch (line.timing()) {
        case SPREAD_EVENLY -> spread(slots, 0, line.amount());
        case IN_ARREARS -> spread(slots, 1, line.amount());
        case AFTER_YEAR_END -> slots[4] = slots[4].plus(line.amount());
        case IN_ADVANCE -> slots[0] = slots[0].plus(line.amount());
        default -> throw new IllegalStateException("unhandled timing " + line.timing());
      }
    }
    List<FinancialQuarter> span = span(year);
    List<QuarterAmount> quarters = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      quarters.add(new QuarterAmount(span.get(i), slots[i]));
    }
    return new QuarterlyCashFlow(statement.mechanism(), year, quarters);
  }

  private static void spread(Money[] slots, int first, Money amount) {
    Money share = amount.dividedBy(4, RoundingMode.DOWN);
    Money last = amount.minus(share.multipliedBy(3));
    for (int i = 0; i < 3; i++) {
      slots[first + i] = slots[first + i].plus(share);
    }
    slots[first + 3] = slots[first + 3].plus(last);
  }

  private static List<FinancialQuarter> span(FinancialYear year) {
    return List.of(year.quarter(1), year.quarter(2), year.quarter(3), year.quarter(4), year.next().quarter(1));
  }

  /**
   * The sum of all quarters: the statement's total.
   *
   * @return the total
   */
  public Money total() {
    Money sum = Money.ZERO;
    for (QuarterAmount q : quarters) {
      sum = sum.plus(q.amount());
    }
    return sum;
  }

  /**
   * The cash the provider must find from its own funds before the commissioner's payments catch up
   * with its spending, if it spends an annual cost evenly over the four quarters of the year:
   * <pre>
   *   cost(q)     = round(annual cost x q / 4)          for q = 1..4 (cumulative, half-up)
   *   received(q) = sum of receipts in quarters 1..q    (cumulative)
   *   need        = max(0, max over q of (cost(q) - received(q)))
   * </pre>
   * Zero for a block paid evenly at or above cost; the withheld share for an outcome-based
   * arrangement paid after year end; a quarter's share for payment in arrears.
   *
   * @param annualCost what the provider spends delivering the service in the year; not negative
   * @return the largest cumulative shortfall
   */
  public Money workingCapitalNeed(Money annualCost) {
    Args.notNull(annualCost, "annualCost");
    Args.check(!annualCost.isNegative(), "annualCost", "not be negative", annualCost);
    Money need = Money.ZERO;
    Money received = Money.ZERO;
    for (int q = 1; q <= 4; q++) {
      received = received.plus(quarters.get(q - 1).amount());
      Money cost = annualCost.multipliedBy(BigDecimal.valueOf(q).divide(BigDecimal.valueOf(4)),
          RoundingMode.HALF_UP);
      Money shortfall = cost.minus(received);
      need = shortfall.compareTo(need) > 0 ? shortfall : need;
    }
    return need;
  }

  /**
   * What arrives within the year itself (Q1 to Q4), leaving out what arrives after year-end.
   *
   * @return the in-year receipts
   */
  public Money receivedInYear() {
    return total().minus(quarters.get(4).amount());
  }
}
