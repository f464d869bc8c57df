package io.github.commissioningvfm.model.organisation;

/**
 * A party to commissioning: a {@link Commissioner} or a {@link Provider}.
 *
 * @since 0.1.0
 */
public sealed interface Organisation permits Commissioner, Provider {

  /**
   * The organisation's code.
   *
   * @return the ODS-style code
   */
  OrganisationCode code();

  /**
   * The organisation's name.
   *
   * @return the name
   */
  String name();
}
