package io.github.commissioningvfm.vfm.outcomes.load;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The declared layout of a participant-level file: which column holds the participant id, the
 * baseline and follow-up scores (and on which {@link OutcomeMeasure}, hence range and
 * direction), the number of sessions attended, an optional date, and categorical covariates.
 * Other columns are ignored.
 *
 * @param idColumn participant identifier (text)
 * @param baselineColumn first score (number on the measure)
 * @param followUpColumn last score (number on the measure)
 * @param sessionsColumn sessions attended (whole number, 0 = never attended)
 * @param measure the outcome measure both scores are on
 * @param dateColumn first-session date, if declared
 * @param categoryColumns categorical covariates (text levels), e.g. gender, pathway
 * @since 0.1.0
 */
public record ParticipantSchema(String idColumn, String baselineColumn, String followUpColumn,
    String sessionsColumn, OutcomeMeasure measure, Optional<String> dateColumn, List<String> categoryColumns) {

  /**
   * Creates a schema.
   *
   * @param idColumn id column
   * @param baselineColumn baseline column
   * @param followUpColumn follow-up column
   * @param sessionsColumn sessions column
   * @param measure measure of the scores
   * @param dateColumn date column, if any
   * @param categoryColumns categorical columns
   */
  public ParticipantSchema {
    Args.notBlank(idColumn, "idColumn");
    Args.notBlank(baselineColumn, "baselineColumn");
    Args.notBlank(followUpColumn, "followUpColumn");
    Args.notBlank(sessionsColumn, "sessionsColumn");
    Args.notNull(measure, "measure");
    Args.notNull(dateColumn, "dateColumn");
    categoryColumns = List.copyOf(Args.noNullElements(categoryColumns, "categoryColumns"));
    Set<String> seen = new HashSet<>();
    List<String> declared = new ArrayList<>(List.of(idColumn, baselineColumn, followUpColumn, sessionsColumn));
    dateColumn.ifPresent(declared::add);
    declared.addAll(categoryColumns);
    for (String c : declared) {
      Args.check(seen.add(c), "columns", "be distinct, but this column is declared twice", c);
    }
  }

  /**
   * Starts a builder.
   *
   * @param measure the measure of the baseline and follow-up scores
   * @return the builder
   */
  public static Builder builder(OutcomeMeasure measure) {
    return new Builder(measure);
  }

  /**
   * Every declared column, in the order id, baseline, follow-up, sessions, date, categories.
   *
   * @return the column names
   */
  public List<String> columns() {
    List<String> all = new ArrayList<>(List.of(idColumn, baselineColumn, followUpColumn, sessionsColumn));
    dateColumn.ifPresent(all::add);
    all.addAll(categoryColumns);
    return all;
  }

  /** Builds a {@link ParticipantSchema}. */
  public static final class Builder {
    private final OutcomeMeasure measure;
    private String id = "participant_id";
    private String baseline;
    private String followUp;
    private String sessions = "sessions_attended";
    private String date;
    private final List<String> categories = new ArrayList<>();

    private Builder(OutcomeMeasure measure) {
      this.measure = Args.notNull(measure, "measure");
    }

    /**
     * Sets the id column (default {@code participant_id}).
     *
     * @param column the column
     * @return this builder
     */
    public Builder id(String column) {
      this.id = column;
      return this;
    }

    /**
     * Sets the score columns.
     *
     * @param baselineColumn first score
     * @param followUpColumn last score
     * @return this builder
     */
    public Builder scores(String baselineColumn, String followUpColumn) {
      this.baseline = baselineColumn;
      this.followUp = followUpColumn;
      return this;
    }

    /**
     * Sets the sessions column (default {@code sessions_attended}).
     *
     * @param column the column
     * @return this builder
     */
    public Builder sessions(String column) {
      this.sessions = column;
      return this;
    }

    /**
     * Declares a date column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder date(String column) {
      this.date = column;
      return this;
    }

    /**
     * Adds categorical columns.
     *
     * @param columns the columns
     * @return this builder
     */
    public Builder categories(String... columns) {
      categories.addAll(List.of(columns));
      return this;
    }

    /**
     * Builds the schema.
     *
     * @return the schema
     */
    public ParticipantSchema build() {
      return new ParticipantSchema(id, baseline, followUp, sessions, measure, Optional.ofNullable(date), categories);
    }
  }
}
