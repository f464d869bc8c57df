package io.github.commissioningvfm.model.provider;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.payment.ActivityReport;
import io.github.commissioningvfm.model.payment.CurrencyCode;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import io.github.commissioningvfm.model.payment.analysis.ActivityScenarios;
import io.github.commissioningvfm.model.payment.analysis.PaymentOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's mirror of {@link io.github.commissioningvfm.model.payment.analysis.CommissionerRiskView}:
 * for each payment option, what the provider is paid, what delivery fully costs it, and the surplus
 * or hidden subsidy at low, expected and high activity. A block leaves the provider carrying the
 * cost of high demand; payment per case, spot purchase and personal budgets leave it carrying
 * empty capacity when demand is low ("voids", Sheaff et al. 2024, HSDR 12(39), ch. 6, source line
 * 2030).
 *
 * <p>For each option and scenario s:
 * <pre>
 *   income(s) = mechanism.statement(s).total()     (the commissioner's payment, the same figure
 *                                                   as the commissioner's risk view)
 *   cost(s)   = costs.fullCost(total volume of s)
 *   margin(s) = Margin.of(income(s), cost(s))
 * </pre>
 * and the {@link ProviderBreakEven} volumes over 0 to the search limit, each volume priced as the expected
 * report with its volume replaced.
 *
 * @param scenarios the activity scenarios
 * @param costs the provider's cost basis
 * @param rows one row per option, in the order given
 * @since 0.1.0
 */
public record ProviderRiskView(ActivityScenarios scenarios, ProviderCosts costs, List<ProviderRiskRow> rows) {

  /**
   * Creates a view.
   *
   * @param scenarios the scenarios
   * @param costs the cost basis
   * @param rows the rows
   */
  public ProviderRiskView {
    Args.notNull(scenarios, "scenarios");
    Args.notNull(costs, "costs");
    rows = List.copyOf(Args.notEmpty(rows, "rows"));
  }

  /**
   * Computes the view, searching for break-even volumes up to twice the high scenario's volume.
   *
   * @param options the options, at least one, distinct labels
   * @param scenarios the activity scenarios
   * @param costs the provider's cost basis
   * @return the view
   */
  public static ProviderRiskView of(List<PaymentOption> options, ActivityScenarios scenarios, ProviderCosts costs) {
    Args.notNull(scenarios, "scenarios");
    return of(options, scenarios, costs, Math.max(1, Math.multiplyExact(2, scenarios.high().totalVolume())));
  }

  /**
   * Computes the view.
   *
   * @param options the options, at least one, distinct labels
   * @param scenarios the activity scenarios
   * @param costs the provider's cost basis
   * @param searchLimit the largest volume examined for break-even; not negative
   * @return the view
   */
  public static ProviderRiskView of(List<PaymentOption> options, ActivityScenarios scenarios, ProviderCosts costs,
      long searchLimit) {
    PaymentOption.requireDistinctLabels(options);
    Args.notNull(scenarios, "scenarios");
    Args.notNull(costs, "costs");
    Args.notNegative(searchLimit, "searchLimit");
    List<ProviderRiskRow> rows = new ArrayList<>();
    for (PaymentOption option : options) {
      PaymentMechanism m = option.mechanism();
      rows.add(new ProviderRiskRow(option.label(), m.name(), margin(m, scenarios.low(), costs),
          margin(m, scenarios.expected(), costs), margin(m, scenarios.high(), costs),
          breakEven(m, scenarios.expected(), costs, searchLimit)));
    }
    return new ProviderRiskView(scenarios, costs, rows);
  }

  /**
   * The margin of one mechanism for one year of activity.
   *
   * @param mechanism the payment mechanism
   * @param actual the activity
   * @param costs the provider's cost basis
   * @return Margin.of(statement total, full cost at the report's total volume)
   */
  public static Margin margin(PaymentMechanism mechanism, ActivityReport actual, ProviderCosts costs) {
    Args.notNull(mechanism, "mechanism");
    Args.notNull(actual, "actual");
    Args.notNull(costs, "costs");
    return Margin.of(mechanism.statement(actual).total(), costs.fullCost(actual.totalVolume()).total());
  }

  private static ProviderBreakEven breakEven(PaymentMechanism m, ActivityReport template, ProviderCosts costs, long limit) {
    Args.check(template.volumes().size() <= 1, "scenarios.expected", "count activity in one currency code to find "
        + "a break-even volume", template.volumes().keySet());
    CurrencyCode code = template.volumes().isEmpty() ? CurrencyCode.LOCAL_UNIT
        : template.volumes().keySet().iterator().next();
    Long lowest = null;
    Long highest = null;
    for (long v = 0; v <= limit; v++) {
      ActivityReport at = new ActivityReport(Map.of(code, v), template.outcomesMet(), template.qualityAchieved());
      if (margin(m, at, costs).fullCostRecovered()) {
        lowest = lowest == null ? v : lowest;
        highest = v;
      }
    }
    return new ProviderBreakEven(Optional.ofNullable(lowest), Optional.ofNullable(highest), limit);
  }

  /**
   * The row of one option.
   *
   * @param option the option's label
   * @return the row
   */
  public ProviderRiskRow row(String option) {
    Args.notNull(option, "option");
    return rows.stream().filter(r -> r.option().equals(option)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("Argument 'option' must be one of " + rows.stream().map(ProviderRiskRow::option)
            .toList() + ": '" + option + "'"));
  }
}
