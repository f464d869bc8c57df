package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.vfm.frontier.Dominance;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The result of an incremental analysis: frontier strategies by increasing cost, then the dominated
 * ones.
 *
 * @param rows the rows
 * @since 0.1.0
 */
public record IncrementalTable(List<IncrementalRow> rows) {

  /** Validates and copies. */
  public IncrementalTable {
    rows = List.copyOf(Args.notEmpty(rows, "rows"));
  }

  /**
   * One strategy's row.
   *
   * @param strategy the name
   * @return the row
   */
  public IncrementalRow row(String strategy) {
    return rows.stream().filter(r -> r.strategy().equals(strategy)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("No strategy '" + strategy + "'; strategies are "
            + rows.stream().map(IncrementalRow::strategy).toList()));
  }

  /**
   * The efficient frontier.
   *
   * @return the non-dominated rows, by increasing cost
   */
  public List<IncrementalRow> frontier() {
    return rows.stream().filter(r -> r.status() == Dominance.NON_DOMINATED).toList();
  }

  /**
   * Every strategy's net benefit at a threshold, highest NMB first.
   *
   * @param threshold {@code lambda}, pounds per unit of effect, positive
   * @return the net benefits
   */
  public List<NetBenefit> netBenefits(double threshold) {
    Args.positive(threshold, "threshold");
    List<NetBenefit> out = new ArrayList<>();
    for (IncrementalRow r : rows) {
      out.add(new NetBenefit(r.strategy(), threshold, r.outcome().netMonetaryBenefit(threshold),
          r.outcome().netHealthBenefit(threshold)));
    }
    out.sort(Comparator.comparingDouble(NetBenefit::netMonetaryBenefit).reversed());
    return out;
  }

  /**
   * The optimal strategy at a threshold: the highest net monetary benefit (on the frontier, the most
   * effective strategy whose ICER does not exceed the threshold).
   *
   * @param threshold {@code lambda}, positive
   * @return the strategy's name
   */
  public String optimal(double threshold) {
    return netBenefits(threshold).get(0).strategy();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Incremental analysis\n");
    sb.append(String.format(Locale.ROOT, "  %-24s %14s %10s %14s %10s %14s  %s%n", "strategy", "cost", "effect",
        "inc. cost", "inc. effect", "ICER", "status"));
    for (IncrementalRow r : rows) {
      sb.append(String.format(Locale.ROOT, "  %-24s %14s %10.4f %14s %10s %14s  %s%n", r.strategy(),
          money(r.outcome().cost()), r.outcome().effect(),
          r.incrementalCost().isPresent() ? money(r.incrementalCost().getAsDouble()) : "-",
          r.incrementalEffect().isPresent() ? String.format(Locale.ROOT, "%.4f", r.incrementalEffect().getAsDouble()) : "-",
          r.icer().isPresent() ? money(r.icer().getAsDouble()) : "-", r.status().label()));
    }
    return sb.toString();
  }

  private static String money(double v) {
    return Money.of(v, RoundingMode.HALF_UP).format();
  }
}
