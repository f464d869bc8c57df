package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;

/**
 * A body that commissions services.
 *
 * @param code the ODS-style code
 * @param name the name
 * @param type the kind of commissioner
 * @param level the level it commissions this service at
 * @since 0.1.0
 */
public record Commissioner(OrganisationCode code, String name, CommissionerType type, SpatialLevel level)
    implements Organisation {

  /**
   * Creates a commissioner.
   *
   * @param code the ODS-style code
   * @param name the name
   * @param type the kind of commissioner
   * @param level the level it commissions this service at
   */
  public Commissioner {
    Args.notNull(code, "code");
    Args.notBlank(name, "name");
    Args.notNull(type, "type");
    Args.notNull(level, "level");
  }

  /**
   * A commissioner working at its type's usual level.
   *
   * @param code the ODS-style code
   * @param name the name
   * @param type the kind of commissioner
   * @return the commissioner
   */
  public static Commissioner of(String code, String name, CommissionerType type) {
    return new Commissioner(OrganisationCode.of(code), name, Args.notNull(type, "type"), type.usualLevel());
  }
}
