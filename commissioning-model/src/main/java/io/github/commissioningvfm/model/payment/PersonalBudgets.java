package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Personal budgets: each budget holder buys units of support (hours, sessions) from the provider
 * at its price until the budgets are spent. The provider is paid only for what people choose to buy,
 * and nothing for capacity they leave unused.
 *
 * <p>Sheaff et al. (2024), HSDR 12(39), ch. 4 "Agreements and payments" (line 1284) on
 * commissioner-managed personal budget payments, and ch. 6 (line 2030): "once we go to a
 * personalised budget, the concept of voids will be a new thing for us".
 *
 * <pre>
 *   bought     = v x price per unit                               (in arrears)
 *   budgets    = holders x budget per holder
 *   exhausted  = max(0, bought - budgets)                         (deducted: no budget left to pay)
 *   payment    = bought - exhausted = min(v x price, budgets)
 * </pre>
 *
 * @param holders the number of budget holders using the provider; not negative
 * @param budgetPerHolder each holder's annual budget for this support; not negative
 * @param pricePerUnit the provider's price per unit of support; not negative
 * @since 0.1.0
 */
public record PersonalBudgets(long holders, Money budgetPerHolder, Money pricePerUnit) implements PaymentMechanism {

  /**
   * Creates the arrangement.
   *
   * @param holders the number of budget holders; not negative
   * @param budgetPerHolder each holder's annual budget; not negative
   * @param pricePerUnit the price per unit; not negative
   */
  public PersonalBudgets {
    Args.notNegative(holders, "holders");
    Lines.notNegative(budgetPerHolder, "budgetPerHolder");
    Lines.notNegative(pricePerUnit, "pricePerUnit");
  }

  @Override
  public String name() {
    return "personal budgets";
  }

  @Override
  public PaymentStatement statement(ActivityReport actual) {
    Args.notNull(actual, "actual");
    long v = actual.totalVolume();
    Money bought = pricePerUnit.multipliedBy(v);
    Money budgets = budgetPerHolder.multipliedBy(holders);
    List<PaymentLine> lines = new ArrayList<>();
    lines.add(Lines.line("units bought", bought, PaymentTiming.IN_ARREARS, v + " x " + pricePerUnit));
    if (bought.compareTo(budgets) > 0) {
      lines.add(Lines.line("budgets exhausted", budgets.minus(bought), PaymentTiming.IN_ARREARS,
          "budgets " + holders + " x " + budgetPerHolder + " = " + budgets + " spent"));
    }
    return PaymentStatement.of(name(), lines);
  }
}
