package io.github.commissioningvfm.model.organisation;

/**
 * The kinds of body that commission public mental-health and community services in England.
 *
 * @since 0.1.0
 */
public enum CommissionerType {
  /** An integrated care board (replaced clinical commissioning groups in July 2022). */
  INTEGRATED_CARE_BOARD(SpatialLevel.SYSTEM),
  /** A county, unitary, metropolitan or London borough council. */
  LOCAL_AUTHORITY(SpatialLevel.PLACE),
  /** NHS England, for directly commissioned and specialised services. */
  NHS_ENGLAND(SpatialLevel.SYSTEM),
  /** A joint committee of several commissioners. */
  JOINT_COMMITTEE(SpatialLevel.SYSTEM),
  /** A primary care network commissioning at neighbourhood level. */
  PRIMARY_CARE_NETWORK(SpatialLevel.NEIGHBOURHOOD);

  private final SpatialLevel usualLevel;

  CommissionerType(SpatialLevel usualLevel) {
    this.usualLevel = usualLevel;
  }

  /**
   * The level this kind of commissioner usually works at.
   *
   * @return the usual spatial level
   */
  public SpatialLevel usualLevel() {
    return usualLevel;
  }
}
