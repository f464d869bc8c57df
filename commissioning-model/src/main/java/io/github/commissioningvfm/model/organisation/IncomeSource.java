package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.Optional;

/**
 * One stream of a VCSE organisation's annual income.
 *
 * @param name what the income is, e.g. "ICB crisis contract"
 * @param kind where it comes from
 * @param funder the funding organisation's code, when known (needed to measure dependency on it)
 * @param annualAmount the income in the year; not negative
 * @since 0.1.0
 */
public record IncomeSource(String name, IncomeSourceKind kind, Optional<OrganisationCode> funder,
    Money annualAmount) {

  /**
   * Creates an income source.
   *
   * @param name what the income is
   * @param kind where it comes from
   * @param funder the funder's code, if known
   * @param annualAmount the income; not negative
   */
  public IncomeSource {
    Args.notBlank(name, "name");
    Args.notNull(kind, "kind");
    Args.notNull(funder, "funder");
    Args.notNull(annualAmount, "annualAmount");
    Args.check(!annualAmount.isNegative(), "annualAmount", "not be negative", annualAmount);
  }

  /**
   * Income from a named funder.
   *
   * @param name what the income is
   * @param kind where it comes from
   * @param funder the funder's code
   * @param annualAmount the income
   * @return the source
   */
  public static IncomeSource from(String name, IncomeSourceKind kind, String funder, Money annualAmount) {
    return new IncomeSource(name, kind, Optional.of(OrganisationCode.of(funder)), annualAmount);
  }

  /**
   * Income with no single funder (donations, trading).
   *
   * @param name what the income is
   * @param kind where it comes from
   * @param annualAmount the income
   * @return the source
   */
  public static IncomeSource of(String name, IncomeSourceKind kind, Money annualAmount) {
    return new IncomeSource(name, kind, Optional.empty(), annualAmount);
  }
}
