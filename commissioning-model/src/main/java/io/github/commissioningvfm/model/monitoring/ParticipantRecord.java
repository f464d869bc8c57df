package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Optional;

/**
 * One participant of a service, as a provider's records hold it.
 *
 * @param id the participant's id, unique within the service
 * @param referralRoute how the participant came to the service, e.g. "GP", "self-referral"
 * @param deprivationDecile the Index of Multiple Deprivation decile of their area (1 most deprived,
 *     10 least), if recorded
 * @param subgroup a subgroup recorded for reach analysis (e.g. age band or ethnicity), if any
 * @param completed whether the participant completed the intervention
 * @since 0.1.0
 */
public record ParticipantRecord(String id, String referralRoute, Optional<Integer> deprivationDecile,
    Optional<String> subgroup, boolean completed) {

  /**
   * Creates a record.
   *
   * @param id the id
   * @param referralRoute the route
   * @param deprivationDecile the decile, if known
   * @param subgroup the subgroup, if known
   * @param completed whether completed
   */
  public ParticipantRecord {
    Args.notBlank(id, "id");
    Args.notBlank(referralRoute, "referralRoute");
    Args.notNull(deprivationDecile, "deprivationDecile");
    deprivationDecile.ifPresent(d -> Args.inRange(d, 1, 10, "deprivationDecile"));
    Args.notNull(subgroup, "subgroup");
    subgroup.ifPresent(s -> Args.notBlank(s, "subgroup"));
  }
}
