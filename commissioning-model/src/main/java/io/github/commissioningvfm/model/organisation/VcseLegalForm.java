package io.github.commissioningvfm.model.organisation;

/**
 * The legal forms a VCSE organisation commonly takes in England (Sheaff et al. 2024, HSDR 12(39),
 * appendix table 15, source lines 3807-3830, classifies NHS suppliers by the same forms), and which
 * registers each form appears on.
 *
 * <p>A charitable incorporated organisation is registered with the Charity Commission only; a
 * community interest company cannot be a charity; a non-charitable company limited by guarantee is
 * on the Companies House register only; a community benefit society is registered with the FCA and
 * named in the Companies House index under a society number ({@code IP...}), and when charitable is
 * an exempt charity not registered with the Charity Commission; trusts and unincorporated associations are not
 * incorporated and so have no company number.
 *
 * @since 0.1.0
 */
public enum VcseLegalForm {
  /** A charitable company limited by guarantee. */
  CHARITABLE_COMPANY(true, true),
  /** A charitable incorporated organisation (CIO). */
  CHARITABLE_INCORPORATED_ORGANISATION(true, false),
  /** A charitable trust. */
  CHARITABLE_TRUST(true, false),
  /** A community interest company (CIC). */
  COMMUNITY_INTEREST_COMPANY(false, true),
  /** A community benefit society. */
  COMMUNITY_BENEFIT_SOCIETY(false, true),
  /** An unincorporated association or community group. */
  UNINCORPORATED_ASSOCIATION(true, false),
  /** A company limited by guarantee that is not a charity (a not-for-profit or social enterprise company). */
  COMPANY_LIMITED_BY_GUARANTEE(false, true);

  private final boolean charityNumber;
  private final boolean companyNumber;

  VcseLegalForm(boolean charityNumber, boolean companyNumber) {
    this.charityNumber = charityNumber;
    this.companyNumber = companyNumber;
  }

  /**
   * Whether an organisation of this form can hold a Charity Commission number.
   *
   * @return true for charitable companies, CIOs, charitable trusts and unincorporated associations
   */
  public boolean canHaveCharityNumber() {
    return charityNumber;
  }

  /**
   * Whether an organisation of this form can hold a Companies House number.
   *
   * @return true for companies (charitable or not), CICs and registered societies
   */
  public boolean canHaveCompanyNumber() {
    return companyNumber;
  }
}
