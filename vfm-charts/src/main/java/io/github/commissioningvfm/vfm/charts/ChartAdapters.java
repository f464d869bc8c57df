package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.payment.analysis.CommissionerRiskView;
import io.github.commissioningvfm.model.payment.analysis.QuarterAmount;
import io.github.commissioningvfm.model.payment.analysis.QuarterlyCashFlow;
import io.github.commissioningvfm.model.payment.analysis.RiskRow;
import io.github.commissioningvfm.vfm.cea.CostEffect;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.outcomes.value.DoseVfm;
import io.github.commissioningvfm.vfm.uncertainty.AcceptabilityPoint;
import io.github.commissioningvfm.vfm.uncertainty.TornadoRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Chart data from the library's result types, one method per chart. Each only copies figures into
 * the chart records; figures the library could not compute are refused with the reason, never
 * drawn as zero.
 *
 * @since 0.1.0
 */
public final class ChartAdapters {

  private ChartAdapters() {
  }

  /**
   * A tornado from one-way sensitivity rows.
   *
   * @param title the title
   * @param measure the result measure with its unit and price base
   * @param baseValue the base-case result
   * @param rows the rows, each with the result at the input's low and high values
   * @return the chart
   * @throws IllegalArgumentException naming an input whose result at low or high is undefined
   */
  public static TornadoChart tornado(String title, String measure, double baseValue, List<TornadoRow> rows) {
    List<TornadoChart.TornadoBar> bars = new ArrayList<>();
    for (TornadoRow r : Args.noNullElements(rows, "rows")) {
      Args.check(r.metricAtLow().isDefined() && r.metricAtHigh().isDefined(), "rows",
          "have a result at the low and the high value of every input, but this input has none", r.input());
      bars.add(new TornadoChart.TornadoBar(r.input(), r.metricAtLow().toDouble().getAsDouble(),
          r.metricAtHigh().toDouble().getAsDouble()));
    }
    return TornadoChart.of(title, measure, baseValue, bars);
  }

  /**
   * Acceptability curves, one per option, from the points of a probabilistic sensitivity analysis.
   *
   * @param title the title
   * @param thresholdLabel the threshold axis label with its unit
   * @param points the points in increasing threshold order
   * @return the chart
   */
  public static AcceptabilityChart acceptability(String title, String thresholdLabel, List<AcceptabilityPoint> points) {
    Args.notEmpty(Args.noNullElements(points, "points"), "points");
    List<AcceptabilityChart.Curve> curves = new ArrayList<>();
    for (String option : new TreeSet<>(points.get(0).probabilityBest().keySet())) {
      curves.add(new AcceptabilityChart.Curve(option, points.stream()
          .map(p -> new XyPoint(p.threshold(), p.probabilityBest().get(option))).toList()));
    }
    return AcceptabilityChart.of(title, thresholdLabel, curves);
  }

  /**
   * The cost-effectiveness plane of options against a comparator: each option at (its effect minus
   * the comparator's, its cost minus the comparator's). The title names the costs' price base.
   *
   * @param title the title, to which " (GBP, yyyy/yy prices)" is appended
   * @param effectLabel the effect axis label with its unit
   * @param comparator the comparator
   * @param options the options
   * @param thresholds willingness-to-pay thresholds to draw
   * @return the chart
   */
  public static CostEffectivenessPlane costEffectivenessPlane(String title, String effectLabel, CostEffect comparator,
      List<CostEffect> options, List<Double> thresholds) {
    Args.notNull(comparator, "comparator");
    List<XyPoint> points = new ArrayList<>();
    for (CostEffect o : Args.noNullElements(options, "options")) {
      Cost extra = o.cost().minus(comparator.cost());
      points.add(new XyPoint(o.effect().subtract(comparator.effect()).doubleValue(), extra.amount().toDouble()));
    }
    String base = "GBP, " + comparator.cost().priceBase() + " prices";
    return new CostEffectivenessPlane(title + " (" + base + ")", effectLabel, "Incremental cost (" + base + ")",
        points, thresholds);
  }

  /**
   * ROI ratio by financial year with the contacts of each year, from a counterfactual ROI (a
   * {@link RoiResult} with contact-level alternatives): one bar per {@code perYear} figure of its
   * programme option.
   *
   * @param title the title, to which " (costs in yyyy/yy prices)" is appended when every year is in one
   *     price base, or " (each year in its own prices)" otherwise
   * @param result the counterfactual ROI
   * @return the chart
   * @throws IllegalArgumentException if the result has no contact counts or no year, or naming a year whose
   *     ROI ratio is undefined, with the reason
   */
  public static RoiByYearChart roiByYear(String title, RoiResult result) {
    Args.notNull(result, "result");
    Args.check(!result.alternatives().isEmpty(), "result", "carry contacts per year (a counterfactual ROI of "
        + "contact records)", result.appraisalName());
    List<RoiFigures> years = Args.notEmpty(result.options().get(0).perYear(), "perYear");
    List<RoiByYearChart.RoiYear> bars = new ArrayList<>();
    TreeSet<String> bases = new TreeSet<>();
    for (RoiFigures y : years) {
      long n = result.alternatives().stream().filter(a -> a.year().toString().equals(y.label()))
          .mapToLong(AlternativeYear::contacts).sum();
      bars.add(new RoiByYearChart.RoiYear(y.label(), defined(y.roiRatio(), "ROI ratio", y.label()), n));
      bases.add(y.benefits().priceBase().toString());
    }
    String prices = bases.size() == 1 ? " (costs in " + bases.first() + " prices)" : " (each year in its own prices)";
    return RoiByYearChart.of(title + prices, bars);
  }

  /**
   * Cost-weighted VfM by sessions attended, with each dose's interval.
   *
   * @param title the title
   * @param doses the doses
   * @return the chart
   * @throws IllegalArgumentException naming a dose whose VfM is undefined, with the reason
   */
  public static DoseChart vfmByDose(String title, List<DoseVfm> doses) {
    Args.notEmpty(Args.noNullElements(doses, "doses"), "doses");
    List<DoseChart.DosePoint> points = new ArrayList<>();
    String intervalLabel = "interval";
    for (DoseVfm d : doses) {
      Estimate f = d.weightedVfm();
      double v = defined(f, d.sessions() + " sessions");
      if (f.interval().isPresent()) {
        Interval i = f.interval().get();
        intervalLabel = String.format(Locale.ROOT, "%.0f%% interval (%s)", 100 * i.level(), i.method());
        points.add(DoseChart.DosePoint.of(d.sessions(), d.participants(), v, Math.min(v, i.lower()),
            Math.max(v, i.upper())));
      } else {
        points.add(DoseChart.DosePoint.withoutInterval(d.sessions(), d.participants(), v));
      }
    }
    Estimate first = doses.get(0).weightedVfm();
    return DoseChart.of(title, first.label() + " (" + first.unit() + ")", intervalLabel, points);
  }

  /**
   * What the commissioner pays under each option at low, expected and high activity.
   *
   * @param title the title
   * @param view the commissioner's risk view
   * @return the chart
   */
  public static PaymentByActivityChart paymentByActivity(String title, CommissionerRiskView view) {
    Args.notNull(view, "view");
    List<String> scenarios = List.of(
        "low (" + Labels.count(view.scenarios().low().totalVolume()) + " units)",
        "expected (" + Labels.count(view.scenarios().expected().totalVolume()) + " units)",
        "high (" + Labels.count(view.scenarios().high().totalVolume()) + " units)");
    List<AmountSeries> series = new ArrayList<>();
    for (RiskRow r : view.rows()) {
      series.add(new AmountSeries(r.option(), List.of(r.low().toDouble(), r.expected().toDouble(),
          r.high().toDouble())));
    }
    return new PaymentByActivityChart(title, scenarios, series);
  }

  /**
   * When the provider is paid under each option, quarter by quarter (including payments that fall
   * after the year, labelled with their own year, e.g. "2026/27 Q1").
   *
   * @param title the title, to which " (GBP, yyyy/yy)" is appended from the first flow's year
   * @param options each option's label
   * @param flows each option's cash flow, in the same order, over the same year
   * @return the chart
   */
  public static CashFlowChart cashFlow(String title, List<String> options, List<QuarterlyCashFlow> flows) {
    Args.notEmpty(Args.noNullElements(flows, "flows"), "flows");
    Args.check(Args.noNullElements(options, "options").size() == flows.size(), "options",
        "name each cash flow (" + flows.size() + ")", options.size());
    List<String> quarters = flows.get(0).quarters().stream().map(q -> q.quarter().toString()).toList();
    List<AmountSeries> series = new ArrayList<>();
    for (int i = 0; i < flows.size(); i++) {
      Args.check(flows.get(i).year().equals(flows.get(0).year()), "flows", "cover one financial year "
          + flows.get(0).year(), flows.get(i).year());
      series.add(new AmountSeries(options.get(i), flows.get(i).quarters().stream().map(QuarterAmount::amount)
          .map(m -> m.toDouble()).toList()));
    }
    return new CashFlowChart(title + " (GBP, " + flows.get(0).year() + ")", quarters, series);
  }

  private static double defined(Estimate e, String where) {
    return defined(e.value(), e.label(), where);
  }

  private static double defined(Figure f, String label, String where) {
    if (f instanceof Figure.Undefined u) {
      throw new IllegalArgumentException("The " + label + " of " + where + " is undefined (" + u.reason()
          + "); it cannot be drawn");
    }
    return f.toDouble().getAsDouble();
  }
}
