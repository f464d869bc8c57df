package io.github.commissioningvfm.model.place;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An option's results for each organisation beside the whole system's, because each organisation
 * answers for its own balance sheet: the 2025 Place study found organisations defaulting to their
 * own priorities where decisions were not delegated. The whole-system net is the sum of the
 * organisations' nets; an organisation that loses while the system gains is named.
 *
 * @param option the option appraised
 * @param organisations each organisation's costs and savings; at least one, each named once
 * @since 0.1.0
 */
public record SystemComparison(String option, List<OrganisationResult> organisations) {

  /**
   * Creates a comparison.
   *
   * @param option the option
   * @param organisations the results
   */
  public SystemComparison {
    Args.notBlank(option, "option");
    organisations = List.copyOf(Args.notEmpty(Args.noNullElements(organisations, "organisations"), "organisations"));
    Set<String> seen = new HashSet<>();
    organisations.forEach(o -> Args.check(seen.add(o.organisation()), "organisations",
        "name each organisation once, but repeat", o.organisation()));
  }

  /**
   * The whole system's net: the sum of the organisations' nets.
   *
   * @return the net
   */
  public Money systemNet() {
    return organisations.stream().map(OrganisationResult::net).reduce(Money.ZERO, Money::plus);
  }

  /**
   * The organisations whose own net is negative while the system's is positive: those whose
   * balance sheet argues against an option the system gains from.
   *
   * @return their names, in input order
   */
  public List<String> losersInAGainingSystem() {
    if (!systemNet().isPositive()) {
      return List.of();
    }
    return organisations.stream().filter(o -> o.net().isNegative()).map(OrganisationResult::organisation).toList();
  }

  /**
   * The table in words: each organisation's net, then the system's, then who loses.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(option + ":");
    organisations.forEach(o -> out.append("\n  ").append(o.organisation()).append(": pays ")
        .append(o.costs().format()).append(", saves ").append(o.savings().format()).append(", net ")
        .append(o.net().format()));
    out.append("\n  whole system: net ").append(systemNet().format());
    List<String> losers = losersInAGainingSystem();
    if (!losers.isEmpty()) {
      out.append("\n  the system gains but ").append(String.join(", ", losers))
          .append(" would lose on its own balance sheet");
    }
    return out.toString();
  }
}
