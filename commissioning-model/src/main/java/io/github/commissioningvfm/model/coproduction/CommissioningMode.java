package io.github.commissioningvfm.model.coproduction;

/**
 * The mode of commissioning (Sheaff et al. 2024, HSDR 12(39), ch. 4 and ch. 7, source lines
 * 2355-2357: the two modes "coexisted in parallel while also partly conflicting").
 *
 * @since 0.1.0
 */
public enum CommissioningMode {
  /** Principal and agent: competitive procurement and control through contract terms and monitoring. */
  COMMODIFIED,
  /** Co-production and negotiated division of labour; control through persuasion. */
  COLLABORATIVE,
  /** Both at once: co-production around a competitive procurement. */
  HYBRID;

  /**
   * The mode a cycle shows.
   *
   * <pre>
   *   competitive and shared roles   -> HYBRID
   *   competitive only               -> COMMODIFIED
   *   shared roles only              -> COLLABORATIVE
   * </pre>
   *
   * @param competitive whether providers competed (a tender was issued)
   * @param sharedRoles whether anyone took a role that shares commissioning (co-designer and above)
   * @return the mode, empty when the cycle shows neither
   */
  public static java.util.Optional<CommissioningMode> of(boolean competitive, boolean sharedRoles) {
    if (competitive) {
      return java.util.Optional.of(sharedRoles ? HYBRID : COMMODIFIED);
    }
    return sharedRoles ? java.util.Optional.of(COLLABORATIVE) : java.util.Optional.empty();
  }
}
