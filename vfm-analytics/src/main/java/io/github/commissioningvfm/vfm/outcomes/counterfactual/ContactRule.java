package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionRule;
import java.util.Locale;

/**
 * The contact loader's exclusion rules, in the order they are applied.
 *
 * @since 0.1.0
 */
public enum ContactRule implements ExclusionRule {
  /** The row had the wrong number of fields. */
  MALFORMED_ROW("row has the wrong number of fields"),
  /** The date or financial year is blank or unreadable. */
  INVALID_DATE("contact date or financial year blank or unreadable"),
  /** The date is readable but outside the years a financial year can have (1900/01 to 2998/99). */
  DATE_OUT_OF_RANGE("contact date outside the supported years (1900/01 to 2998/99)"),
  /** The attended column, when declared, is not yes/y/true/1/attended. */
  NOT_ATTENDED("contact not attended"),
  /** Blank, or n/a, na, n.a., null: no answer recorded. */
  BLANK_ALTERNATIVE("no alternative stated"),
  /** A spreadsheet error code such as {@code #N/A}. */
  INVALID_ALTERNATIVE("alternative holds a spreadsheet error code");

  private final String description;
  private final String id;

  ContactRule(String description) {
    this.description = description;
    this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant's name in lower case with hyphens, e.g. {@code "blank-alternative"}. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }
}
