package io.github.commissioningvfm.model.payment.analysis;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.payment.PaymentMechanism;
import java.util.ArrayList;
import java.util.List;

/**
 * What a commissioner would spend under each payment option at low, expected and high activity.
 *
 * @param scenarios the activity scenarios
 * @param rows one row per option, in the order given
 * @since 0.1.0
 */
public record CommissionerRiskView(ActivityScenarios scenarios, List<RiskRow> rows) {

  /**
   * Creates a view.
   *
   * @param scenarios the scenarios
   * @param rows the rows
   */
  public CommissionerRiskView {
    Args.notNull(scenarios, "scenarios");
    rows = List.copyOf(Args.notEmpty(rows, "rows"));
  }

  /**
   * Computes the view.
   *
   * <p>For each option: low = total of {@code mechanism.statement(scenarios.low())}, and likewise
   * for expected and high.
   *
   * @param options the options, at least one, distinct labels
   * @param scenarios the activity scenarios
   * @return the view
   */
  public static CommissionerRiskView of(List<PaymentOption> options, ActivityScenarios scenarios) {
    PaymentOption.requireDistinctLabels(options);
    Args.notNull(scenarios, "scenarios");
    List<RiskRow> rows = new ArrayList<>();
    for (PaymentOption option : options) {
      PaymentMechanism m = option.mechanism();
      rows.add(new RiskRow(option.label(), m.name(), m.statement(scenarios.low()).total(),
          m.statement(scenarios.expected()).total(), m.statement(scenarios.high()).total()));
    }
    return new CommissionerRiskView(scenarios, rows);
  }
}
