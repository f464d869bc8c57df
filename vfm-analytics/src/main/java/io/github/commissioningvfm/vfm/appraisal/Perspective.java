package io.github.commissioningvfm.vfm.appraisal;

/**
 * Who bears a cost or receives a benefit, and the point of view from which results are reported.
 *
 * <p>A flow is tagged with the party it falls on. Reporting from a perspective counts the flows
 * that perspective {@link #includes(Perspective) includes}: each budget-holding perspective counts
 * its own flows only; {@link #WIDER_PUBLIC_SECTOR} counts every public-sector flow; {@link #SOCIETY}
 * counts everything, including flows falling on individuals, families and communities.
 *
 * @since 0.1.0
 */
public enum Perspective {
  /** The commissioning body funding the service (an ICB or a council's commissioning team). */
  COMMISSIONER,
  /** NHS providers other than the commissioner (acute trusts, ambulance, mental-health trusts, GPs). */
  NHS,
  /** Local authority services (social care, housing, public health). */
  LOCAL_AUTHORITY,
  /** Other public bodies (police, courts, DWP, education); as a perspective, all public-sector flows. */
  WIDER_PUBLIC_SECTOR,
  /** Individuals, families, carers and communities; as a perspective, every flow. */
  SOCIETY;

  /**
   * Whether a flow falling on {@code party} counts from this perspective.
   *
   * @param party the party a flow falls on
   * @return true for the same party; for {@link #WIDER_PUBLIC_SECTOR}, any party but
   *     {@link #SOCIETY}; for {@link #SOCIETY}, every party
   */
  public boolean includes(Perspective party) {
    if (this == SOCIETY) {
      return true;
    }
    if (this == WIDER_PUBLIC_SECTOR) {
      return party != SOCIETY;
    }
    return this == party;
  }

  /**
   * The perspective in words, for reports, e.g. "wider public sector".
   *
   * @return the label
   */
  public String label() {
    return switch (this) {
      case COMMISSIONER -> "commissioner";
      case NHS -> "NHS";
      case LOCAL_AUTHORITY -> "local authority";
      case WIDER_PUBLIC_SECTOR -> "wider public sector";
      case SOCIETY -> "society";
    };
  }
}
