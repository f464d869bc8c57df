package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.SourcedCost;

/**
 * How one alternative is valued: at a sourced unit cost, or explicitly at zero.
 *
 * @since 0.1.0
 */
public sealed interface AlternativeCosting {

  /**
   * Valued at a unit cost per contact.
   *
   * @param unitCost the cost of one use of the alternative, with its source
   */
  record Costed(SourcedCost unitCost) implements AlternativeCosting {

    /**
     * Creates a costed alternative.
     *
     * @param unitCost the unit cost
     */
    public Costed {
      Args.notNull(unitCost, "unitCost");
    }
  }

  /**
   * Declared to carry no public cost, with the analyst's reason.
   *
   * @param reason why zero, e.g. "no public cost; informal carers' time not valued in this analysis"
   */
  record DeclaredZero(String reason) implements AlternativeCosting {

    /**
     * Creates a declared zero.
     *
     * @param reason the reason
     */
    public DeclaredZero {
      Args.notBlank(reason, "reason");
    }
  }
}
