package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.provenance.Provenance;

/**
 * The ground on which a contract for relevant health care services may be modified during its
 * term without a new procurement process (Health Care Services (Provider Selection Regime)
 * Regulations 2023, SI 2023/1348, regulation 13, as made), with the rule that grants it.
 *
 * @since 0.1.0
 */
public enum ModificationGround {
  /**
   * The contract was awarded under direct award process A or B and the modification does not
   * render it materially different in character: the first question of NHS England's "Provider
   * Selection Regime: contract modifications". Regulation 13(1) is "subject to paragraph (3)",
   * which was not read, so this ground is cited to the flowchart, not to a paragraph.
   */
  DIRECT_AWARD_A_OR_B_CONTRACT("a contract awarded under direct award process A or B, not made materially "
      + "different in character", PsrModificationAssessment.FLOWCHART_A_OR_B),
  /** Clearly and unambiguously provided for in the contract documents: regulation 13(1)(a). */
  PROVIDED_FOR_IN_CONTRACT("clearly and unambiguously provided for in the contract documents",
      PsrAssessment.regulation("13-1-a", "regulation 13(1)(a) (a modification clearly and unambiguously "
          + "provided for in the contract or framework agreement documents)")),
  /**
   * Solely a change in the provider's identity by succession after a takeover, merger, acquisition
   * or insolvency, with the authority satisfied that the provider meets the basic selection
   * criteria: regulation 13(1)(b).
   */
  PROVIDER_SUCCESSION("solely a change in the provider's identity by succession, the provider meeting the basic "
      + "selection criteria", PsrAssessment.regulation("13-1-b", "regulation 13(1)(b) (solely a change in the "
          + "identity of the provider by succession; the basic selection criteria)")),
  /**
   * A response to external factors beyond the control of the authority and the provider (such as
   * patient or service-user volume, or prices set by a formula in the contract), not rendering the
   * contract materially different in character: regulation 13(1)(c).
   */
  EXTERNAL_FACTORS("a response to external factors beyond the control of the authority and the provider, not "
      + "materially different in character", PsrAssessment.regulation("13-1-c", "regulation 13(1)(c) (external "
          + "factors beyond the control of the relevant authority and the provider)")),
  /**
   * Attributable to a decision of the authority, not rendering the contract materially different in
   * character, with a cumulative change in lifetime value below GBP 500,000 or less than 25% of the
   * original lifetime value: regulation 13(1)(d) with 13(2).
   */
  AUTHORITY_DECISION("attributable to the authority's decision, not materially different in character and within "
      + "the value limits", PsrAssessment.regulation("13-1-d", "regulation 13(1)(d) (a modification attributable "
          + "to a decision of the relevant authority, meeting both criteria of 13(2))"));

  private final String description;
  private final Provenance rule;

  ModificationGround(String description, Provenance rule) {
    this.description = description;
    this.rule = rule;
  }

  /**
   * The ground in a commissioner's words.
   *
   * @return e.g. "clearly and unambiguously provided for in the contract documents"
   */
  public String description() {
    return description;
  }

  /**
   * Where the ground is published.
   *
   * @return the regulation paragraph or NHS England's flowchart
   */
  public Provenance rule() {
    return rule;
  }
}
