package io.github.commissioningvfm.vfm.appraisal;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.provenance.SourcedCost;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How the gross yearly value of a benefit is obtained.
 *
 * <ul>
 *   <li>{@link Quantified} with {@link QuantityKind#AVOIDED_USE}: avoided volume x unit cost, e.g.
 *       A&amp;E attendances avoided x the National Cost Collection unit cost;</li>
 *   <li>{@link Quantified} with {@link QuantityKind#OUTCOME_CHANGE}: outcome change x a monetary
 *       value per unit of outcome;</li>
 *   <li>{@link Direct}: yearly amounts given directly, with a description of where they come from.</li>
 * </ul>
 * Gross value in year {@code t}: {@code quantity(t) x unitValue} or {@code amount(t)}.
 */
public sealed interface BenefitValuation {

  /**
   * The gross value in each year, year 0 first, in the unit value's price base.
   *
   * @return the yearly gross values
   */
  List<Cost> grossAmounts();

  /**
   * The number of years valued.
   *
   * @return the number of yearly values
   */
  int years();

  /**
   * The price base of the value of one year, without computing it.
   *
   * @param year the year index
   * @return the price base
   */
  FinancialYear priceBaseOfYear(int year);



  /**
   * Where the value comes from (a unit-cost edition and key, or a user-supplied description).
   *
   * @return the provenance
   */
  Provenance provenance();

  /**
   * A benefit valued as avoided service use x unit cost.
   *
   * @param volumes avoided volume in each year, year 0 first, not negative
   * @param unitCost the unit cost of the avoided service, with its provenance
   * @return the valuation
   */
  static Quantified avoidedUse(List<BigDecimal> volumes, SourcedCost unitCost) {
    return new Quantified(QuantityKind.AVOIDED_USE, volumes, unitCost);
  }

  /**
   * A benefit valued as outcome change x monetary value per unit of outcome.
   *
   * @param changes the outcome change in each year, year 0 first, not negative
   * @param valuePerUnit the value of one unit of outcome, with its provenance
   * @return the valuation
   */
  static Quantified outcomeChange(List<BigDecimal> changes, SourcedCost valuePerUnit) {
    return new Quantified(QuantityKind.OUTCOME_CHANGE, changes, valuePerUnit);
  }

  /**
   * A benefit given directly as yearly amounts.
   *
   * @param amounts the yearly amounts, year 0 first, not negative
   * @param description where the amounts come from
   * @return the valuation
   */
  static Direct direct(List<Cost> amounts, String description) {
    return new Direct(amounts, Provenance.userSupplied(description));
  }

  /** What a quantified benefit counts. */
  enum QuantityKind {
    /** Service use avoided (attendances, contacts, bed days). */
    AVOIDED_USE,
    /** A change in an outcome measure valued in money. */
    OUTCOME_CHANGE
  }

  /**
   * Quantity x unit value.
   *
   * @param kind what the quantity counts
   * @param quantities quantity in each year, not negative
   * @param unitValue value of one unit, with provenance
   */
  record Quantified(QuantityKind kind, List<BigDecimal> quantities, SourcedCost unitValue)
      implements BenefitValuation {

    /** Validates and copies. */
    public Quantified {
      Args.notNull(kind, "kind");
      quantities = List.copyOf(Args.notEmpty(quantities, "quantities"));
      for (int year = 0; year < quantities.size(); year++) {
        if (quantities.get(year).signum() < 0) {
          throw new IllegalArgumentException("Argument 'quantities' must not be negative in year " + year
              + ": " + quantities.get(year).toPlainString());
        }
      }
      Args.notNull(unitValue, "unitValue");
      if (unitValue.cost().amount().signum() < 0) {
        throw new IllegalArgumentException("Argument 'unitValue' must not be negative: " + unitValue);
      }
    }

    @Override
    public List<Cost> grossAmounts() {
      List<Cost> out = new ArrayList<>(quantities.size());
      for (BigDecimal q : quantities) {
        out.add(unitValue.cost().multipliedBy(q));
      }
      return out;
    }

    @Override
    public Provenance provenance() {
      return unitValue.provenance();
    }

    @Override
    public int years() {
      return quantities.size();
    }

    @Override
    public FinancialYear priceBaseOfYear(int year) {
      Args.inRange(year, 0, quantities.size() - 1, "year");
      return unitValue.cost().priceBase();
    }


    /**
     * The total quantity over all years.
     *
     * @return the sum of the yearly quantities
     */
    public BigDecimal totalQuantity() {
      return quantities.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * Amounts given directly.
   *
   * @param amounts the yearly amounts, not negative
   * @param provenance where they come from
   */
  record Direct(List<Cost> amounts, Provenance provenance) implements BenefitValuation {

    /** Validates and copies. */
    public Direct {
      amounts = List.copyOf(Args.notEmpty(amounts, "amounts"));
      PriceBases.requireOne("combine in one benefit valuation", amounts);
      for (int year = 0; year < amounts.size(); year++) {
        if (amounts.get(year).amount().signum() < 0) {
          throw new IllegalArgumentException("Argument 'amounts' must not be negative in year " + year
              + ": " + amounts.get(year).amount());
        }
      }
      Args.notNull(provenance, "provenance");
    }

    @Override
    public List<Cost> grossAmounts() {
      return amounts;
    }

    @Override
    public int years() {
      return amounts.size();
    }

    @Override
    public FinancialYear priceBaseOfYear(int year) {
      return amounts.get(Args.inRange(year, 0, amounts.size() - 1, "year")).priceBase();
    }

  }
}
