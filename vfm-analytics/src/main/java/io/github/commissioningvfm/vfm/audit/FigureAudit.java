package io.github.commissioningvfm.vfm.audit;

import static io.github.commissioningvfm.vfm.audit.Findings.num;
import static io.github.commissioningvfm.vfm.audit.Findings.span;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Audits an evaluation's printed figures for internal consistency. Every finding follows from
 * arithmetic on the printed figures and their rounding; nothing is looked up from a list of known
 * errors. Checks (formulas in the package documentation):
 *
 * <ol>
 *   <li>each printed quotient against its printed numerator and denominator;
 *   <li>each printed regression, fitted at its covariates' means, against the printed mean response;
 *   <li>each printed unweighted / weighted VfM ratio against the bound its allocation rule implies;
 *   <li>for every relation of checks 1 to 3 that fails, the single transposed-digit or decimal-point
 *       slips in one of its figures that would make it hold;
 *   <li>each printed return read both as an ROI ratio and as a net ROI, against the stated formula
 *       and meaning;
 *   <li>each printed change or coefficient's sign against the stated direction of improvement.
 * </ol>
 *
 * <pre>{@code
 * AuditReport report = FigureAudit.of(figures);
 * report.inconsistencies().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FigureAudit {

  private FigureAudit() {
  }

  /**
   * Runs every check on the printed figures.
   *
   * @param figures the printed figures
   * @return every finding with its arithmetic
   */
  public static AuditReport of(PublishedFigures figures) {
    Args.notNull(figures, "figures");
    List<AuditFinding> findings = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    for (QuotientClaim q : figures.quotients()) {
      Relation r = quotient(q);
      relations.add(r);
      findings.add(quotientFinding(q, r));
    }
    for (RegressionClaim g : figures.regressions()) {
      Relation r = regression(g);
      relations.add(r);
      findings.add(regressionFinding(g, r));
    }
    for (VfmPairClaim v : figures.vfmPairs()) {
      Relation r = vfmRatio(v);
      relations.add(r);
      findings.add(vfmFinding(v, r));
    }
    for (Relation r : relations) {
      if (!r.evaluate(Span::of).holds()) {
        findings.add(slips(r, relations));
      }
    }
    figures.returns().forEach(c -> findings.add(returnFinding(c)));
    figures.signs().forEach(c -> findings.add(signFinding(c)));
    return new AuditReport(figures.evaluation(), findings);
  }

  // ---- 1. quotients ------------------------------------------------------------------------

  private static Relation quotient(QuotientClaim q) {
    return new Relation() {
      @Override
      public String name() {
        return q.name();
      }

      @Override
      public List<PrintedFigure> figures() {
        return List.of(q.result(), q.numerator(), q.denominator());
      }

      @Override
      public Outcome evaluate(Function<PrintedFigure, Span> spans) {
        Span result = spans.apply(q.result());
        // the claim refuses a zero denominator, its edits are never zero, and a non-zero printed figure lies at
        // least a half unit from zero, so this interval never contains zero
        Span reach = spans.apply(q.numerator()).dividedBy(spans.apply(q.denominator()));
        boolean holds = result.intersects(reach);
        return new Outcome(holds, "numerator / denominator over their rounding lies in " + span(reach) + ", "
            + (holds ? "which meets" : "which misses") + " the result's rounding interval " + span(result));
      }
    };
  }

  private static QuotientFinding quotientFinding(QuotientClaim q, Relation r) {
    double computed = q.numerator().value() / q.denominator().value();
    Span reach = Span.of(q.numerator()).dividedBy(Span.of(q.denominator()));
    Relation.Outcome o = r.evaluate(Span::of);
    List<String> steps = List.of(q.numerator().printed() + " / " + q.denominator().printed() + " = " + num(computed)
        + " (" + q.name() + ")", o.line(),
        "printed result " + q.result().printed() + " (" + q.result().where() + ")"
            + (o.holds() ? "" : " differs from " + num(computed) + " by " + num(q.result().value() - computed)));
    String summary = o.holds()
        ? q.name() + ": " + q.result().printed() + " = " + q.numerator().printed() + " / " + q.denominator().printed()
            + " within rounding"
        : q.name() + ": " + q.numerator().printed() + " / " + q.denominator().printed() + " = " + num(computed)
            + ", but " + q.result().printed() + " is printed";
    return new QuotientFinding(q, computed, reach.low(), reach.high(), o.holds(), summary, steps);
  }

  // ---- 2. regression at the means ------------------------------------------------------------

  private static Relation regression(RegressionClaim g) {
    return new Relation() {
      @Override
      public String name() {
        return g.name() + " at the means";
      }

      @Override
      public List<PrintedFigure> figures() {
        List<PrintedFigure> all = new ArrayList<>(List.of(g.meanResponse(), g.intercept()));
        g.terms().forEach(t -> all.add(t.coefficient()));
        return all;
      }

      @Override
      public Outcome evaluate(Function<PrintedFigure, Span> spans) {
        Span fitted = fitted(g, spans);
        Span mean = spans.apply(g.meanResponse());
        boolean holds = fitted.intersects(mean);
        return new Outcome(holds, "fitted mean over the covariate ranges and rounding lies in " + span(fitted) + ", "
            + (holds ? "which meets" : "which misses") + " the mean response's rounding interval " + span(mean));
      }
    };
  }

  private static Span fitted(RegressionClaim g, Function<PrintedFigure, Span> spans) {
    Span fitted = spans.apply(g.intercept());
    for (RegressionClaim.Coefficient t : g.terms()) {
      fitted = fitted.plus(spans.apply(t.coefficient()).times(Span.of(t.low(), t.high())));
    }
    return fitted;
  }

  private static RegressionFinding regressionFinding(RegressionClaim g, Relation r) {
    Span fitted = fitted(g, Span::of);
    Span mean = Span.of(g.meanResponse());
    double gap = fitted.distance(mean);
    Relation.Outcome o = r.evaluate(Span::of);
    List<String> steps = new ArrayList<>();
    StringBuilder formula = new StringBuilder(g.intercept().printed());
    double atMid = g.intercept().value();
    for (RegressionClaim.Coefficient t : g.terms()) {
      double mid = (t.low() + t.high()) / 2;
      atMid += t.coefficient().value() * mid;
      formula.append(" + (").append(t.coefficient().printed()).append(") x ").append(num(mid));
    }
    steps.add("at the middle of each covariate's range: " + formula + " = " + num(atMid));
    for (RegressionClaim.Coefficient t : g.terms()) {
      steps.add(t.covariate() + ": coefficient " + t.coefficient().printed() + ", mean in [" + num(t.low()) + ", "
          + num(t.high()) + "] (" + t.basis() + ")");
    }
    steps.add(o.line());
    for (RegressionClaim.Coefficient t : g.terms()) {
      if (t.coefficient().value() == 0) {
        continue;          // a zero coefficient cannot move the fit: no value of its covariate helps
      }
      double others = g.intercept().value();
      for (RegressionClaim.Coefficient u : g.terms()) {
        if (u != t) {
          others += u.coefficient().value() * (u.low() + u.high()) / 2;
        }
      }
      double needed = (g.meanResponse().value() - others) / t.coefficient().value();
      steps.add("to reproduce " + g.meanResponse().printed() + " with the other covariates at their middles, "
          + t.covariate() + " would have to average " + num(needed)
          + (needed < t.low() || needed > t.high() ? ", outside" : ", inside") + " [" + num(t.low()) + ", "
          + num(t.high()) + "]");
    }
    if (!o.holds() && !g.unprintedTerms().isEmpty()) {
      steps.add("the terms whose coefficients were not printed (" + String.join(", ", g.unprintedTerms())
          + ") would have to contribute " + (mean.low() > fitted.high() ? "at least +" : "at least -") + num(gap)
          + " at their means");
    }
    String summary = o.holds()
        ? g.name() + ": the printed coefficients at the covariate means can give the printed mean "
            + g.meanResponse().printed()
        : g.name() + ": the printed coefficients at the covariate means give " + span(fitted)
            + ", which cannot reach the printed mean " + g.meanResponse().printed() + " (gap " + num(gap) + ")"
            + (g.unprintedTerms().isEmpty() ? "" : " unless the unprinted terms contribute it");
    return new RegressionFinding(g, fitted.low(), fitted.high(), gap, o.holds(), summary, steps);
  }

  // ---- 3. unweighted / weighted VfM ------------------------------------------------------------

  private static Span improvement(VfmPairClaim v, Function<PrintedFigure, Span> spans) {
    Span change = spans.apply(v.meanChange());
    return v.orientation().improvementSign() > 0 ? change : Span.of(-change.high(), -change.low());
  }

  /** The largest U / W the rule allows; infinite when the mean improvement may be zero or less. */
  private static double bound(VfmPairClaim v, Function<PrintedFigure, Span> spans) {
    if (v.rule() == AllocationRule.EQUAL_SHARE) {
      return 1;
    }
    Span d = improvement(v, spans);
    if (d.low() <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return spans.apply(v.meanSessions()).high() / v.minSessions() * (d.low() + v.assumedMeanDeterioration()) / d.low();
  }

  private static Relation vfmRatio(VfmPairClaim v) {
    return new Relation() {
      @Override
      public String name() {
        return "unweighted / weighted VfM under " + rule(v.rule());
      }

      @Override
      public List<PrintedFigure> figures() {
        return List.of(v.unweighted(), v.weighted(), v.meanChange(), v.meanSessions());
      }

      @Override
      public Outcome evaluate(Function<PrintedFigure, Span> spans) {
        // the claim requires a positive weighted VfM and its edits keep the sign, so w lies above zero
        Span w = spans.apply(v.weighted());
        Span ratio = spans.apply(v.unweighted()).dividedBy(w);
        if (v.rule() == AllocationRule.EQUAL_SHARE) {
          boolean holds = spans.apply(v.unweighted()).intersects(w);
          return new Outcome(holds, "with equal shares U = W; U / W over rounding lies in " + span(ratio)
              + (holds ? ", which includes 1" : ", which excludes 1"));
        }
        double bound = bound(v, spans);
        boolean holds = ratio.low() <= bound;
        return new Outcome(holds, "U / W over rounding lies in " + span(ratio) + "; the bound is "
            + (Double.isInfinite(bound) ? "undefined (the mean improvement may be zero or less)" : num(bound))
            + (holds ? ", which it respects" : ", which it exceeds"));
      }
    };
  }

  private static String rule(AllocationRule rule) {
    return rule == AllocationRule.PER_SESSION ? "per-session allocation" : "equal-share allocation";
  }

  private static VfmRatioFinding vfmFinding(VfmPairClaim v, Relation r) {
    double u = v.unweighted().value();
    double w = v.weighted().value();
    double ratio = u / w;
    Relation.Outcome o = r.evaluate(Span::of);
    List<String> steps = new ArrayList<>();
    steps.add("U / W = " + v.unweighted().printed() + " / " + v.weighted().printed() + " = " + num(ratio));
    double cost = 0;
    double perSession = 0;
    double bound = bound(v, Span::of);
    if (v.rule() == AllocationRule.PER_SESSION) {
      double d = v.orientation().improvementSign() * v.meanChange().value();
      double s = v.meanSessions().value();
      steps.add("mean improvement d = " + num(d) + " points (printed mean change " + v.meanChange().printed() + "; "
          + v.orientation() + "), mean sessions " + v.meanSessions().printed() + ", fewest sessions "
          + num(v.minSessions()));
      if (d > 0) {
        cost = d / (w * s);
        perSession = u * cost;
        steps.add("cost per session implied: c = d / (W x mean s) = " + num(d) + " / (" + v.weighted().printed() + " x "
            + v.meanSessions().printed() + ") = " + num(cost));
        steps.add("mean improvement per session implied by U: U x c = " + v.unweighted().printed() + " x " + num(cost)
            + " = " + num(perSession) + " points, against d / mean s = " + num(d / s) + " points per session");
        steps.add("bound: U / W = mean(d_i / s_i) x mean s / d <= (mean s / min s) x (d + D) / d = (" + num(s) + " / "
            + num(v.minSessions()) + ") x (" + num(d) + " + " + num(v.assumedMeanDeterioration()) + ") / " + num(d)
            + " = " + num(s / v.minSessions() * (d + v.assumedMeanDeterioration()) / d)
            + " (D = assumed mean deterioration; " + num(bound) + " at the ends of the rounding)");
        double neededPositive = ratio * v.minSessions() / s * d;
        steps.add("to reach U / W = " + num(ratio) + " the mean of the positive parts of the improvements would have"
            + " to be at least " + num(ratio) + " x " + num(v.minSessions()) + " / " + num(s) + " x " + num(d) + " = "
            + num(neededPositive) + " points, a mean deterioration of at least " + num(neededPositive - d) + " points");
      } else {
        steps.add("the printed mean change is not an improvement, so the ratio has no upper bound");
      }
    }
    steps.add(o.line());
    String summary = o.holds()
        ? "U / W = " + num(ratio) + " is possible under " + rule(v.rule())
        : "U / W = " + v.unweighted().printed() + " / " + v.weighted().printed() + " = " + num(ratio)
            + " exceeds the " + (v.rule() == AllocationRule.EQUAL_SHARE ? "value 1 that " : "bound " + num(bound)
            + " that ") + rule(v.rule()) + " allows"
            + (perSession > 0 ? " (it implies " + num(perSession) + " points of improvement per session)" : "");
    return new VfmRatioFinding(v, ratio, bound == Double.POSITIVE_INFINITY ? Double.MAX_VALUE : bound, cost,
        perSession, o.holds(), summary, steps);
  }

  // ---- 4. slips of the pen --------------------------------------------------------------------

  private static SlipFinding slips(Relation failed, List<Relation> all) {
    List<SlipCandidate> candidates = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    for (PrintedFigure figure : new LinkedHashSet<>(failed.figures())) {
      for (Edits.Edit edit : Edits.of(figure)) {
        Function<PrintedFigure, Span> edited = p -> p.equals(figure) ? Span.of(edit.figure()) : Span.of(p);
        Relation.Outcome o = failed.evaluate(edited);
        if (!o.holds()) {
          continue;
        }
        List<String> reconciles = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        for (Relation other : all) {
          if (other == failed || !other.figures().contains(figure)) {
            continue;
          }
          boolean before = other.evaluate(Span::of).holds();
          boolean after = other.evaluate(edited).holds();
          if (!before && after) {
            reconciles.add(other.name());
          } else if (before && !after) {
            breaks.add(other.name());
          }
        }
        SlipCandidate c = new SlipCandidate(figure, edit.figure().printed(), edit.kind(), reconciles, breaks);
        candidates.add(c);
        steps.add(c + ": " + o.line());
      }
    }
    if (candidates.isEmpty()) {
      steps.add("no single transposition of adjacent digits or one-place decimal shift in "
          + failed.figures().stream().map(PrintedFigure::printed).distinct().toList() + " makes it hold");
    }
    String summary = failed.name() + ": " + (candidates.isEmpty() ? "no single slip of the pen reconciles it"
        : candidates.size() + " single slip" + (candidates.size() == 1 ? "" : "s") + " would reconcile it: "
            + String.join("; ", candidates.stream().map(c -> c.figure().printed() + " -> " + c.corrected()).toList()));
    return new SlipFinding(failed.name(), candidates, summary, steps);
  }

  // ---- 5. ratio or net return -----------------------------------------------------------------

  private static StatedReturn outcome(double roiRatio) {
    return roiRatio > 1 ? StatedReturn.GAIN : roiRatio < 1 ? StatedReturn.LOSS : StatedReturn.NOT_STATED;
  }

  private static String word(StatedReturn r) {
    return r == StatedReturn.GAIN ? "a gain" : r == StatedReturn.LOSS ? "a loss" : "break-even";
  }

  private static ReturnFinding returnFinding(ReturnClaim c) {
    double p = c.figure().value();
    ReturnFinding.Reading asRatio = new ReturnFinding.Reading(p, p - 1, outcome(p));
    ReturnFinding.Reading asNet = new ReturnFinding.Reading(1 + p, p, outcome(1 + p));
    String printed = c.figure().printed();
    List<String> steps = new ArrayList<>();
    steps.add("read as an ROI ratio (benefits / cost): " + printed + " = " + num(p) + ", £" + num(p)
        + " back per £1, net ROI " + num(p) + " - 1 = " + num(p - 1) + " (" + word(asRatio.outcome()) + ")");
    steps.add("read as a net ROI ((benefits - cost) / cost): " + printed + " = " + num(p) + ", ROI ratio 1 + "
        + num(p) + " = " + num(1 + p) + ", £" + num(1 + p) + " back per £1 (" + word(asNet.outcome()) + ")");
    boolean consistent = true;
    String summary;
    if (c.formula() == ReturnFormula.NOT_STATED || c.stated() == StatedReturn.NOT_STATED) {
      summary = printed + " reads as ROI ratio " + num(p) + " or net ROI " + num(p) + " (ratio " + num(1 + p)
          + "); the evaluation does not settle which";
    } else {
      ReturnFinding.Reading byFormula = c.formula() == ReturnFormula.RATIO ? asRatio : asNet;
      consistent = byFormula.outcome() == c.stated();
      steps.add("the stated formula (" + (c.formula() == ReturnFormula.RATIO ? "benefits / cost" : "(benefits - cost)"
          + " / cost") + ") makes " + printed + " " + word(byFormula.outcome()) + "; the text states "
          + word(c.stated()));
      summary = consistent
          ? printed + " under the stated formula is " + word(c.stated()) + ", as the text says"
          : printed + " under the stated formula (" + (c.formula() == ReturnFormula.RATIO ? "ROI ratio" : "net ROI")
              + ") is " + word(byFormula.outcome()) + " (ROI ratio " + num(byFormula.roiRatio()) + "), but the text"
              + " states " + word(c.stated()) + " (ROI ratio " + num(c.formula() == ReturnFormula.RATIO
              ? asNet.roiRatio() : asRatio.roiRatio()) + " under the other reading)";
    }
    return new ReturnFinding(c, asRatio, asNet, consistent, summary, steps);
  }

  // ---- 6. sign against the stated direction ---------------------------------------------------

  private static SignFinding signFinding(SignClaim c) {
    int sign = c.figure().value() > 0 ? 1 : -1;
    StatedEffect implied = sign * c.orientation().improvementSign() > 0 ? StatedEffect.IMPROVEMENT
        : StatedEffect.DETERIORATION;
    boolean consistent = implied == c.stated();
    String word = implied == StatedEffect.IMPROVEMENT ? "improvement" : "deterioration";
    String stated = c.stated() == StatedEffect.IMPROVEMENT ? "improvement" : "deterioration";
    List<String> steps = List.of(c.figure().printed() + " is " + (sign > 0 ? "positive" : "negative") + "; "
        + c.orientation() + ", so its sign means " + word,
        "the text (" + c.figure().where() + ") calls it " + stated);
    String summary = c.figure().label() + " " + c.figure().printed() + ": the sign means " + word
        + (consistent ? ", as the text says" : ", but the text calls it " + stated);
    return new SignFinding(c, implied, consistent, summary, steps);
  }
}
