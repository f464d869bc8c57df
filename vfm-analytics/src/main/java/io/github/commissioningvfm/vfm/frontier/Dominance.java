package io.github.commissioningvfm.vfm.frontier;

/**
 * An option's place among options compared by cost and effect: on the efficient frontier, dominated,
 * or extendedly dominated (method in the package documentation). Cost-effectiveness rankings
 * ({@code vfm.cea}) and incremental cost-utility analyses ({@code vfm.cua}) both report it.
 *
 * @since 0.1.0
 */
public enum Dominance {
  /** On the efficient frontier. */
  NON_DOMINATED("on the efficient frontier"),
  /** Another option costs no more and achieves at least as much. */
  DOMINATED("dominated"),
  /** A mix of two frontier options would achieve more at the same cost. */
  EXTENDEDLY_DOMINATED("extendedly dominated");

  private final String label;

  Dominance(String label) {
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
