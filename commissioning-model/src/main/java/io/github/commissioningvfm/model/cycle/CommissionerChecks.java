package io.github.commissioningvfm.model.cycle;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a commissioning history against who was responsible for each cycle: every event is
 * attributed to the responsibilities of its cycle that cover its date, and an event attributed to
 * a kind of body that did not exist on that date (a clinical commissioning group after 30 June
 * 2022, an integrated care board before 1 July 2022) is a
 * {@link FindingKind#COMMISSIONER_NOT_IN_EXISTENCE} finding. Events with no responsibility
 * recorded are not judged.
 *
 * @since 0.1.0
 */
public final class CommissionerChecks {

  private CommissionerChecks() {
  }

  /**
   * The findings about commissioners in a history.
   *
   * @param history the history
   * @param responsibilities who was responsible for which cycle, when
   * @return the findings, in event order
   */
  public static List<Finding> findings(CommissioningHistory history, List<Responsibility> responsibilities) {
    Args.notNull(history, "history");
    Args.noNullElements(responsibilities, "responsibilities");
    List<Finding> out = new ArrayList<>();
    for (CommissioningEvent e : history.events()) {
      for (Responsibility r : responsibilities) {
        if (!r.cycle().equals(e.cycle()) || !r.covers(e.date())) {
          continue;
        }
        r.commissioner().type().whyNotOn(e.date()).ifPresent(why -> out.add(new Finding(
            FindingKind.COMMISSIONER_NOT_IN_EXISTENCE, e.cycle(), Optional.of(e.date()), e.type() + " on "
                + e.date() + " recorded for " + r.commissioner().name() + ": " + why)));
      }
    }
    return out;
  }
}
