package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.ArrayList;
import java.util.List;

/**
 * When a provider is paid under each payment option for the same year of activity, and how much
 * of its own cash each option ties up.
 *
 * @param year the financial year
 * @param annualCost the provider's cost of delivering the year's activity, spent evenly
 * @param rows one row per option, in the order given
 * @since 0.1.0
 */
public record ProviderCashFlowView(FinancialYear year, Money annualCost, List<OptionCashFlow> rows) {

  /**
   * Creates a view.
   *
   * @param year the year
   * @param annualCost the provider's annual cost
   * @param rows the rows
   */
  public ProviderCashFlowView {
    Args.notNull(year, "year");
    Args.notNull(annualCost, "annualCost");
    rows = List.copyOf(Args.notEmpty(rows, "rows"));
  }

  /**
   * Computes the view: for each option, {@link QuarterlyCashFlow#of} of its statement for the
   * report, and its {@link QuarterlyCashFlow#workingCapitalNeed(Money)} at the annual cost.
   *
   * @param options the options, at least one, distinct labels
   * @param actual the year's activity
   * @param year the financial year
   * @param annualCost the provider's annual cost, spent evenly over the year
   * @return the view
   */
  public static ProviderCashFlowView of(List<PaymentOption> options, ActivityReport actual, FinancialYear year,
      Money annualCost) {
    PaymentOption.requireDistinctLabels(options);
    Args.notNull(actual, "actual");
    List<OptionCashFlow> rows = new ArrayList<>();
    for (PaymentOption option : options) {
      QuarterlyCashFlow cf = QuarterlyCashFlow.of(option.mechanism().statement(actual), year);
      rows.add(new OptionCashFlow(option.label(), cf, cf.workingCapitalNeed(annualCost)));
    }
    return new ProviderCashFlowView(year, annualCost, rows);
  }
}
