package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;

/**
 * The declared layout of a contact-level file: the stated-alternative column, when the contact
 * happened (a date column, or a financial-year column such as {@code "2023/24"} when only the
 * year was recorded), and optional attended-flag and contact-id columns. Other columns are
 * ignored.
 *
 * @param alternativeColumn the stated alternative ("where would you have gone otherwise?")
 * @param dateColumn the contact date, if the file has one
 * @param yearColumn the contact's financial year, used when there is no date column
 * @param attendedColumn the attended flag, if any (yes/y/true/1/attended count as attended)
 * @param idColumn a contact or person id shown in the exclusion audit, if any
 * @since 0.1.0
 */
public record ContactSchema(String alternativeColumn, Optional<String> dateColumn, Optional<String> yearColumn,
    Optional<String> attendedColumn, Optional<String> idColumn) {

  /**
   * Creates a schema.
   *
   * @param alternativeColumn alternative column
   * @param dateColumn date column
   * @param yearColumn financial-year column
   * @param attendedColumn attended column
   * @param idColumn id column
   */
  public ContactSchema {
    Args.notBlank(alternativeColumn, "alternativeColumn");
    Args.notNull(dateColumn, "dateColumn");
    Args.notNull(yearColumn, "yearColumn");
    Args.notNull(attendedColumn, "attendedColumn");
    Args.notNull(idColumn, "idColumn");
    Args.check(dateColumn.isPresent() != yearColumn.isPresent(), "dateColumn",
        "be declared, or else yearColumn, but not both", dateColumn.orElse("(none)") + " / "
            + yearColumn.orElse("(none)"));
  }

  /**
   * Starts a builder.
   *
   * @param alternativeColumn the stated-alternative column
   * @return the builder
   */
  public static Builder builder(String alternativeColumn) {
    return new Builder(alternativeColumn);
  }

  /** Builds a {@link ContactSchema}. */
  public static final class Builder {
    private final String alternative;
    private String date;
    private String year;
    private String attended;
    private String id;

    private Builder(String alternative) {
      this.alternative = alternative;
    }

    /**
     * Declares the date column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder date(String column) {
      this.date = column;
      return this;
    }

    /**
     * Declares a financial-year column (for files without dates).
     *
     * @param column the column
     * @return this builder
     */
    public Builder financialYear(String column) {
      this.year = column;
      return this;
    }

    /**
     * Declares the attended-flag column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder attended(String column) {
      this.attended = column;
      return this;
    }

    /**
     * Declares an id column for the audit.
     *
     * @param column the column
     * @return this builder
     */
    public Builder id(String column) {
      this.id = column;
      return this;
    }

    /**
     * Builds the schema.
     *
     * @return the schema
     */
    public ContactSchema build() {
      return new ContactSchema(alternative, Optional.ofNullable(date), Optional.ofNullable(year),
          Optional.ofNullable(attended), Optional.ofNullable(id));
    }
  }
}
