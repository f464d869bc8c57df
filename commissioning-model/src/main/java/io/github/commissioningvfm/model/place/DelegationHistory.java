package io.github.commissioningvfm.model.place;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The delegations made over time, oldest first. Delegations to the same body for the same scope
 * must not overlap in time: a change of arrangements ends one delegation and starts the next, so
 * the history keeps every arrangement that ever had effect.
 *
 * @param delegations the delegations, ordered by effective date
 * @since 0.1.0
 */
public record DelegationHistory(List<Delegation> delegations) {

  /**
   * Creates a history, ordering the delegations by effective date.
   *
   * @param delegations the delegations
   */
  public DelegationHistory {
    List<Delegation> sorted = new ArrayList<>(Args.noNullElements(delegations, "delegations"));
    sorted.sort(Comparator.comparing(Delegation::effectiveFrom));
    delegations = List.copyOf(sorted);
    for (int i = 0; i < delegations.size(); i++) {
      for (int j = i + 1; j < delegations.size(); j++) {
        Delegation a = delegations.get(i);
        Delegation b = delegations.get(j);
        if (a.to().equals(b.to()) && a.scope().equals(b.scope()) && a.inForceOn(b.effectiveFrom())) {
          throw new IllegalArgumentException("delegations to " + a.to() + " for '" + a.scope() + "' overlap: one from "
              + a.effectiveFrom() + a.effectiveUntil().map(u -> " until " + u).orElse(" with no end")
              + ", another from " + b.effectiveFrom() + "; end the first the day before the second starts");
        }
      }
    }
  }

  /**
   * The delegations in force on a date.
   *
   * @param date the date
   * @return the delegations, oldest first
   */
  public List<Delegation> inForceOn(LocalDate date) {
    Args.notNull(date, "date");
    return delegations.stream().filter(d -> d.inForceOn(date)).toList();
  }

  /**
   * What a body could do about a scope on a date, in words: its right and, for a recommendation,
   * who must ratify it; or that nothing was delegated.
   *
   * @param body the receiving body
   * @param scope the scope
   * @param date the date
   * @return the answer
   */
  public String rightOn(String body, String scope, LocalDate date) {
    Args.notNull(body, "body");
    Args.notNull(scope, "scope");
    return inForceOn(date).stream().filter(d -> d.to().equals(body) && d.scope().equals(scope)).findFirst()
        .map(d -> "On " + date + " " + body + " " + d.right().phrase()
            + (d.ratificationChain().isEmpty() ? "" : " by " + String.join(", then ", d.ratificationChain()))
            + " on " + scope + " (delegated by " + d.from() + ").")
        .orElse("On " + date + " nothing about " + scope + " was delegated to " + body
            + "; decisions stayed with the delegating body.");
  }
}
