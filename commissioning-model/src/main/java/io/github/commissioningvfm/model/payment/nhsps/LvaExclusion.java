package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;

/**
 * A kind of relationship a scheme edition excludes from low volume activity block payments.
 *
 * @param id a stable id, e.g. "mh-lead-provider-collaborative"
 * @param description what is excluded, in words
 * @param source where the edition excludes it
 * @since 0.1.0
 */
public record LvaExclusion(String id, String description, Provenance source) {

  /** The id of the 2025/26 exclusion of mental health lead provider collaborative contracts. */
  public static final String MH_LEAD_PROVIDER_COLLABORATIVE = "mh-lead-provider-collaborative";

  /**
   * Creates an exclusion.
   *
   * @param id the id
   * @param description what is excluded
   * @param source where stated
   */
  public LvaExclusion {
    Args.notBlank(id, "id");
    Args.notBlank(description, "description");
    Args.notNull(source, "source");
  }
}
