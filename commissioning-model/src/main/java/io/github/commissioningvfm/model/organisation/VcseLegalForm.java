package io.github.commissioningvfm.model.organisation;

/**
 * The legal forms a VCSE organisation commonly takes in England.
 *
 * @since 0.1.0
 */
public enum VcseLegalForm {
  /** A charitable company limited by guarantee. */
  CHARITABLE_COMPANY,
  /** A charitable incorporated organisation (CIO). */
  CHARITABLE_INCORPORATED_ORGANISATION,
  /** A charitable trust. */
  CHARITABLE_TRUST,
  /** A community interest company (CIC). */
  COMMUNITY_INTEREST_COMPANY,
  /** A community benefit society. */
  COMMUNITY_BENEFIT_SOCIETY,
  /** An unincorporated association or community group. */
  UNINCORPORATED_ASSOCIATION
}
