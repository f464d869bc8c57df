package io.github.commissioningvfm.vfm.outcomes.change;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.outcome.ChangeThreshold;
import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.internal.Summary;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.Optional;

/**
 * Computes oriented change, reliable and clinically meaningful change for cleaned data.
 *
 * <pre>{@code
 * ChangeResult change = ChangeAnalysis.of(cleaned);
 * change.meanImprovement();   // baseline - follow-up on SDQ (lower is better)
 * change.categories();        // improved / unchanged / deteriorated
 * }</pre>
 */
public final class ChangeAnalysis {

  /** Coverage of the intervals reported. */
  public static final double LEVEL = 0.95;

  private ChangeAnalysis() {
  }

  /**
   * Analyses change using the measure declared in the data's schema.
   *
   * @param cleaned the cleaned data
   * @return the result
   * @throws IllegalArgumentException if every row was excluded
   */
  public static ChangeResult of(CleanedData cleaned) {
    return of(cleaned, Args.notNull(cleaned, "cleaned").data().schema().measure());
  }

  /**
   * Analyses change using a given measure (for example the schema's measure with an adopted
   * meaningful-change threshold).
   *
   * @param cleaned the cleaned data
   * @param measure the measure whose direction and thresholds apply
   * @return the result
   * @throws IllegalArgumentException if every row was excluded, or the measure's id differs from the schema's
   */
  public static ChangeResult of(CleanedData cleaned, OutcomeMeasure measure) {
    Args.notNull(cleaned, "cleaned");
    Args.notNull(measure, "measure");
    ParticipantData d = cleaned.data();
    Args.check(measure.id().equals(d.schema().measure().id()), "measure",
        "be the schema's measure '" + d.schema().measure().id() + "'", measure.id());
    int n = cleaned.size();
    if (n == 0) {
      throw new IllegalArgumentException("All " + cleaned.report().rowsRead() + " rows of '" + d.source()
          + "' were excluded; nothing to analyse. " + cleaned.report().describe());
    }
    double[] imp = new double[n];
    double[] raw = new double[n];
    for (int k = 0; k < n; k++) {
      int r = cleaned.row(k);
      imp[k] = measure.improvement(d.baseline(r), d.followUp(r));
      raw[k] = d.followUp(r) - d.baseline(r);
    }
    String dir = measure.direction() == io.github.commissioningvfm.model.outcome.ScoreDirection.LOWER_IS_BETTER
        ? "baseline - follow-up (lower is better)" : "follow-up - baseline (higher is better)";
    Estimate meanImp = Summary.meanWithT("mean improvement", "mean of " + dir + " on " + measure.id(), "points",
        imp, n, LEVEL);
    Estimate meanRaw = Summary.meanWithT("mean raw change", "mean of follow-up - baseline on " + measure.id()
        + " (not oriented)", "points", raw, n, LEVEL);
    Optional<ChangeThreshold> rc = measure.reliableChange();
    long improved = 0;
    long deteriorated = 0;
    for (double v : imp) {
      if (rc.isPresent() ? rc.get().isImprovement(v) : v > 0) {
        improved++;
      } else if (rc.isPresent() ? rc.get().isDeterioration(v) : v < 0) {
        deteriorated++;
      }
    }
    long unchanged = n - improved - deteriorated;
    String basis = rc.map(t -> "reliable change of " + t.points() + " points (" + t.citation() + ")")
        .orElse("sign of the change: " + measure.id() + " has no reliable change threshold, so any"
            + " improvement counts, however small");
    ChangeCategories cats = new ChangeCategories(basis, improved, unchanged, deteriorated,
        Summary.proportion("proportion improved", "improved / n; " + basis, improved, n, LEVEL),
        Summary.proportion("proportion unchanged", "unchanged / n; " + basis, unchanged, n, LEVEL),
        Summary.proportion("proportion deteriorated", "deteriorated / n; " + basis, deteriorated, n, LEVEL));
    long meaningful = 0;
    Estimate propMeaningful;
    if (measure.meaningfulChange().isPresent()) {
      ChangeThreshold t = measure.meaningfulChange().get();
      for (double v : imp) {
        if (t.isImprovement(v)) {
          meaningful++;
        }
      }
      propMeaningful = Summary.proportion("proportion with clinically meaningful improvement",
          "count(improvement >= " + t.points() + ") / n; threshold: " + t.citation(), meaningful, n, LEVEL);
    } else {
      propMeaningful = Estimate.undefined("proportion with clinically meaningful improvement",
          "count(improvement >= MCID) / n", "proportion",
          measure.id() + " has no clinically meaningful change threshold; supply one with"
              + " OutcomeMeasure.withMeaningfulChange");
    }
    return new ChangeResult(cleaned, measure, imp, meanImp, meanRaw, cats, propMeaningful, meaningful);
  }
}
