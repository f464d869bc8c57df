package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The procurement route chosen for a service, with the justification the regime requires to be
 * recorded for a non-competitive award.
 *
 * @param route the route
 * @param decided the date of the decision
 * @param justification why this route; required when the route is not competitive
 * @since 0.1.0
 */
public record RouteDecision(ProcurementRoute route, LocalDate decided, Optional<String> justification) {

  /**
   * Creates a decision.
   *
   * @param route the route
   * @param decided the date of the decision
   * @param justification why; required for a non-competitive route
   */
  public RouteDecision {
    Args.notNull(route, "route");
    Args.notNull(decided, "decided");
    Args.notNull(justification, "justification");
    Args.check(route.isCompetitive() || justification.filter(j -> !j.isBlank()).isPresent(), "justification",
        "be recorded for the non-competitive route " + route, justification);
  }
}
