package io.github.commissioningvfm.vfm.charts;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.payment.analysis.OptionCashFlow;
import io.github.commissioningvfm.model.payment.analysis.ProviderCashFlowView;
import io.github.commissioningvfm.model.provider.ProviderRiskRow;
import io.github.commissioningvfm.model.provider.ProviderRiskView;
import io.github.commissioningvfm.model.payment.analysis.CommissionerRiskView;
import io.github.commissioningvfm.model.payment.analysis.QuarterAmount;
import io.github.commissioningvfm.model.payment.analysis.QuarterlyCashFlow;
import io.github.commissioningvfm.model.payment.analysis.RiskRow;
import io.github.commissioningvfm.vfm.cea.CostEffect;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.markov.StrategyResult;
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
import java.util.Map;
import java.util.TreeMap;
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
   * Acceptability curves, one per option, from the points of a probabilistic sensitivity analysis;
   * an option missing from a point's probabilities is never best there (probability 0).
   *
   * @param title the title
   * @param thresholdLabel the threshold axis label with its unit
   * @param points the points in increasing threshold order
   * @return the chart
   */
  public static AcceptabilityChart acceptability(String title, String thresholdLabel, List<AcceptabilityPoint> points) {
    Args.notEmpty(Args.noNullElements(points, "points"), "points");
    List<AcceptabilityChart.Curve> curves = new ArrayList<>();
    TreeSet<String> options = new TreeSet<>();
    points.forEach(p -> options.addAll(p.probabilityBest().keySet()));
    for (String option : options) {
      curves.add(new AcceptabilityChart.Curve(option, points.stream()
          .map(p -> new XyPoint(p.threshold(), p.probabilityBest().getOrDefault(option, 0.0))).toList()));
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
  public static CostEffectivenessPlaneChart costEffectivenessPlane(String title, String effectLabel, CostEffect comparator,
      List<CostEffect> options, List<Double> thresholds) {
    Args.notNull(comparator, "comparator");
    List<XyPoint> points = new ArrayList<>();
    for (CostEffect o : Args.noNullElements(options, "options")) {
      Cost extra = o.cost().minus(comparator.cost());
      points.add(new XyPoint(o.effect().subtract(comparator.effect()).doubleValue(), extra.amount().toDouble()));
    }
    String base = "GBP, " + comparator.cost().priceBase() + " prices";
    return new CostEffectivenessPlaneChart(title + " (" + base + ")", effectLabel, "Incremental cost (" + base + ")",
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
    List<String> scenarios = scenarioLabels(view.scenarios());
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
   * @param title the title, to which " (GBP, yyyy/yy prices)" is appended from the first flow's year
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
    return new CashFlowChart(title + " (GBP, " + flows.get(0).year() + " prices)", quarters, series);
  }

  /**
   * What the provider makes or loses under each option at low, expected and high activity: payment
   * minus full cost, so that a bar below zero is a hidden subsidy.
   *
   * @param title the title, naming the price base
   * @param view the provider's risk view
   * @return the chart
   */
  public static AmountBarChart providerNetByActivity(String title, ProviderRiskView view) {
    Args.notNull(view, "view");
    List<AmountSeries> series = new ArrayList<>();
    for (ProviderRiskRow r : view.rows()) {
      series.add(new AmountSeries(r.option(), List.of(r.low().net().toDouble(), r.expected().net().toDouble(),
          r.high().net().toDouble())));
    }
    return new AmountBarChart(title, "Activity scenario", "Surplus (+) or subsidy (-), GBP a year",
        scenarioLabels(view.scenarios()), series);
  }

  /**
   * When the provider is paid under each option of a provider cash-flow view, quarter by quarter.
   *
   * @param title the title, to which " (GBP, yyyy/yy prices)" is appended
   * @param view the view
   * @return the chart
   */
  public static CashFlowChart providerCashFlow(String title, ProviderCashFlowView view) {
    Args.notNull(view, "view");
    return cashFlow(title, view.rows().stream().map(OptionCashFlow::option).toList(),
        view.rows().stream().map(OptionCashFlow::cashFlow).toList());
  }

  /**
   * A cohort trace: the share of the cohort in each state at the start of each cycle.
   *
   * @param title the title
   * @param strategy one strategy's Markov result
   * @param cycleYears the length of a cycle in years (e.g. 0.25 for quarterly cycles), positive
   * @return the chart
   */
  public static LineChart cohortTrace(String title, StrategyResult strategy, double cycleYears) {
    Args.notNull(strategy, "strategy");
    Args.positive(cycleYears, "cycleYears");
    double[][] trace = strategy.trace();
    List<LineChart.Line> lines = new ArrayList<>();
    for (int s = 0; s < strategy.states().size(); s++) {
      List<XyPoint> points = new ArrayList<>();
      for (int t = 0; t < trace.length; t++) {
        points.add(new XyPoint(t * cycleYears, trace[t][s]));
      }
      lines.add(new LineChart.Line(strategy.states().get(s), points));
    }
    return new LineChart(title, "Years from the start", "Share of the cohort", lines);
  }

  /**
   * The events of each commissioning cycle of a service, placed by date and by the stage of the
   * commissioning cycle they belong to (1 planning, 2 procuring, 3 monitoring and evaluation).
   *
   * @param title the title
   * @param history the history
   * @return the chart
   */
  public static LineChart commissioningTimeline(String title, CommissioningHistory history) {
    Args.notNull(history, "history");
    List<LineChart.Line> lines = new ArrayList<>();
    for (String cycle : history.cycles()) {
      List<XyPoint> points = new ArrayList<>();
      for (CommissioningEvent e : history.events(cycle)) {
        points.add(new XyPoint(e.date().getYear() + (e.date().getDayOfYear() - 1) / 365.25,
            e.type().stage().ordinal() + 1));
      }
      lines.add(new LineChart.Line(cycle, points));
    }
    return new LineChart(title, "Date (calendar year)", "Stage (1 planning, 2 procuring, 3 monitoring and evaluation)",
        lines);
  }

  /**
   * Improvement by sessions attended: one box per number of sessions, from participant-level
   * change (positive is better, whichever way the measure is scored); the measure is named in the title.
   *
   * @param title the title
   * @param change the change result
   * @return the chart
   */
  public static BoxPlot improvementByDose(String title, ChangeResult change) {
    Args.notNull(change, "change");
    CleanedData cleaned = change.cleaned();
    Map<Integer, List<Double>> bySessions = new TreeMap<>();
    for (int k = 0; k < change.size(); k++) {
      bySessions.computeIfAbsent(cleaned.data().sessions(cleaned.row(k)), s -> new ArrayList<>())
          .add(change.improvement(k));
    }
    List<BoxPlot.Group> groups = new ArrayList<>();
    bySessions.forEach((sessions, values) -> groups.add(new BoxPlot.Group(
        sessions + (sessions == 1 ? " session" : " sessions") + " (n = " + Labels.count(values.size()) + ")",
        values)));
    return new BoxPlot(title, "Sessions attended", "Improvement (score points; positive is better)", groups);
  }

  private static List<String> scenarioLabels(
      io.github.commissioningvfm.model.payment.analysis.ActivityScenarios scenarios) {
    return List.of(
        "low (" + Labels.count(scenarios.low().totalVolume()) + " units)",
        "expected (" + Labels.count(scenarios.expected().totalVolume()) + " units)",
        "high (" + Labels.count(scenarios.high().totalVolume()) + " units)");
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
