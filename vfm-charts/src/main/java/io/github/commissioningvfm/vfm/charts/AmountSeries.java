package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * One option's amounts in pounds, one per category of a grouped bar chart.
 *
 * @param option the option, in words
 * @param amounts the amounts in GBP, one per category
 * @since 0.1.0
 */
public record AmountSeries(String option, List<Double> amounts) {

  /**
   * Validates the series.
   *
   * @param option option
   * @param amounts amounts
   */
  public AmountSeries {
    Args.notBlank(option, "option");
    amounts = List.copyOf(Args.notEmpty(Args.noNullElements(amounts, "amounts"), "amounts"));
    amounts.forEach(a -> Args.finite(a, "amounts of '" + option + "'"));
  }

  /** Copies the series after checking there is at least one and each has one amount per category. */
  static List<AmountSeries> aligned(List<String> categories, List<AmountSeries> series) {
    List<AmountSeries> copy = List.copyOf(Args.notEmpty(Args.noNullElements(series, "options"), "options"));
    for (AmountSeries s : copy) {
      Args.check(s.amounts().size() == categories.size(), "series '" + s.option() + "'",
          "have one amount per category (" + categories.size() + ")", s.amounts().size());
    }
    return copy;
  }
}
