package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import java.util.List;

/**
 * The mechanism a scheme edition applies to a funding flow, and why.
 *
 * @param mechanism the mechanism
 * @param edition the scheme edition that decided, e.g. "2025/26"
 * @param explanation the reasoning in words
 * @param citations the scheme rules relied on; may be empty
 * @since 0.1.0
 */
public record MechanismSelection(SchemeMechanism mechanism, String edition, String explanation,
    List<Provenance> citations) {

  /**
   * Creates a selection.
   *
   * @param mechanism the mechanism
   * @param edition the edition
   * @param explanation the reasoning
   * @param citations the rules relied on
   */
  public MechanismSelection {
    Args.notNull(mechanism, "mechanism");
    Args.notBlank(edition, "edition");
    Args.notBlank(explanation, "explanation");
    citations = List.copyOf(Args.noNullElements(citations, "citations"));
  }
}
