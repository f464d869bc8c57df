package io.github.commissioningvfm.model.place;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A pooled budget with its three roles kept apart: the payers (each organisation's contribution),
 * the commissioner who decides what the pool buys, and the manager (host) who holds and accounts
 * for the money. In the 2025 Place study a local authority often commissioned, on the partners'
 * collective behalf, care paid for from NHS money in the Better Care Fund.
 *
 * @param name the pool's name
 * @param basis Section 75 or Better Care Fund
 * @param year the financial year
 * @param contributions each payer's contribution; at least one, one per organisation
 * @param commissioner who commissions from the pool
 * @param manager who hosts and manages the pool
 * @since 0.1.0
 */
public record PooledArrangement(String name, PoolBasis basis, FinancialYear year, List<PoolContribution> contributions,
    String commissioner, String manager) {

  /**
   * Creates a pooled arrangement.
   *
   * @param name the name
   * @param basis the basis
   * @param year the year
   * @param contributions the contributions
   * @param commissioner the commissioner
   * @param manager the manager
   */
  public PooledArrangement {
    Args.notBlank(name, "name");
    Args.notNull(basis, "basis");
    Args.notNull(year, "year");
    contributions = List.copyOf(Args.notEmpty(Args.noNullElements(contributions, "contributions"), "contributions"));
    Set<String> seen = new HashSet<>();
    for (PoolContribution c : contributions) {
      Args.check(seen.add(c.organisation()), "contributions", "name each organisation once, but repeat",
          c.organisation());
    }
    Args.notBlank(commissioner, "commissioner");
    Args.notBlank(manager, "manager");
  }

  /**
   * The pool's total: the sum of contributions.
   *
   * @return the total
   */
  public Money total() {
    return contributions.stream().map(PoolContribution::amount).reduce(Money.ZERO, Money::plus);
  }

  /**
   * The pool in words: basis, payers with shares, commissioner and manager.
   *
   * @return the text
   */
  @Override
  public String toString() {
    List<String> payers = contributions.stream().map(c -> c.organisation() + " " + c.amount().format()).toList();
    return name + " (" + basis.label() + ", " + year + "): " + total().format() + " paid by "
        + String.join(", ", payers) + "; commissioned by " + commissioner + "; managed by " + manager;
  }
}
