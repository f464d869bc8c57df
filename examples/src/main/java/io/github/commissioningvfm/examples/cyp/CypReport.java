package io.github.commissioningvfm.examples.cyp;

import static io.github.commissioningvfm.examples.cyp.CypSelfHelpExample.fixed;

import io.github.commissioningvfm.examples.cyp.CypSelfHelpExample.Analysis;
import io.github.commissioningvfm.examples.report.Audits;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.synthetic.CypSelfHelpSynthetic;
import io.github.commissioningvfm.vfm.audit.FigureAudit;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.outcomes.regression.OlsResult;
import io.github.commissioningvfm.vfm.outcomes.value.DoseVfm;
import io.github.commissioningvfm.vfm.outcomes.value.ValueForMoney;
import io.github.commissioningvfm.model.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The human report of the {@code cyp-self-help} example. */
final class CypReport {

  private CypReport() {
  }

  static MarkdownReport write(Analysis a, CypSelfHelpSynthetic.Parameters parameters) {
    MarkdownReport md = MarkdownReport.titled("Children and young people guided self-help: value for money");
    md.paragraph("**Synthetic data.** The original participant-level data are not public. `input.csv` is produced "
        + "by a seeded generator shaped like the published dataset (N = 620, SDQ total difficulties 0-40, up to six "
        + "sessions, with the spreadsheet debris of a real export). Every figure below is computed by the library "
        + "from that file; none is the published study's result. The published figures appear only in the "
        + "context section, labelled as such.");
    bottomLine(md, a);
    md.section("Generator parameters");
    md.bullets(parameters.describe());
    md.section("Cleaning (audited)");
    Audits.exclusionTable(md, a.cleaned().report(), "rows");
    md.paragraph("Rules apply in a fixed order and each excluded row is counted once, under the first rule that "
        + "excluded it, so analysed + excluded = rows read. Excel serial dates recognised: "
        + a.data().excelSerialDates() + "; cells trimmed of stray whitespace: " + a.data().trimmedCells() + ".");
    md.section("Change and value for money");
    Interval w = Analysis.reported(a.weightedBootstrap());
    Interval u = Analysis.reported(a.unweightedBootstrap());
    List<List<String>> figures = new ArrayList<>();
    figures.add(row(a.change().meanRawChange(), "", "final - initial; negative is improvement"));
    figures.add(row(a.change().meanImprovement(), "", "initial - final; positive is improvement"));
    figures.add(List.of("annual programme cost", a.vfm().costByYear().values().iterator().next().toString(), "",
        "synthetic; the same annual cost applied to each financial year's cohort, as the evaluation did"));
    a.vfm().costByYear().forEach((year, cost) -> figures.add(List.of("cost of the " + year + " cohort",
        cost.toString(), "", "carried by the participants whose first session fell in " + year)));
    figures.add(List.of("cost allocation", "per session within each financial year", "",
        a.vfm().allocation().describe()));
    figures.add(row(a.vfm().unweightedMeanVfm(), interval(u), "mean of improvement_i / cost_i (SDQ points per GBP)"));
    figures.add(row(a.vfm().weightedVfm(), interval(w), "total improvement / total cost (SDQ points per GBP)"));
    figures.add(row(a.vfm().costPerPoint(), "", "total cost / total improvement (GBP per point)"));
    figures.add(row(a.vfm().costPerThresholdGain(), "", a.vfm().costPerThresholdGain().definition()
        + "; the evaluation's estimand"));
    figures.add(row(a.vfm().costPerMeaningfulChange(), "", "total cost / participants improving by at least "
        + CypSelfHelpExample.MEANINGFUL_CHANGE.points() + " points (" + a.change().meaningfulCount() + ")"));
    md.table(List.of("figure", "value", "95% interval", "definition"), figures);
    md.paragraph("Intervals: " + w.method() + " (the same for any number of threads). The weighted and unweighted "
        + "figures answer different questions and differ in size; both are always shown. The two costs of a "
        + "meaningful change differ too: at the programme's rate, what one " + CypSelfHelpExample.MEANINGFUL_CHANGE
        .points() + "-point improvement costs however it is spread among participants (the evaluation's estimand); "
        + "per participant reaching it, what was spent for each child who actually improved that much.");
    md.section("Cost allocation: the evaluation's method and the alternative");
    ValueForMoney s = a.spreadAlternative();
    md.table(List.of("figure", "annual cost applied to each year's cohort (default)",
        "one annual cost spread over all years' participants (alternative)"), List.of(
        List.of("total cost allocated", pounds(a.vfm().allocatedCost()), pounds(s.allocatedCost())),
        List.of("unweighted mean VfM (SDQ points per GBP)", value(a.vfm().unweightedMeanVfm(), 4),
            value(s.unweightedMeanVfm(), 4)),
        List.of("cost-weighted VfM (SDQ points per GBP)", value(a.vfm().weightedVfm(), 4), value(s.weightedVfm(), 4)),
        List.of("cost per SDQ point of improvement", value(a.vfm().costPerPoint(), 2), value(s.costPerPoint(), 2)),
        List.of("cost per meaningful change at the programme's rate", value(a.vfm().costPerThresholdGain(), 2),
            value(s.costPerThresholdGain(), 2)),
        List.of("cost per participant reaching the meaningful change",
            value(a.vfm().costPerMeaningfulChange(), 2), value(s.costPerMeaningfulChange(), 2))));
    md.paragraph("The default follows the evaluation: the programme's annual cost is applied to each financial "
        + "year's cohort, and within a year it is shared per session attended. The alternative spreads one year's "
        + "cost over the participants of every year, so it understates cost per participant by roughly the number "
        + "of cohort years (" + a.vfm().costByYear().size() + " here) and overstates value for money by as much.");
    md.section("Value by sessions attended");
    List<List<String>> dose = new ArrayList<>();
    for (DoseVfm d : a.vfm().byDose()) {
      dose.add(List.of(Integer.toString(d.sessions()), Integer.toString(d.participants()),
          value(d.meanImprovement(), 2), value(d.unweightedMeanVfm(), 4), value(d.weightedVfm(), 4)));
    }
    md.table(List.of("sessions attended", "participants", "mean improvement (SDQ points)",
        "unweighted mean VfM (SDQ points per £)", "cost-weighted VfM (SDQ points per £)"), dose);
    md.paragraph(a.vfm().diminishingReturns().summary() + " Within a financial year everyone in a dose group "
        + "carries the same cost; across years the cost per session differs with each cohort's size, so a group's "
        + "weighted and unweighted VfM differ slightly. VfM per GBP falls with dose when the extra improvement per "
        + "session is smaller than the average.");
    md.image("Value for money by sessions attended", "vfm-by-sessions.png");
    md.image("SDQ improvement by sessions attended", "change-by-sessions.png");
    md.section("Regression");
    OlsResult ols = a.regression();
    List<List<String>> terms = new ArrayList<>();
    for (OlsResult.Coefficient c : ols.coefficients()) {
      terms.add(List.of(c.term(), fixed(c.estimate(), 3), fixed(c.classical().standardError(), 3),
          c.hc3().map(i -> fixed(i.standardError(), 3)).orElse("undefined")));
    }
    md.paragraph("Ordinary least squares of **improvement** (initial - final, so a positive coefficient means more "
        + "improvement) on baseline score, sessions attended, gender (reference " + CypSelfHelpExample.GENDER_REFERENCE
        + ") and pathway (reference " + CypSelfHelpExample.PATHWAY_REFERENCE + "); n = " + ols.n() + ", R-squared = "
        + ols.rSquared().map(r -> fixed(r, 3)).orElse("undefined") + ".");
    md.table(List.of("term", "coefficient (SDQ points)", "standard error (classical)",
        "standard error (HC3, robust)"), terms);
    if (!ols.notes().isEmpty()) {
      md.bullets(ols.notes());
    }
    Audits.publishedFigureChecks(md, FigureAudit.of(CypPublishedFigures.figures()));
    md.paragraph("Here the cost of a meaningful change is computed from the data, never derived by hand, and the "
        + "regression is on improvement (initial - final), so a positive coefficient means more improvement. The "
        + "evaluation also describes VfM as \"exam score\" per cost; it is SDQ points of improvement per GBP.");
    md.section("Published figures (context only, not our results)");
    md.table(List.of("published figure (Sever 2025)", "value"), List.of(
        List.of("participants", "620"), List.of("mean SDQ change", "-5.67"),
        List.of("unweighted mean VfM", "0.133 points per GBP"), List.of("weighted VfM", "0.012 points per GBP"),
        List.of("OLS of change: baseline / sessions / constant", "-0.70 / 4.12 / -25.9"),
        List.of("cost per meaningful gain as printed", "£283.3")));
    return md;
  }

  private static List<String> row(Estimate f, String interval, String definition) {
    return List.of(f.label(), value(f, f.unit().startsWith("GBP") ? 2 : 4), interval, definition);
  }

  private static String value(Estimate f, int decimals) {
    if (!f.isDefined()) {
      return f.value().toString();
    }
    return f.unit().startsWith("GBP") ? pounds(f.valueOrThrow()) : fixed(f.valueOrThrow(), decimals);
  }

  private static String pounds(double amount) {
    return Money.of(amount, RoundingMode.HALF_UP).format();
  }

  /** What it cost, what it achieved and how sure we are, in words, from the analysis. */
  private static void bottomLine(MarkdownReport md, Analysis a) {
    ValueForMoney v = a.vfm();
    Interval w = Analysis.reported(a.weightedBootstrap());
    int years = v.costByYear().size();
    String annual = v.costByYear().values().iterator().next().toString();
    long reached = a.change().meaningfulCount();
    int n = a.change().size();
    md.bottomLine(v.programmeCost() + " over " + years + " financial years (" + annual + " a year), for the "
            + n + " children and young people whose records could be analysed, out of "
            + a.cleaned().report().rowsRead() + " referred: about " + pounds(v.allocatedCost() / n)
            + " per child.",
        "On average, difficulties fell by " + fixed(a.change().meanImprovement().valueOrThrow(), 1)
            + " points on the 0-40 SDQ scale (lower is better); " + reached + " of " + n + " ("
            + fixed(100.0 * reached / n, 0) + "%) improved by at least the meaningful change of "
            + CypSelfHelpExample.MEANINGFUL_CHANGE.points() + " points. At the programme's rate, one such "
            + "improvement cost " + value(v.costPerThresholdGain(), 2) + ".",
        "Value for money was " + fixed(v.weightedVfm().valueOrThrow(), 4) + " SDQ points per £ spent (95% "
            + "interval " + fixed(w.lower(), 4) + " to " + fixed(w.upper(), 4) + "; " + w.method()
            + "), so the direction is clear; but there is no comparison group, so not all of the improvement can "
            + "be credited to the programme, and these are synthetic data that show the method, not the "
            + "service's result.");
  }

  private static String interval(Interval i) {
    return fixed(i.lower(), 4) + " to " + fixed(i.upper(), 4);
  }
}
