package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;

/**
 * A provider of services. A VCSE provider carries its {@link VcseProfile}; other providers do not.
 *
 * @param code the ODS-style code
 * @param name the name
 * @param type the kind of provider
 * @param vcse the legal form and income band, present exactly when the type is VCSE
 * @since 0.1.0
 */
public record Provider(OrganisationCode code, String name, ProviderType type, Optional<VcseProfile> vcse)
    implements Organisation {

  /**
   * Creates a provider.
   *
   * @param code the ODS-style code
   * @param name the name
   * @param type the kind of provider
   * @param vcse the VCSE profile, present exactly when the type is VCSE
   */
  public Provider {
    Args.notNull(code, "code");
    Args.notBlank(name, "name");
    Args.notNull(type, "type");
    Args.notNull(vcse, "vcse");
    Args.check(vcse.isPresent() == (type == ProviderType.VCSE), "vcse",
        "be present exactly when the provider type is VCSE (type " + type + ")", vcse);
  }

  /**
   * A VCSE provider.
   *
   * @param code the ODS-style code
   * @param name the name
   * @param legalForm its legal form
   * @param incomeBand its income band
   * @return the provider
   */
  public static Provider vcse(String code, String name, VcseLegalForm legalForm, IncomeBand incomeBand) {
    return new Provider(OrganisationCode.of(code), name, ProviderType.VCSE,
        Optional.of(new VcseProfile(legalForm, incomeBand)));
  }

  /**
   * A provider that is not a VCSE organisation.
   *
   * @param code the ODS-style code
   * @param name the name
   * @param type the kind of provider; not VCSE
   * @return the provider
   */
  public static Provider of(String code, String name, ProviderType type) {
    return new Provider(OrganisationCode.of(code), name, type, Optional.empty());
  }
}
