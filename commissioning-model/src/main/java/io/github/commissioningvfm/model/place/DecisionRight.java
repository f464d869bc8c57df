package io.github.commissioningvfm.model.place;

/**
 * What a body holding a delegation may do with it.
 *
 * @since 0.1.0
 */
public enum DecisionRight {
  /** Decide, within the delegated budget and scope, without further sign-off. */
  DECIDE("decides"),
  /** Recommend; a decision needs ratification by the bodies in the ratification chain. */
  RECOMMEND("recommends, subject to ratification"),
  /** Advise only; the delegating body decides. */
  ADVISE("advises only");

  private final String phrase;

  DecisionRight(String phrase) {
    this.phrase = phrase;
  }

  /**
   * The right in words, e.g. "recommends, subject to ratification".
   *
   * @return the phrase
   */
  public String phrase() {
    return phrase;
  }
}
