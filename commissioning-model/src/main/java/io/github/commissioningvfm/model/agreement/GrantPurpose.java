package io.github.commissioningvfm.model.agreement;

/**
 * What a grant pays for (Sheaff et al. 2024, HSDR 12(39), ch. 4 "Agreements and payments", p. 39,
 * source line 1300: grants for specified activities, to maintain capacity and continuity, and for
 * activities hard to specify in advance).
 *
 * @since 0.1.0
 */
public enum GrantPurpose {
  /** Core funding: the organisation's running costs, not tied to one activity. */
  CORE,
  /** Project funding: specified activities. */
  PROJECT,
  /** Capacity funding: building or keeping the organisation's capacity (staff, systems, continuity). */
  CAPACITY
}
