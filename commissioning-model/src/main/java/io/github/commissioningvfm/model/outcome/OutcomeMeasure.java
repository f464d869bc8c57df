package io.github.commissioningvfm.model.outcome;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;

/**
 * An outcome measure: its score range, the direction of improvement, and its published change
 * thresholds.
 *
 * <p>Build with {@link #builder(String)}; the standard measures are in
 * {@link StandardOutcomeMeasures}.
 *
 * @param id a stable identifier, e.g. {@code "sdq-total"}
 * @param name the measure's full name
 * @param minScore the lowest possible score
 * @param maxScore the highest possible score
 * @param direction which way is better
 * @param rangeCitation where the score range and direction are published
 * @param reliableChange the reliable change threshold, if a verified figure exists
 * @param meaningfulChange the clinically meaningful change threshold, if a verified figure exists
 * @since 0.1.0
 */
public record OutcomeMeasure(
    String id,
    String name,
    double minScore,
    double maxScore,
    ScoreDirection direction,
    String rangeCitation,
    Optional<ChangeThreshold> reliableChange,
    Optional<ChangeThreshold> meaningfulChange) {

  /**
   * Creates a measure.
   *
   * @param id identifier
   * @param name full name
   * @param minScore lowest score
   * @param maxScore highest score
   * @param direction which way is better
   * @param rangeCitation source of range and direction
   * @param reliableChange reliable change threshold, if any
   * @param meaningfulChange clinically meaningful change threshold, if any
   */
  public OutcomeMeasure {
    Args.notBlank(id, "id");
    Args.notBlank(name, "name");
    Args.finite(minScore, "minScore");
    Args.finite(maxScore, "maxScore");
    Args.check(maxScore > minScore, "maxScore", "be greater than minScore " + minScore, maxScore);
    Args.notNull(direction, "direction");
    Args.notBlank(rangeCitation, "rangeCitation");
    Args.notNull(reliableChange, "reliableChange");
    Args.notNull(meaningfulChange, "meaningfulChange");
    double span = maxScore - minScore;
    reliableChange.ifPresent(t -> Args.check(t.points() <= span, "reliableChange",
        "not exceed the score range " + span, t.points()));
    meaningfulChange.ifPresent(t -> Args.check(t.points() <= span, "meaningfulChange",
        "not exceed the score range " + span, t.points()));
  }

  /**
   * Starts a builder.
   *
   * @param id the measure's identifier
   * @return the builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Whether a score lies within the measure's range {@code [minScore, maxScore]}.
   *
   * @param score the score
   * @return true if in range
   */
  public boolean inRange(double score) {
    return score >= minScore && score <= maxScore;
  }

  /**
   * The improvement from baseline to follow-up, oriented so that positive is better:
   * {@code direction.improvement(baseline, followUp)}.
   *
   * @param baseline the first score
   * @param followUp the later score
   * @return the oriented change
   */
  public double improvement(double baseline, double followUp) {
    return direction.improvement(baseline, followUp);
  }

  /**
   * This measure with a different clinically meaningful change threshold, for an analysis that
   * adopts a figure from a named source.
   *
   * @param threshold the threshold and its citation
   * @return the adjusted measure
   */
  public OutcomeMeasure withMeaningfulChange(ChangeThreshold threshold) {
    return new OutcomeMeasure(id, name, minScore, maxScore, direction, rangeCitation, reliableChange,
        Optional.of(Args.notNull(threshold, "threshold")));
  }

  /**
   * This measure with a different reliable change threshold.
   *
   * @param threshold the threshold and its citation
   * @return the adjusted measure
   */
  public OutcomeMeasure withReliableChange(ChangeThreshold threshold) {
    return new OutcomeMeasure(id, name, minScore, maxScore, direction, rangeCitation,
        Optional.of(Args.notNull(threshold, "threshold")), meaningfulChange);
  }

  /** Builds an {@link OutcomeMeasure}. */
  public static final class Builder {
    private final String id;
    private String name;
    private Double minScore;
    private Double maxScore;
    private ScoreDirection direction;
    private String rangeCitation;
    private ChangeThreshold reliableChange;
    private ChangeThreshold meaningfulChange;

    private Builder(String id) {
      this.id = Args.notBlank(id, "id");
    }

    /**
     * Sets the full name.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets the score range.
     *
     * @param min lowest score
     * @param max highest score
     * @return this builder
     */
    public Builder range(double min, double max) {
      this.minScore = min;
      this.maxScore = max;
      return this;
    }

    /**
     * Sets the direction.
     *
     * @param value which way is better
     * @return this builder
     */
    public Builder direction(ScoreDirection value) {
      this.direction = value;
      return this;
    }

    /**
     * Sets where range and direction are published.
     *
     * @param value the citation
     * @return this builder
     */
    public Builder rangeCitation(String value) {
      this.rangeCitation = value;
      return this;
    }

    /**
     * Sets the reliable change threshold.
     *
     * @param points size in score points
     * @param citation the source
     * @return this builder
     */
    public Builder reliableChange(double points, String citation) {
      this.reliableChange = new ChangeThreshold(points, citation);
      return this;
    }

    /**
     * Sets the clinically meaningful change threshold.
     *
     * @param points size in score points
     * @param citation the source
     * @return this builder
     */
    public Builder meaningfulChange(double points, String citation) {
      this.meaningfulChange = new ChangeThreshold(points, citation);
      return this;
    }

    /**
     * Builds the measure.
     *
     * @return the measure
     * @throws IllegalArgumentException if the direction or range is missing
     */
    public OutcomeMeasure build() {
      if (direction == null) {
        throw new IllegalArgumentException("Argument 'direction' of measure '" + id
            + "' must be declared (LOWER_IS_BETTER or HIGHER_IS_BETTER): unknown");
      }
      if (minScore == null) {
        throw new IllegalArgumentException("Argument 'range' of measure '" + id + "' must be declared: unknown");
      }
      return new OutcomeMeasure(id, name, minScore, maxScore, direction, rangeCitation,
          Optional.ofNullable(reliableChange), Optional.ofNullable(meaningfulChange));
    }
  }
}
