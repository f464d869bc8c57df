package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * Where one scheme edition assigns its four mechanisms: the table of mechanisms (which also sends
 * NHS activity excluded from API and LVA, and non-NHS services without unit prices, to local
 * arrangements), the rule that NHS England's directly commissioned services are paid under API,
 * the rule that LVA applies where NHS England sets (mandates) an LVA value, and the relationship
 * types the edition excludes from LVA.
 *
 * @param mechanisms the table of mechanisms and whom they apply to
 * @param directCommissioning the rule putting NHS England's directly commissioned services under API
 * @param lvaMandate the rule that LVA applies where NHS England has set an LVA value
 * @param lvaExclusions relationship types excluded from LVA; may be empty
 * @since 0.1.0
 */
public record SchemeRules(Provenance mechanisms, Provenance directCommissioning, Provenance lvaMandate,
    List<LvaExclusion> lvaExclusions) {

  /**
   * Creates the rules.
   *
   * @param mechanisms the table of mechanisms
   * @param directCommissioning the NHS England direct commissioning rule
   * @param lvaMandate the LVA mandate rule
   * @param lvaExclusions the exclusions from LVA
   */
  public SchemeRules {
    Args.notNull(mechanisms, "mechanisms");
    Args.notNull(directCommissioning, "directCommissioning");
    Args.notNull(lvaMandate, "lvaMandate");
    lvaExclusions = List.copyOf(Args.noNullElements(lvaExclusions, "lvaExclusions"));
  }

  /**
   * The exclusion with an id, if this edition has it.
   *
   * @param id e.g. {@link LvaExclusion#MH_LEAD_PROVIDER_COLLABORATIVE}
   * @return the exclusion, or empty
   */
  public Optional<LvaExclusion> lvaExclusion(String id) {
    Args.notNull(id, "id");
    return lvaExclusions.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
