package io.github.commissioningvfm.model.place;

/**
 * The legal basis of a pooled arrangement.
 *
 * @since 0.1.0
 */
public enum PoolBasis {
  /** A Section 75 agreement (National Health Service Act 2006, section 75) between NHS bodies and local authorities. */
  SECTION_75("Section 75 agreement"),
  /** The Better Care Fund: a pooled fund held under a Section 75 agreement, with a plan the health and wellbeing board signs off. */
  BETTER_CARE_FUND("Better Care Fund pool");

  private final String label;

  PoolBasis(String label) {
    this.label = label;
  }

  /**
   * The basis in words.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
