package io.github.commissioningvfm.vfm.cua;

/**
 * A strategy's place in an incremental analysis.
 *
 * @since 0.1.0
 */
public enum Status {
  /** On the efficient frontier. */
  NON_DOMINATED("on the efficient frontier"),
  /** Another strategy costs no more and achieves at least as much. */
  DOMINATED("dominated"),
  /** A mix of two frontier strategies would achieve more at the same cost. */
  EXTENDEDLY_DOMINATED("extendedly dominated");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /**
   * The status in words, e.g. "extendedly dominated".
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
