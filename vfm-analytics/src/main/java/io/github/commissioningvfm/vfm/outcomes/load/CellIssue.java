package io.github.commissioningvfm.vfm.outcomes.load;

/**
 * Why a cell holds no usable value.
 *
 * @since 0.1.0
 */
public enum CellIssue {
  /** Empty or whitespace only. */
  BLANK(true),
  /** An explicit "not available" marker: {@code n/a}, {@code na}, {@code n.a.}, {@code null}, {@code -}. */
  NOT_AVAILABLE(true),
  /** A spreadsheet error code such as {@code #VALUE!}, {@code #REF!}, {@code #N/A}, {@code #DIV/0!}. */
  SPREADSHEET_ERROR(false),
  /** A number written with thousands separators, e.g. {@code 1,234}: ambiguous, not parsed. */
  THOUSANDS_SEPARATOR(false),
  /** Text that is not a plain decimal number. */
  NOT_A_NUMBER(false),
  /** A number with a fractional part where a whole number (a count) is required. */
  NOT_A_WHOLE_NUMBER(false),
  /** Text that is not a date in any accepted form. */
  NOT_A_DATE(false),
  /**
   * A whole number above its documented bound, e.g. more than
   * {@value ParticipantData#MAX_SESSIONS} sessions attended.
   */
  OUT_OF_RANGE(false);

  private final boolean missing;

  CellIssue(boolean missing) {
    this.missing = missing;
  }

  /**
   * Whether the issue means the value is missing (blank or marked not available), as opposed to
   * present but invalid.
   *
   * @return true for {@link #BLANK} and {@link #NOT_AVAILABLE}
   */
  public boolean isMissing() {
    return missing;
  }
}
