package io.github.commissioningvfm.vfm.appraisal;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.internal.PriceBases;
import io.github.commissioningvfm.model.money.Cost;
import java.util.List;

/**
 * One line of yearly costs of an option, with the party that bears it.
 *
 * @param name a short name, unique within the option, e.g. "staff"
 * @param bearer who pays
 * @param amounts one amount per appraisal year, year 0 first; none negative
 */
public record CostStream(String name, Perspective bearer, List<Cost> amounts) {

  /** Validates and copies. */
  public CostStream {
    Args.notBlank(name, "name");
    Args.notNull(bearer, "bearer");
    amounts = List.copyOf(Args.notEmpty(amounts, "amounts"));
    PriceBases.requireOne("combine in one cost stream", amounts);
    for (int year = 0; year < amounts.size(); year++) {
      if (amounts.get(year).amount().signum() < 0) {
        throw new IllegalArgumentException("Cost stream '" + name + "', year " + year
            + ": amount must not be negative: " + amounts.get(year).amount());
      }
    }
  }

  /**
   * Creates a stream with the same cost in every year.
   *
   * @param name the name
   * @param bearer who pays
   * @param amount the yearly amount
   * @param years the number of years
   * @return the stream
   */
  public static CostStream constant(String name, Perspective bearer, Cost amount, int years) {
    Args.notNull(amount, "amount");
    Args.positive(years, "years");
    return new CostStream(name, bearer, java.util.Collections.nCopies(years, amount));
  }
}
