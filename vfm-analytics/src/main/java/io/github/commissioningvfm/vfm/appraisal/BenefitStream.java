package io.github.commissioningvfm.vfm.appraisal;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of yearly benefits of an option: how it is valued, who receives it, whether it is
 * cashable, and its impact adjustments.
 *
 * <p>Net value in year {@code t}: {@code gross(t) x adjustments.factor(t)} (see
 * {@link ImpactAdjustments}).
 *
 * @param name a short name, unique within the option, e.g. "A&amp;E attendances avoided"
 * @param recipient who receives the benefit (whose budget saves)
 * @param cashable true if the saving releases budget that can be spent elsewhere
 * @param valuation how the gross value is obtained
 * @param adjustments impact adjustments
 * @since 0.1.0
 */
public record BenefitStream(String name, Perspective recipient, boolean cashable, BenefitValuation valuation,
    ImpactAdjustments adjustments) {

  /** Validates. */
  public BenefitStream {
    Args.notBlank(name, "name");
    Args.notNull(recipient, "recipient");
    Args.notNull(valuation, "valuation");
    Args.notNull(adjustments, "adjustments");
  }

  /**
   * A stream without impact adjustments.
   *
   * @param name the name
   * @param recipient who receives it
   * @param cashable whether it is cashable
   * @param valuation how it is valued
   * @return the stream
   */
  public static BenefitStream of(String name, Perspective recipient, boolean cashable, BenefitValuation valuation) {
    return new BenefitStream(name, recipient, cashable, valuation, ImpactAdjustments.NONE);
  }

  /**
   * Returns a copy with other impact adjustments.
   *
   * @param newAdjustments the adjustments
   * @return the copy
   */
  public BenefitStream withAdjustments(ImpactAdjustments newAdjustments) {
    return new BenefitStream(name, recipient, cashable, valuation, newAdjustments);
  }

  /**
   * The number of years the stream covers.
   *
   * @return the number of yearly values
   */
  public int years() {
    return valuation.grossAmounts().size();
  }

  /**
   * The net value in each year: {@code gross(t) x adjustments.factor(t)}.
   *
   * @return the yearly net values, year 0 first
   */
  public List<Cost> netAmounts() {
    List<Cost> gross = valuation.grossAmounts();
    List<Cost> out = new ArrayList<>(gross.size());
    for (int year = 0; year < gross.size(); year++) {
      out.add(gross.get(year).multipliedBy(adjustments.factor(year)));
    }
    return out;
  }
}
