package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import java.util.Optional;

/**
 * One row of a unit-cost table: what a unit of a service costs, in the prices of a stated
 * financial year, and where the figure was published.
 *
 * <p>Example: key {@code "ncc.ambulance.see-and-convey"}, unit {@link CostUnit#PER_INCIDENT},
 * value {@code GBP 489.39 (2024/25 prices)}, source location
 * {@code "Summary Other Currencies: Ambulance, 03 See & Convey"}.
 *
 * @param key the stable key, lower case, dot-separated: {@code source.group.item}
 * @param description what the figure is, in words
 * @param unit what one unit of activity is
 * @param value the cost of one unit, with its price base
 * @param sourceLocation where in the source the figure stands (table, section, page)
 * @param category who bears the cost, where the source says
 * @param confidence the source's or this library's quality grade for the figure, where given,
 *     e.g. {@code "derived"} for figures computed from published rows
 * @param notes caveats and methods (e.g. how a derived figure was computed); may be empty
 * @param provenance source, edition, key and location, for reports
 */
public record UnitCost(
    String key,
    String description,
    CostUnit unit,
    Cost value,
    String sourceLocation,
    Optional<CostCategory> category,
    Optional<String> confidence,
    String notes,
    Provenance provenance) {

  /**
   * Creates a row; prefer {@link #builder()}.
   *
   * @param key the stable key
   * @param description what the figure is
   * @param unit the unit of activity
   * @param value the cost of one unit
   * @param sourceLocation where in the source
   * @param category who bears the cost
   * @param confidence the quality grade
   * @param notes caveats and methods
   * @param provenance origin of the figure; its key must equal {@code key}
   */
  public UnitCost {
    Args.notBlank(key, "key");
    Args.notBlank(description, "description");
    Args.notNull(unit, "unit");
    Args.notNull(value, "value");
    Args.notNull(sourceLocation, "sourceLocation");
    Args.notNull(category, "category");
    Args.notNull(confidence, "confidence");
    Args.notNull(notes, "notes");
    Args.notNull(provenance, "provenance");
    Args.check(value.amount().signum() >= 0, "value", "not be negative", value);
    if (!provenance.key().equals(key)) {
      Args.check(false, "provenance", "name the row's key '" + key + "'", provenance.key());
    }
  }

  /**
   * The figure as a cost with its provenance, ready for a value-for-money calculation.
   *
   * @return the value and provenance
   */
  public SourcedCost sourcedCost() {
    return new SourcedCost(value, provenance);
  }

  /**
   * A builder for a row.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One line: {@code "ncc.ambulance.see-and-convey: £489.39 (2024/25 prices) per incident"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return key + ": " + value + " " + unit.label();
  }

  /** Builds a {@link UnitCost}; the provenance is formed from the source, edition and location. */
  public static final class Builder {
    private String key;
    private String description;
    private CostUnit unit;
    private Cost value;
    private String sourceLocation = "";
    private Optional<CostCategory> category = Optional.empty();
    private Optional<String> confidence = Optional.empty();
    private String notes = "";
    private String source;
    private String edition;

    private Builder() {
    }

    /**
     * Sets the key.
     *
     * @param key the stable key
     * @return this builder
     */
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description what the figure is
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param unit the unit of activity
     * @return this builder
     */
    public Builder unit(CostUnit unit) {
      this.unit = unit;
      return this;
    }

    /**
     * Sets the value.
     *
     * @param value the cost of one unit, with its price base
     * @return this builder
     */
    public Builder value(Cost value) {
      this.value = value;
      return this;
    }

    /**
     * Sets where in the source the figure stands.
     *
     * @param sourceLocation table, section or page
     * @return this builder
     */
    public Builder sourceLocation(String sourceLocation) {
      this.sourceLocation = sourceLocation;
      return this;
    }

    /**
     * Sets who bears the cost.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(CostCategory category) {
      this.category = Optional.of(Args.notNull(category, "category"));
      return this;
    }

    /**
     * Sets the quality grade.
     *
     * @param confidence the grade
     * @return this builder
     */
    public Builder confidence(String confidence) {
      this.confidence = Optional.of(Args.notBlank(confidence, "confidence"));
      return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes caveats and methods
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Sets the source and its edition, for the provenance.
     *
     * @param source the publication or dataset, e.g. "NHS National Cost Collection"
     * @param edition its edition, e.g. "2024/25"
     * @return this builder
     */
    public Builder source(String source, String edition) {
      this.source = source;
      this.edition = edition;
      return this;
    }

    /**
     * Builds the row.
     *
     * @return the row
     */
    public UnitCost build() {
      Args.notBlank(key, "key");
      Args.notNull(sourceLocation, "sourceLocation");
      Provenance provenance = Provenance.of(Args.notBlank(source, "source"), Args.notBlank(edition, "edition"),
          key, sourceLocation);
      return new UnitCost(key, description, unit, value, sourceLocation, category, confidence, notes, provenance);
    }
  }
}
