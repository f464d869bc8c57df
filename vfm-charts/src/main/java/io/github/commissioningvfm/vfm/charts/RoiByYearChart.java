package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Return on investment by financial year: one bar per year with its ROI ratio (GBP back per GBP 1),
 * the number of contacts or participants under each bar's label, a break-even line at 1.0 and a
 * vertical axis from zero.
 *
 * @param title the title, naming the price base of the costs behind the ratios
 * @param years the years in order
 * @since 0.1.0
 */
public record RoiByYearChart(String title, List<RoiYear> years) implements VfmChart {

  /** The ROI ratio at which the programme returns exactly what it cost. */
  public static final double BREAK_EVEN = 1.0;

  /**
   * Validates the chart.
   *
   * @param title title
   * @param years years
   */
  public RoiByYearChart {
    Labels.check(title, "year", "ratio");
    years = List.copyOf(Args.notEmpty(Args.noNullElements(years, "years"), "years"));
  }

  /**
   * An ROI-by-year chart.
   *
   * @param title the title
   * @param years the years
   * @return the chart
   */
  public static RoiByYearChart of(String title, List<RoiYear> years) {
    return new RoiByYearChart(title, years);
  }

  @Override
  public String xAxisLabel() {
    return "Financial year (n = contacts)";
  }

  @Override
  public String yAxisLabel() {
    return "ROI ratio (GBP back per GBP 1; 1.0 = break-even)";
  }

  /**
   * The category labels: the year and its n, e.g. "2020/21 (n = 2,611)".
   *
   * @return one label per year
   */
  public List<String> categoryLabels() {
    return years.stream().map(y -> y.year() + " (n = " + Labels.count(y.n()) + ")").toList();
  }

  /**
   * The vertical range drawn: from zero, and always including the break-even line.
   *
   * @return the range
   */
  public AxisRange valueAxis() {
    return AxisRange.withZero(years, RoiYear::roiRatio, y -> Math.max(y.roiRatio(), BREAK_EVEN));
  }

  /**
   * One year's bar.
   *
   * @param year the financial year, e.g. "2020/21"
   * @param roiRatio avoided cost / programme cost
   * @param n the contacts (or participants) behind the ratio
   */
  public record RoiYear(String year, double roiRatio, long n) {
    /**
     * Validates the bar.
     *
     * @param year year
     * @param roiRatio ratio
     * @param n n
     */
    public RoiYear {
      Args.notBlank(year, "year");
      Args.finite(roiRatio, "roiRatio");
      Args.notNegative(n, "n");
    }
  }
}
