package io.github.commissioningvfm.vfm.outcomes.value;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.Interval;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.Bootstrap;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.BootstrapResult;
import io.github.commissioningvfm.vfm.outcomes.bootstrap.OutcomeStatistics;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.internal.Distributions;
import io.github.commissioningvfm.vfm.outcomes.internal.Summary;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Allocates programme cost to participants and computes value for money.
 *
 * <pre>{@code
 * ValueForMoney vfm = VfmAnalysis.of(change, Cost.of("61380.00", "2024/25"), CostAllocation.perSession());
 * vfm.unweightedMeanVfm();  // mean of improvement_i / cost_i
 * vfm.weightedVfm();        // total improvement / total cost
 * }</pre>
 *
 * @since 0.1.0
 */
public final class VfmAnalysis {

  private static final double LEVEL = 0.95;
  private static final String PER_GBP = "points per GBP";
  private static final String UNWEIGHTED = "unweighted mean VfM";
  private static final String WEIGHTED = "cost-weighted VfM";
  private static final String WEIGHTED_DEF = "sum of improvements / sum of allocated costs";
  private static final String UNWEIGHTED_DEF = "mean over participants of improvement_i / cost_i";
  private static final String REACHING = "cost per participant reaching the meaningful change";
  private static final String REACHING_DEF = "sum of allocated costs / number of participants who improved by"
      + " at least the threshold";
  private static final String THRESHOLD_GAIN = "cost per meaningful change at the programme's rate";
  private static final String THRESHOLD_GAIN_DEF = "threshold / cost-weighted VfM = threshold * cost per point";

  private VfmAnalysis() {
  }

  /**
   * The cost allocated to each analysed participant, in pounds, in the order of the included rows.
   * With {@link CostAllocation.Cohort#FINANCIAL_YEAR} the one cost is the annual cost, applied to
   * every financial year in which an analysed participant started.
   *
   * @param change the change result
   * @param programmeCost the programme cost (annual cost when allocating by financial year), positive
   * @param allocation the declared allocation
   * @return cost_i per participant
   * @throws IllegalArgumentException if the cost is not positive, a participant in the base has no
   *     first-session date (by financial year), or the allocation base has no sessions
   */
  public static double[] allocatedCosts(ChangeResult change, Cost programmeCost, CostAllocation allocation) {
    requireProgrammeCost(change, programmeCost, allocation);
    Base base = base(change, allocation);
    return allocate(change, costByCohort(change, programmeCost, allocation, base), allocation, base);
  }

  /**
   * The cost allocated to each analysed participant when each financial year has its own cost: a
   * year's cost goes to the participants whose first session fell in that year, per session or as
   * an equal share within the year (see {@link CostAllocation}).
   *
   * @param change the change result
   * @param costByYear each financial year's programme cost, positive, all in one price base
   * @param allocation the declared allocation, with {@link CostAllocation.Cohort#FINANCIAL_YEAR}
   * @return cost_i per participant
   * @throws IllegalArgumentException if a participant in the base has no first-session date, a
   *     cohort year has no cost, a cost year has no participants, or a cost is not positive
   */
  public static double[] allocatedCosts(ChangeResult change, Map<FinancialYear, Cost> costByYear,
      CostAllocation allocation) {
    SortedMap<FinancialYear, Cost> costs = checkedYearCosts(costByYear, allocation);
    return allocate(change, costs, allocation, base(change, allocation));
  }

  /**
   * A bootstrap interval of the cost-weighted VfM ({@code sum improvement / sum cost}) in one call,
   * with the costs allocated exactly as {@link #of(ChangeResult, Cost, CostAllocation)} allocates
   * them: {@code bootstrap.run(n, OutcomeStatistics.weightedVfm(improvements, allocatedCosts(...)))}.
   *
   * @param change the change result
   * @param programmeCost the programme cost (annual cost when allocating by financial year), positive
   * @param allocation the declared allocation
   * @param bootstrap the resampling settings (resamples, seed, level, threads)
   * @return the bootstrap result, with its percentile and (where defined) BCa intervals
   */
  public static BootstrapResult bootstrapWeightedVfm(ChangeResult change, Cost programmeCost,
      CostAllocation allocation, Bootstrap bootstrap) {
    double[] cost = allocatedCosts(change, programmeCost, allocation);
    return Args.notNull(bootstrap, "bootstrap").run(change.size(),
        OutcomeStatistics.weightedVfm(change.improvements(), cost));
  }

  /**
   * A bootstrap interval of the unweighted mean VfM ({@code mean of improvement_i / cost_i}) in one
   * call, with the costs allocated as {@link #of(ChangeResult, Cost, CostAllocation)} allocates them.
   *
   * @param change the change result
   * @param programmeCost the programme cost (annual cost when allocating by financial year), positive
   * @param allocation the declared allocation
   * @param bootstrap the resampling settings
   * @return the bootstrap result
   */
  public static BootstrapResult bootstrapUnweightedMeanVfm(ChangeResult change, Cost programmeCost,
      CostAllocation allocation, Bootstrap bootstrap) {
    double[] cost = allocatedCosts(change, programmeCost, allocation);
    return Args.notNull(bootstrap, "bootstrap").run(change.size(),
        OutcomeStatistics.unweightedMeanVfm(change.improvements(), cost));
  }

  private static SortedMap<FinancialYear, Cost> checkedYearCosts(Map<FinancialYear, Cost> costByYear,
      CostAllocation allocation) {
    Args.notNull(costByYear, "costByYear");
    Args.notNull(allocation, "allocation");
    Args.check(allocation.cohort() == CostAllocation.Cohort.FINANCIAL_YEAR, "allocation",
        "allocate by financial year when costs are given per year", allocation.describe());
    Args.check(!costByYear.isEmpty(), "costByYear", "name at least one financial year", costByYear);
    SortedMap<FinancialYear, Cost> costs = new TreeMap<>(costByYear);
    FinancialYear base = costs.values().iterator().next().priceBase();
    costs.forEach((year, cost) -> {
      Args.check(cost.amount().signum() > 0, "costByYear", "hold positive costs, but " + year + " has", cost);
      Args.check(cost.priceBase().equals(base), "costByYear",
          "hold costs in one price base (" + base + "), but " + year + " has", cost);
    });
    return costs;
  }

  private static void requireProgrammeCost(ChangeResult change, Cost programmeCost, CostAllocation allocation) {
    Args.notNull(change, "change");
    Args.notNull(programmeCost, "programmeCost");
    Args.notNull(allocation, "allocation");
    Args.check(programmeCost.amount().signum() > 0, "programmeCost", "be positive", programmeCost);
  }

  /** The cost of each cohort: the whole-period cost keyed by its price base, or the annual cost per cohort year. */
  private static SortedMap<FinancialYear, Cost> costByCohort(ChangeResult change, Cost programmeCost,
      CostAllocation allocation, Base base) {
    SortedMap<FinancialYear, Cost> costs = new TreeMap<>();
    if (allocation.cohort() == CostAllocation.Cohort.WHOLE_PERIOD) {
      costs.put(programmeCost.priceBase(), programmeCost);
      return costs;
    }
    for (int i = 0; i < base.size; i++) {
      costs.put(cohortOf(change.cleaned().data(), base.row[i]), programmeCost);
    }
    return costs;
  }

  /** Sessions attended by each analysed participant, in the order of the included rows. */
  private static int[] analysedSessions(ChangeResult change) {
    Args.notNull(change, "change");
    ParticipantData d = change.cleaned().data();
    int[] rows = change.cleaned().includedRows();
    int[] sessions = new int[rows.length];
    for (int k = 0; k < rows.length; k++) {
      sessions[k] = d.sessions(rows[k]);
    }
    return sessions;
  }

  /**
   * The allocation base in primitive columns: each row's data row, weight (sessions, or 1 for
   * equal share) and index among the analysed rows, or -1 for a row outside them. When the base is
   * the analysed participants themselves, the index of base row {@code i} is {@code i}
   * ({@code analysed} is null).
   */
  private static final class Base {
    final int[] row;
    final int[] weight;
    final int[] analysed;
    final int size;
    /** Sessions of each analysed participant, in the order of the included rows. */
    final int[] analysedSessions;

    Base(int[] row, int[] weight, int[] analysed, int size, int[] analysedSessions) {
      this.row = row;
      this.weight = weight;
      this.analysed = analysed;
      this.size = size;
      this.analysedSessions = analysedSessions;
    }

    int analysedIndex(int i) {
      return analysed == null ? i : analysed[i];
    }
  }

  private static Base base(ChangeResult change, CostAllocation allocation) {
    int[] analysedSessions = analysedSessions(change);
    CleanedData cleaned = change.cleaned();
    ParticipantData d = cleaned.data();
    boolean perSession = allocation.method() == CostAllocation.Method.PER_SESSION;
    if (allocation.base() == CostAllocation.Base.ANALYSED_PARTICIPANTS) {
      int n = cleaned.size();
      int[] weight = analysedSessions;
      if (!perSession) {
        weight = new int[n];
        java.util.Arrays.fill(weight, 1);
      }
      return new Base(cleaned.includedRows(), weight, null, n, analysedSessions);
    }
    int[] analysed = new int[d.size()];
    java.util.Arrays.fill(analysed, -1);
    for (int k = 0; k < cleaned.size(); k++) {
      analysed[cleaned.row(k)] = k;
    }
    Set<Long> duplicateOrMalformed = new HashSet<>();
    cleaned.report().exclusionsBy("duplicate-participant").forEach(e -> duplicateOrMalformed.add(e.line()));
    cleaned.report().exclusionsBy("malformed-row").forEach(e -> duplicateOrMalformed.add(e.line()));
    int[] row = new int[d.size()];
    int[] weight = new int[d.size()];
    int[] index = new int[d.size()];
    int size = 0;
    for (int r = 0; r < d.size(); r++) {
      if (d.sessionsIssue(r).isEmpty() && d.sessions(r) > 0 && !duplicateOrMalformed.contains(d.line(r))) {
        row[size] = r;
        weight[size] = perSession ? d.sessions(r) : 1;
        index[size] = analysed[r];
        size++;
      }
    }
    return new Base(row, weight, index, size, analysedSessions);
  }

  private static FinancialYear cohortOf(ParticipantData d, int row) {
    return d.date(row).map(FinancialYear::containing).orElseThrow(() -> new IllegalArgumentException(
        "Cannot allocate cost by financial year: participant '" + d.participantId(row) + "' (" + d.source()
            + ", line " + d.line(row) + ") has no usable first-session date, so its cohort year is unknown"));
  }

  /**
   * {@code cost_i = C_c / sum_{j in base, cohort c}(weight_j) * weight_i} for analysed {@code i} in
   * cohort {@code c}, where the weight is sessions (per session) or 1 (equal share).
   */
  private static double[] allocate(ChangeResult change, SortedMap<FinancialYear, Cost> costs,
      CostAllocation allocation, Base rows) {
    CleanedData cleaned = change.cleaned();
    ParticipantData d = cleaned.data();
    boolean byYear = allocation.cohort() == CostAllocation.Cohort.FINANCIAL_YEAR;
    FinancialYear whole = costs.firstKey();
    // cohorts as small indices: years in order of first appearance, then visited in year order
    List<FinancialYear> years = new ArrayList<>();
    Map<FinancialYear, Integer> index = new HashMap<>();
    int[] cohort = new int[rows.size];
    if (!byYear && rows.size > 0) {
      // one cohort, index 0 for every row
      years.add(whole);
      index.put(whole, 0);
    }
    for (int i = 0; i < rows.size && byYear; i++) {
      FinancialYear y = cohortOf(d, rows.row[i]);
      Integer k = index.get(y);
      if (k == null) {
        k = years.size();
        years.add(y);
        index.put(y, k);
      }
      cohort[i] = k;
    }
    long[] weight = new long[years.size()];
    long[] heads = new long[years.size()];
    if (!byYear && rows.size > 0) {
      long sum = 0;
      for (int i = 0; i < rows.size; i++) {
        sum += rows.weight[i];
      }
      weight[0] = sum;
      heads[0] = rows.size;
    }
    for (int i = 0; i < rows.size && byYear; i++) {
      weight[cohort[i]] += rows.weight[i];
      heads[cohort[i]]++;
    }
    List<Integer> inYearOrder = new ArrayList<>(years.size());
    for (int k = 0; k < years.size(); k++) {
      inYearOrder.add(k);
    }
    inYearOrder.sort((x, y) -> years.get(x).compareTo(years.get(y)));
    if (byYear) {
      List<String> uncosted = new ArrayList<>();
      for (int k : inYearOrder) {
        if (!costs.containsKey(years.get(k))) {
          uncosted.add(years.get(k) + " (" + heads[k] + " participants)");
        }
      }
      Args.check(uncosted.isEmpty(), "costByYear", "give a cost for every cohort year, but has none for",
          String.join(", ", uncosted));
      List<String> empty = costs.keySet().stream().filter(y -> !index.containsKey(y)).map(String::valueOf).toList();
      Args.check(empty.isEmpty(), "costByYear", "name only years with participants in the allocation base ("
          + allocation.describe() + "), but nobody started in", String.join(", ", empty));
    }
    double[] perWeight = new double[years.size()];
    for (int k : inYearOrder) {
      Args.check(weight[k] > 0, "allocation",
          "have sessions to share the cost over" + (byYear ? " in " + years.get(k) : ""), allocation.describe());
      perWeight[k] = costs.get(years.get(k)).amount().toDouble() / weight[k];
    }
    double[] cost = new double[change.size()];
    for (int i = 0; i < rows.size; i++) {
      int k = rows.analysedIndex(i);
      if (k >= 0) {
        cost[k] = perWeight[cohort[i]] * rows.weight[i];
      }
    }
    return cost;
  }

  /**
   * Computes value for money. With {@link CostAllocation.Cohort#FINANCIAL_YEAR} the cost is the
   * annual cost, applied to each financial year's cohort.
   *
   * @param change the change result
   * @param programmeCost the programme cost (annual cost when allocating by financial year), positive
   * @param allocation the declared allocation
   * @return the result
   * @throws IllegalArgumentException as {@link #allocatedCosts(ChangeResult, Cost, CostAllocation)} does, or if
   *     an analysed participant is allocated no cost (per session with 0 sessions, or outside the base),
   *     naming the participant, source and line
   */
  public static ValueForMoney of(ChangeResult change, Cost programmeCost, CostAllocation allocation) {
    requireProgrammeCost(change, programmeCost, allocation);
    Base base = base(change, allocation);
    return compute(change, costByCohort(change, programmeCost, allocation, base), allocation, base);
  }

  /**
   * Computes value for money when each financial year has its own programme cost, each going to
   * that year's cohort (see {@link #allocatedCosts(ChangeResult, Map, CostAllocation)}).
   *
   * @param change the change result
   * @param costByYear each financial year's programme cost, positive, all in one price base
   * @param allocation the declared allocation, with {@link CostAllocation.Cohort#FINANCIAL_YEAR}
   * @return the result
   * @throws IllegalArgumentException as {@link #allocatedCosts(ChangeResult, Map, CostAllocation)} does, or if
   *     an analysed participant is allocated no cost, naming the participant, source and line
   */
  public static ValueForMoney of(ChangeResult change, Map<FinancialYear, Cost> costByYear, CostAllocation allocation) {
    Args.notNull(change, "change");
    SortedMap<FinancialYear, Cost> costs = checkedYearCosts(costByYear, allocation);
    return compute(change, costs, allocation, base(change, allocation));
  }

  private static ValueForMoney compute(ChangeResult change, SortedMap<FinancialYear, Cost> costs,
      CostAllocation allocation, Base base) {
    int[] sessions = base.analysedSessions;
    double[] cost = allocate(change, costs, allocation, base);
    boolean byYear = allocation.cohort() == CostAllocation.Cohort.FINANCIAL_YEAR;
    Cost programmeCost = costs.values().stream().reduce(Cost::plus).orElseThrow();
    CleanedData cleaned = change.cleaned();
    ParticipantData d = cleaned.data();
    int n = change.size();
    double[] imp = change.improvements();
    double sumImp = 0;
    double sumCost = 0;
    for (int k = 0; k < n; k++) {
      if (cost[k] <= 0) {
        int r = cleaned.row(k);
        throw new IllegalArgumentException("Cannot compute value for money: participant '" + d.participantId(r)
            + "' (" + d.source() + ", line " + d.line(r) + ") was allocated no cost by " + allocation.describe()
            + ", so its improvement / cost has no value");
      }
      sumImp += imp[k];
      sumCost += cost[k];
    }
    Estimate perSession = Estimate.undefined("cost per session", "programme cost / sessions", "GBP",
        "cost was allocated as an equal share per participant, not per session");
    // per session, every analysed participant carries a cost, so attended at least one session
    if (allocation.method() == CostAllocation.Method.PER_SESSION && byYear) {
      long analysedSessions = 0;
      for (int s : sessions) {
        analysedSessions += s;
      }
      perSession = Estimate.of("mean cost per session", "sum of allocated costs / sessions of the analysed"
          + " participants (each financial year's cost per session differs; see the costs by year)", "GBP",
          sumCost / analysedSessions);
    } else if (allocation.method() == CostAllocation.Method.PER_SESSION) {
      perSession = Estimate.of("cost per session", "programme cost / sessions in the allocation base", "GBP",
          cost[0] / sessions[0]);
    }
    DoseMoments moments = new DoseMoments(imp, cost, sessions);
    Estimate unweighted = moments.unweightedMeanVfm(moments.overall);
    Estimate weighted = moments.weightedVfm(moments.overall);
    Estimate costPerPoint = sumImp > 0
        ? inverted(Estimate.of("cost per point of improvement", "sum of allocated costs / sum of improvements",
            "GBP per point", sumCost / sumImp), weighted)
        : Estimate.undefined("cost per point of improvement", "sum of allocated costs / sum of improvements",
            "GBP per point", String.format(Locale.ROOT, "total improvement is not positive (%.4f points)", sumImp));
    Estimate perMeaningful = costPerParticipantReaching(change, sumCost, n);
    Estimate perThreshold = costPerThresholdGain(change, costPerPoint);
    List<DoseVfm> byDose = moments.byDose();
    return new ValueForMoney(programmeCost, allocation, byYear ? costs : new TreeMap<>(), n, sumImp, sumCost, perSession,
        unweighted, weighted, costPerPoint, perMeaningful, perThreshold, byDose, diminishing(byDose));
  }

  /**
   * {@code sum cost / count(improvement_i >= threshold)}, with the Wilson interval of the
   * proportion reaching the threshold mapped through {@code sum cost / (n p)} (decreasing in p).
   */
  private static Estimate costPerParticipantReaching(ChangeResult change, double sumCost, int n) {
    if (change.measure().meaningfulChange().isEmpty()) {
      return Estimate.undefined(REACHING, REACHING_DEF, "GBP",
          change.measure().id() + " has no clinically meaningful change threshold");
    }
    ChangeThreshold t = change.measure().meaningfulChange().get();
    if (change.meaningfulCount() == 0) {
      return Estimate.undefined(REACHING, REACHING_DEF, "GBP",
          "no participant improved by " + t.points() + " points or more");
    }
    Estimate e = Estimate.of(REACHING, REACHING_DEF + " (threshold " + t.points() + " points)", "GBP",
        sumCost / change.meaningfulCount());
    Estimate p = change.proportionMeaningful();
    if (p.interval().isPresent() && p.interval().get().lower() > 0) {
      Interval w = p.interval().get();
      e = e.withInterval(new Interval(sumCost / (n * w.upper()), sumCost / (n * w.lower()), w.level(),
          "from the " + w.method() + " of the proportion with a meaningful improvement"));
    }
    return e;
  }

  /**
   * {@code threshold / weightedVfm = threshold * sum cost / sum improvement}: what one
   * threshold-sized improvement costs at the programme's average rate, whoever it accrues to. Its
   * interval is the threshold times the interval of the cost per point.
   */
  private static Estimate costPerThresholdGain(ChangeResult change, Estimate costPerPoint) {
    if (change.measure().meaningfulChange().isEmpty()) {
      return Estimate.undefined(THRESHOLD_GAIN, THRESHOLD_GAIN_DEF, "GBP",
          change.measure().id() + " has no clinically meaningful change threshold");
    }
    double t = change.measure().meaningfulChange().get().points();
    if (!costPerPoint.isDefined()) {
      return Estimate.undefined(THRESHOLD_GAIN, THRESHOLD_GAIN_DEF, "GBP", costPerPoint.undefinedBecause().orElseThrow());
    }
    Estimate e = Estimate.of(THRESHOLD_GAIN, THRESHOLD_GAIN_DEF + " (threshold " + t + " points)", "GBP",
        t * costPerPoint.valueOrThrow());
    if (costPerPoint.interval().isPresent()) {
      Interval c = costPerPoint.interval().get();
      e = e.withInterval(new Interval(t * c.lower(), t * c.upper(), c.level(), "threshold times the " + c.method()));
    }
    return e;
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
   * Cost-weighted VfM {@code R = sy / sx} from sums taken in participant order, with the
   * delta-method interval {@code R +/- t * sqrt(ss / (n (n - 1))) / mean(x)}, where
   * {@code sy = sum improvement_i}, {@code sx = sum cost_i} and {@code ss = sum (y_i - R x_i)^2}.
   *
   * @param n how many participants
   * @param sy the sum of their improvements
   * @param sx the sum of their allocated costs
   * @param ss the sum of their squared residuals from the ratio estimator
   * @return the figure; undefined when no cost was allocated
   */
  static Estimate weightedVfm(long n, double sy, double sx, double ss) {
    if (sx <= 0) {
      return Estimate.undefined(WEIGHTED, WEIGHTED_DEF, PER_GBP, "no cost was allocated to these participants");
    }
    double r = sy / sx;
    Estimate f = Estimate.of(WEIGHTED, WEIGHTED_DEF, PER_GBP, r);
    if (n < 2) {
      return f;
    }
    double meanX = sx / n;
    double se = Math.sqrt(ss / ((double) n * (n - 1))) / meanX;
    double t = Distributions.tQuantile(1 - (1 - LEVEL) / 2, n - 1);
    return f.withInterval(new Interval(r - t * se, r + t * se, LEVEL, "delta method (ratio estimator), n = " + n));
  }

  /**
   * The VfM figures of all participants and of each dose group, in two passes over the participants
   * in their order. The first sums, per group and overall, the improvements, the costs and the ratios
   * {@code improvement_i / cost_i}; the second the squared deviations from each group's means and
   * ratio estimator. Each sum is taken in participant order, so every figure equals the one computed
   * from the group's own values in a separate mean-then-deviations pass.
   */
  private static final class DoseMoments {
    final int overall;
    final int[] count;
    final double[] sumImp;
    final double[] sumCost;
    final double[] sumRatio;
    final double[] ssImp;
    final double[] ssResidual;
    final double[] ssRatio;

    DoseMoments(double[] imp, double[] cost, int[] sessions) {
      int max = 0;
      for (int s : sessions) {
        max = Math.max(max, s);
      }
      overall = max + 1;
      count = new int[max + 2];
      sumImp = new double[max + 2];
      sumCost = new double[max + 2];
      sumRatio = new double[max + 2];
      ssImp = new double[max + 2];
      ssResidual = new double[max + 2];
      ssRatio = new double[max + 2];
      for (int k = 0; k < sessions.length; k++) {
        int g = sessions[k];
        double ratio = imp[k] / cost[k];
        count[g]++;
        sumImp[g] += imp[k];
        sumCost[g] += cost[k];
        sumRatio[g] += ratio;
        sumImp[overall] += imp[k];
        sumCost[overall] += cost[k];
        sumRatio[overall] += ratio;
      }
      count[overall] = sessions.length;
      // every group's sums are now complete: its means and ratio estimator
      double[] meanImp = new double[max + 2];
      double[] estimator = new double[max + 2];
      double[] meanRatio = new double[max + 2];
      for (int g = 0; g <= overall; g++) {
        meanImp[g] = sumImp[g] / count[g];
        estimator[g] = sumImp[g] / sumCost[g];
        meanRatio[g] = sumRatio[g] / count[g];
      }
      for (int k = 0; k < sessions.length; k++) {
        int g = sessions[k];
        double d = imp[k] - meanImp[g];
        double e = imp[k] - estimator[g] * cost[k];
        double eAll = imp[k] - estimator[overall] * cost[k];
        double ratio = imp[k] / cost[k];
        double q = ratio - meanRatio[g];
        double qAll = ratio - meanRatio[overall];
        ssImp[g] += d * d;
        ssResidual[g] += e * e;
        ssRatio[g] += q * q;
        ssResidual[overall] += eAll * eAll;
        ssRatio[overall] += qAll * qAll;
      }
    }

    /** The cost-weighted VfM of group {@code g}, whose costs are positive. */
    Estimate weightedVfm(int g) {
      return VfmAnalysis.weightedVfm(count[g], sumImp[g], sumCost[g], ssResidual[g]);
    }

    /** The unweighted mean VfM of group {@code g}. */
    Estimate unweightedMeanVfm(int g) {
      return Summary.meanWithT(UNWEIGHTED, UNWEIGHTED_DEF, PER_GBP, count[g], sumRatio[g] / count[g], ssRatio[g],
          LEVEL);
    }

    List<DoseVfm> byDose() {
      List<DoseVfm> out = new ArrayList<>();
      for (int dose = 0; dose < overall; dose++) {
        int m = count[dose];
        if (m == 0) {
          continue;
        }
        Estimate mean = Summary.meanWithT("mean improvement at " + dose + " sessions",
            "mean improvement of participants who attended " + dose + " sessions", "points", m, sumImp[dose] / m,
            ssImp[dose], LEVEL);
        out.add(new DoseVfm(dose, m, mean, weightedVfm(dose), unweightedMeanVfm(dose)));
      }
      return out;
    }
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
