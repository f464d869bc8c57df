package io.github.commissioningvfm.vfm.outcomes.value;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.internal.Distributions;
import io.github.commissioningvfm.vfm.outcomes.internal.Summary;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Allocates programme cost to participants and computes value for money.
 *
 * <pre>{@code
 * ValueForMoney vfm = VfmAnalysis.of(change, Cost.of("61380.00", "2024/25"), CostAllocation.perSession());
 * vfm.unweightedMeanVfm();  // mean of improvement_i / cost_i
 * vfm.weightedVfm();        // total improvement / total cost
 * }</pre>
 */
public final class VfmAnalysis {

  private static final double LEVEL = 0.95;
  private static final String PER_GBP = "points per GBP";

  private VfmAnalysis() {
  }

  /**
   * The cost allocated to each analysed participant, in pounds, in the order of the included rows.
   *
   * @param change the change result
   * @param programmeCost the programme cost, positive
   * @param allocation the declared allocation
   * @return cost_i per participant
   * @throws IllegalArgumentException if the cost is not positive or the allocation base has no sessions
   */
  public static double[] allocatedCosts(ChangeResult change, Cost programmeCost, CostAllocation allocation) {
    Args.notNull(change, "change");
    Args.notNull(programmeCost, "programmeCost");
    Args.notNull(allocation, "allocation");
    Args.check(programmeCost.amount().signum() > 0, "programmeCost", "be positive", programmeCost);
    CleanedData cleaned = change.cleaned();
    ParticipantData d = cleaned.data();
    int n = change.size();
    double total = programmeCost.amount().toDouble();
    double[] cost = new double[n];
    if (allocation.method() == CostAllocation.Method.EQUAL_SHARE) {
      long heads = allocation.base() == CostAllocation.Base.ANALYSED_PARTICIPANTS ? n : attendingRows(cleaned, false);
      double share = total / heads;
      java.util.Arrays.fill(cost, share);
      return cost;
    }
    long sessions = allocation.base() == CostAllocation.Base.ANALYSED_PARTICIPANTS
        ? analysedSessions(cleaned) : attendingRows(cleaned, true);
    Args.check(sessions > 0, "allocation", "have sessions to share the cost over", allocation.describe());
    double perSession = total / sessions;
    for (int k = 0; k < n; k++) {
      cost[k] = perSession * d.sessions(cleaned.row(k));
    }
    return cost;
  }

  private static long analysedSessions(CleanedData cleaned) {
    long s = 0;
    for (int k = 0; k < cleaned.size(); k++) {
      s += cleaned.data().sessions(cleaned.row(k));
    }
    return s;
  }

  private static long attendingRows(CleanedData cleaned, boolean sumSessions) {
    ParticipantData d = cleaned.data();
    Set<Long> duplicateOrMalformed = new HashSet<>();
    cleaned.report().exclusionsBy("duplicate-participant").forEach(e -> duplicateOrMalformed.add(e.line()));
    cleaned.report().exclusionsBy("malformed-row").forEach(e -> duplicateOrMalformed.add(e.line()));
    long total = 0;
    for (int r = 0; r < d.size(); r++) {
      if (d.sessionsIssue(r).isEmpty() && d.sessions(r) > 0 && !duplicateOrMalformed.contains(d.line(r))) {
        total += sumSessions ? d.sessions(r) : 1;
      }
    }
    return total;
  }

  /**
   * Computes value for money.
   *
   * @param change the change result
   * @param programmeCost the programme cost, positive
   * @param allocation the declared allocation
   * @return the result
   */
  public static ValueForMoney of(ChangeResult change, Cost programmeCost, CostAllocation allocation) {
    double[] cost = allocatedCosts(change, programmeCost, allocation);
    CleanedData cleaned = change.cleaned();
    ParticipantData d = cleaned.data();
    int n = change.size();
    double[] imp = change.improvements();
    int[] sessions = new int[n];
    for (int k = 0; k < n; k++) {
      sessions[k] = d.sessions(cleaned.row(k));
    }
    double sumImp = 0;
    double sumCost = 0;
    for (int k = 0; k < n; k++) {
      sumImp += imp[k];
      sumCost += cost[k];
    }
    Estimate perSession = Estimate.undefined("cost per session", "programme cost / sessions", "GBP",
        "cost was allocated as an equal share per participant, not per session");
    if (allocation.method() == CostAllocation.Method.PER_SESSION) {
      for (int k = 0; k < n; k++) {
        if (sessions[k] > 0) {
          perSession = Estimate.of("cost per session", "programme cost / sessions in the allocation base", "GBP",
              cost[k] / sessions[k]);
          break;
        }
      }
    }
    Estimate unweighted = unweightedMeanVfm(imp, cost, n);
    Estimate weighted = weightedVfm(imp, cost, n);
    Estimate costPerPoint = sumImp > 0
        ? inverted(Estimate.of("cost per point of improvement", "sum of allocated costs / sum of improvements",
            "GBP per point", sumCost / sumImp), weighted)
        : Estimate.undefined("cost per point of improvement", "sum of allocated costs / sum of improvements",
            "GBP per point", String.format(Locale.ROOT, "total improvement is not positive (%.4f points)", sumImp));
    Estimate perMeaningful;
    String mcDef = "sum of allocated costs / number of clinically meaningful improvements";
    if (change.measure().meaningfulChange().isEmpty()) {
      perMeaningful = Estimate.undefined("cost per clinically meaningful change", mcDef, "GBP",
          change.measure().id() + " has no clinically meaningful change threshold");
    } else if (change.meaningfulCount() == 0) {
      ChangeThreshold t = change.measure().meaningfulChange().get();
      perMeaningful = Estimate.undefined("cost per clinically meaningful change", mcDef, "GBP",
          "no participant improved by " + t.points() + " points or more");
    } else {
      perMeaningful = Estimate.of("cost per clinically meaningful change", mcDef + " (threshold "
          + change.measure().meaningfulChange().get().points() + " points)", "GBP", sumCost / change.meaningfulCount());
      Estimate p = change.proportionMeaningful();
      if (p.interval().isPresent() && p.interval().get().lower() > 0) {
        // sum cost / (n p) is decreasing in p: map the Wilson interval of p through it
        Interval w = p.interval().get();
        perMeaningful = perMeaningful.withInterval(new Interval(sumCost / (n * w.upper()), sumCost / (n * w.lower()),
            w.level(), "from the " + w.method() + " of the proportion with a meaningful improvement"));
      }
    }
    List<DoseVfm> byDose = byDose(imp, cost, sessions);
    return new ValueForMoney(programmeCost, allocation, n, sumImp, sumCost, perSession, unweighted, weighted,
        costPerPoint, perMeaningful, byDose, diminishing(byDose));
  }

  /**
   * Attaches to a cost-per-point figure the interval {@code [1 / upper, 1 / lower]} of the
   * cost-weighted VfM, when that interval lies wholly above zero (the reciprocal is monotone there).
   */
  private static Estimate inverted(Estimate costPerPoint, Estimate weighted) {
    if (weighted.interval().isEmpty() || weighted.interval().get().lower() <= 0) {
      return costPerPoint;
    }
    Interval w = weighted.interval().get();
    return costPerPoint.withInterval(new Interval(1 / w.upper(), 1 / w.lower(), w.level(),
        "reciprocal of the " + w.method() + " of the cost-weighted VfM"));
  }

  /**
   * Unweighted mean VfM {@code mean_i(improvement_i / cost_i)} with a t interval.
   *
   * @param imp improvements
   * @param cost allocated costs, positive
   * @param n how many (a prefix)
   * @return the figure
   */
  static Estimate unweightedMeanVfm(double[] imp, double[] cost, int n) {
    double[] ratio = new double[n];
    for (int k = 0; k < n; k++) {
      ratio[k] = imp[k] / cost[k];
    }
    return Summary.meanWithT("unweighted mean VfM", "mean over participants of improvement_i / cost_i",
        PER_GBP, ratio, n, LEVEL);
  }

  /**
   * Cost-weighted VfM {@code R = sum improvement / sum cost}, with the delta-method interval
   * {@code R +/- t * sqrt(sum (y_i - R x_i)^2 / (n (n - 1))) / mean(x)}.
   *
   * @param imp improvements
   * @param cost allocated costs
   * @param n how many (a prefix)
   * @return the figure
   */
  static Estimate weightedVfm(double[] imp, double[] cost, int n) {
    String label = "cost-weighted VfM";
    String def = "sum of improvements / sum of allocated costs";
    double sy = 0;
    double sx = 0;
    for (int k = 0; k < n; k++) {
      sy += imp[k];
      sx += cost[k];
    }
    if (sx <= 0) {
      return Estimate.undefined(label, def, PER_GBP, "no cost was allocated to these participants");
    }
    double r = sy / sx;
    Estimate f = Estimate.of(label, def, PER_GBP, r);
    if (n < 2) {
      return f;
    }
    double ss = 0;
    for (int k = 0; k < n; k++) {
      double e = imp[k] - r * cost[k];
      ss += e * e;
    }
    double meanX = sx / n;
    double se = Math.sqrt(ss / ((double) n * (n - 1))) / meanX;
    double t = Distributions.tQuantile(1 - (1 - LEVEL) / 2, n - 1);
    return f.withInterval(new Interval(r - t * se, r + t * se, LEVEL, "delta method (ratio estimator), n = " + n));
  }

  private static List<DoseVfm> byDose(double[] imp, double[] cost, int[] sessions) {
    int max = 0;
    for (int s : sessions) {
      max = Math.max(max, s);
    }
    int[] count = new int[max + 1];
    for (int s : sessions) {
      count[s]++;
    }
    List<DoseVfm> out = new ArrayList<>();
    for (int dose = 0; dose <= max; dose++) {
      if (count[dose] == 0) {
        continue;
      }
      double[] gi = new double[count[dose]];
      double[] gc = new double[count[dose]];
      int m = 0;
      for (int k = 0; k < sessions.length; k++) {
        if (sessions[k] == dose) {
          gi[m] = imp[k];
          gc[m] = cost[k];
          m++;
        }
      }
      boolean anyCost = false;
      for (double c : gc) {
        anyCost |= c > 0;
      }
      Estimate mean = Summary.meanWithT("mean improvement at " + dose + " sessions",
          "mean improvement of participants who attended " + dose + " sessions", "points", gi, m, LEVEL);
      Estimate w = anyCost ? weightedVfm(gi, gc, m)
          : Estimate.undefined("cost-weighted VfM", "sum of improvements / sum of allocated costs", PER_GBP,
              "no cost was allocated at " + dose + " sessions");
      Estimate u = anyCost ? unweightedMeanVfm(gi, gc, m)
          : Estimate.undefined("unweighted mean VfM", "mean of improvement_i / cost_i", PER_GBP,
              "no cost was allocated at " + dose + " sessions");
      out.add(new DoseVfm(dose, m, mean, w, u));
    }
    return out;
  }

  private static DiminishingReturns diminishing(List<DoseVfm> byDose) {
    List<DoseVfm> groups = byDose.stream().filter(g -> g.participants() >= DiminishingReturns.MIN_GROUP).toList();
    List<DiminishingReturns.MarginalGain> gains = new ArrayList<>();
    for (int i = 1; i < groups.size(); i++) {
      DoseVfm a = groups.get(i - 1);
      DoseVfm b = groups.get(i);
      gains.add(new DiminishingReturns.MarginalGain(a.sessions(), b.sessions(), slope(a, b)));
    }
    if (gains.size() < 2) {
      return new DiminishingReturns(gains, false, 0, 0, "Too few dose groups with at least "
          + DiminishingReturns.MIN_GROUP + " participants to judge returns to extra sessions ("
          + groups.size() + " group(s)).");
    }
    DoseVfm first = groups.get(0);
    DoseVfm mid = groups.get(groups.size() / 2);
    DoseVfm last = groups.get(groups.size() - 1);
    double early = slope(first, mid);
    double late = slope(mid, last);
    boolean diminishing = late < early;
    String summary = String.format(Locale.ROOT,
        "Mean improvement per extra session: %.3f points from %d to %d sessions, %.3f points from %d to %d"
            + " sessions: %s.",
        early, first.sessions(), mid.sessions(), late, mid.sessions(), last.sessions(),
        diminishing ? "diminishing returns (later sessions add less than earlier ones)"
            : "no diminishing returns (later sessions add at least as much as earlier ones)");
    return new DiminishingReturns(gains, diminishing, early, late, summary);
  }

  private static double slope(DoseVfm a, DoseVfm b) {
    return (b.meanImprovement().valueOrThrow() - a.meanImprovement().valueOrThrow()) / (b.sessions() - a.sessions());
  }
}
