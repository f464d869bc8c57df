package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * Value for money by dose (sessions attended): one point per dose with its interval drawn as a bar,
 * on a vertical axis that includes zero, with n under each dose.
 *
 * @param title the title
 * @param vfmLabel the VfM axis label with its unit, e.g. "Cost-weighted VfM (SDQ points per GBP)"
 * @param intervalLabel what the interval bars are, e.g. "95% interval (delta method)"
 * @param doses the doses in increasing order
 * @since 0.1.0
 */
public record DoseChart(String title, String vfmLabel, String intervalLabel, List<DosePoint> doses)
    implements VfmChart {

  /**
   * Validates the chart.
   *
   * @param title title
   * @param vfmLabel VfM label
   * @param intervalLabel interval label
   * @param doses doses
   */
  public DoseChart {
    Labels.check(title, "sessions", vfmLabel);
    Args.notBlank(intervalLabel, "intervalLabel");
    doses = List.copyOf(Args.notEmpty(Args.noNullElements(doses, "doses"), "doses"));
    for (int i = 1; i < doses.size(); i++) {
      Args.check(doses.get(i).sessions() > doses.get(i - 1).sessions(), "doses", "be in increasing order of sessions",
          doses.get(i).sessions());
    }
  }

  /**
   * A VfM-by-dose chart.
   *
   * @param title the title
   * @param vfmLabel the VfM label with its unit
   * @param intervalLabel what the interval bars are
   * @param doses the doses
   * @return the chart
   */
  public static DoseChart of(String title, String vfmLabel, String intervalLabel, List<DosePoint> doses) {
    return new DoseChart(title, vfmLabel, intervalLabel, doses);
  }

  @Override
  public String xAxisLabel() {
    return "Sessions attended (n = participants)";
  }

  @Override
  public String yAxisLabel() {
    return vfmLabel;
  }

  /**
   * The vertical range drawn: every interval, and zero.
   *
   * @return the range
   */
  public AxisRange valueAxis() {
    return AxisRange.withZero(doses, DosePoint::lower, DosePoint::upper);
  }

  /**
   * The dose labels: sessions and n, e.g. "3 (n = 112)"; a dose without an interval says so.
   *
   * @return one label per dose
   */
  public List<String> categoryLabels() {
    return doses.stream().map(d -> d.sessions() + " (n = " + Labels.count(d.n()) + (d.hasInterval() ? ")"
        : ", no interval)")).toList();
  }

  /**
   * One dose.
   *
   * @param sessions sessions attended
   * @param n participants with this dose
   * @param vfm the VfM estimate
   * @param lower the interval's lower end (equal to vfm when there is no interval)
   * @param upper the interval's upper end (equal to vfm when there is no interval)
   * @param hasInterval whether an interval was estimated
   */
  public record DosePoint(int sessions, long n, double vfm, double lower, double upper, boolean hasInterval) {
    /**
     * Validates the dose.
     *
     * @param sessions sessions
     * @param n n
     * @param vfm vfm
     * @param lower lower
     * @param upper upper
     * @param hasInterval has interval
     */
    public DosePoint {
      Args.notNegative(sessions, "sessions");
      Args.positive(n, "n");
      Args.finite(vfm, "vfm");
      Args.finite(lower, "lower");
      Args.finite(upper, "upper");
      Args.check(lower <= vfm && vfm <= upper, "interval", "contain the estimate " + vfm, "[" + lower + ", " + upper + "]");
      Args.check(hasInterval || lower == upper, "hasInterval", "be true when lower and upper differ", hasInterval);
    }

    /**
     * A dose with an interval.
     *
     * @param sessions sessions
     * @param n participants
     * @param vfm estimate
     * @param lower lower end
     * @param upper upper end
     * @return the dose
     */
    public static DosePoint of(int sessions, long n, double vfm, double lower, double upper) {
      return new DosePoint(sessions, n, vfm, lower, upper, true);
    }

    /**
     * A dose whose interval could not be estimated (e.g. a single participant).
     *
     * @param sessions sessions
     * @param n participants
     * @param vfm estimate
     * @return the dose
     */
    public static DosePoint withoutInterval(int sessions, long n, double vfm) {
      return new DosePoint(sessions, n, vfm, vfm, vfm, false);
    }
  }
}
