package io.github.commissioningvfm.vfm.outcomes.change;

import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import java.util.Arrays;

/**
 * Oriented change for every included participant and its summaries. Created by
 * {@link ChangeAnalysis#of(CleanedData)}.
 *
 * @since 0.1.0
 */
public final class ChangeResult {

  private final CleanedData cleaned;
  private final OutcomeMeasure measure;
  private final double[] improvement;
  private final Estimate meanImprovement;
  private final Estimate meanRawChange;
  private final ChangeCategories categories;
  private final Estimate proportionMeaningful;
  private final long meaningfulCount;

  ChangeResult(CleanedData cleaned, OutcomeMeasure measure, double[] improvement, Estimate meanImprovement,
      Estimate meanRawChange, ChangeCategories categories, Estimate proportionMeaningful, long meaningfulCount) {
    this.cleaned = cleaned;
    this.measure = measure;
    this.improvement = improvement;
    this.meanImprovement = meanImprovement;
    this.meanRawChange = meanRawChange;
    this.categories = categories;
    this.proportionMeaningful = proportionMeaningful;
    this.meaningfulCount = meaningfulCount;
  }

  /**
   * The cleaned data analysed.
   *
   * @return the data
   */
  public CleanedData cleaned() {
    return cleaned;
  }

  /**
   * The measure (with the thresholds used).
   *
   * @return the measure
   */
  public OutcomeMeasure measure() {
    return measure;
  }

  /**
   * The number of participants analysed.
   *
   * @return n
   */
  public int size() {
    return improvement.length;
  }

  /**
   * The oriented improvement of the k-th included participant.
   *
   * @param k position among included rows
   * @return improvement (positive is better)
   */
  public double improvement(int k) {
    return improvement[k];
  }

  /**
   * All oriented improvements, in the order of the included rows.
   *
   * @return a copy
   */
  public double[] improvements() {
    return Arrays.copyOf(improvement, improvement.length);
  }

  /**
   * Whether the k-th participant's improvement is clinically meaningful; false when the measure
   * has no meaningful-change threshold.
   *
   * @param k position among included rows
   * @return {@code improvement >= MCID}
   */
  public boolean meaningful(int k) {
    return measure.meaningfulChange().map(t -> t.isImprovement(improvement[k])).orElse(false);
  }

  /**
   * Mean oriented improvement, with a t interval.
   *
   * @return the figure
   */
  public Estimate meanImprovement() {
    return meanImprovement;
  }

  /**
   * Mean raw change (follow-up minus baseline, not oriented), as commonly published.
   *
   * @return the figure
   */
  public Estimate meanRawChange() {
    return meanRawChange;
  }

  /**
   * Improved / unchanged / deteriorated.
   *
   * @return the categories
   */
  public ChangeCategories categories() {
    return categories;
  }

  /**
   * Proportion with a clinically meaningful improvement; undefined when the measure has no
   * threshold.
   *
   * @return the figure
   */
  public Estimate proportionMeaningful() {
    return proportionMeaningful;
  }

  /**
   * The number of clinically meaningful improvements (0 when there is no threshold).
   *
   * @return the count
   */
  public long meaningfulCount() {
    return meaningfulCount;
  }

  /**
   * Value equality: the same cleaned data, measure, improvements and summaries. Two results of
   * {@link ChangeAnalysis#of(CleanedData, OutcomeMeasure)} on equal data and measures are equal.
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof ChangeResult c && meaningfulCount == c.meaningfulCount
        && Arrays.equals(improvement, c.improvement) && measure.equals(c.measure)
        && meanImprovement.equals(c.meanImprovement) && meanRawChange.equals(c.meanRawChange)
        && categories.equals(c.categories) && proportionMeaningful.equals(c.proportionMeaningful)
        && cleaned.equals(c.cleaned);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(cleaned, measure, Arrays.hashCode(improvement), meanImprovement, meaningfulCount);
  }

  /** The measure, the number analysed and the mean improvement with its interval. */
  @Override
  public String toString() {
    return "ChangeResult[" + measure().name() + ", " + size() + " participants; " + meanImprovement() + "]";
  }
}
