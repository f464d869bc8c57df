package io.github.commissioningvfm.vfm.spi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.appraisal.AppraisalOption;
import io.github.commissioningvfm.vfm.appraisal.BenefitStream;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One source a result relies on.
 *
 * @param kind what kind of source
 * @param description the source, e.g. "PSSRU Unit Costs of Health and Social Care 2024, ..."
 * @since 0.1.0
 */
public record SourceReference(Kind kind, String description) {

  /** Validates. */
  public SourceReference {
    Args.notNull(kind, "kind");
    Args.notBlank(description, "description");
  }

  /** Kinds of source. */
  public enum Kind {
    /** A unit cost of a service (edition and key). */
    UNIT_COST,
    /** A monetary value of an outcome, or an amount given directly. */
    VALUE,
    /** The price index used to rebase amounts. */
    PRICE_INDEX,
    /** The discount schedule. */
    DISCOUNT_SCHEDULE,
    /** The optimism-bias uplift. */
    OPTIMISM_BIAS,
    /** Anything else a method relies on. */
    METHOD
  }

  /**
   * The sources of an appraisal's inputs: the provenance of every benefit's unit value, and the
   * price index used to rebase, if any, in order of appearance and without duplicates.
   *
   * @param appraisal the appraisal
   * @return the sources
   */
  public static List<SourceReference> of(Appraisal appraisal) {
    Args.notNull(appraisal, "appraisal");
    Set<SourceReference> out = new LinkedHashSet<>();
    for (AppraisalOption o : appraisal.options()) {
      for (BenefitStream b : o.benefits()) {
        Provenance p = b.valuation().provenance();
        boolean unitCost = b.valuation() instanceof BenefitValuation.Quantified q
            && q.kind() == BenefitValuation.QuantityKind.AVOIDED_USE;
        out.add(new SourceReference(unitCost ? Kind.UNIT_COST : Kind.VALUE, p.describe()));
      }
    }
    appraisal.rebasing().ifPresent(p -> out.add(new SourceReference(Kind.PRICE_INDEX, p.describe())));
    return new ArrayList<>(out);
  }
}
