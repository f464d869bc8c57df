package io.github.commissioningvfm.model.coproduction;

import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.cycle.FindingKind;
import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A commissioning history with who took part in its events and who was barred from bidding.
 *
 * <p>Findings, cycle by cycle:
 * <ul>
 * <li>{@link FindingKind#CO_DESIGNER_BARRED_FROM_BIDDING}: an organisation that was a co-designer
 * in a cycle's specification or specification consultation is barred from bidding in that cycle;</li>
 * <li>{@link FindingKind#SHORT_BID_WINDOW}: fewer than the stated number of weeks (7 days each)
 * from a tender issued to the next bid deadline in the same cycle.</li>
 * </ul>
 *
 * @param history the commissioning history
 * @param participations who took part in which event; every event must be in the history
 * @param exclusions who was barred from bidding; every cycle must be in the history
 * @since 0.1.0
 */
public record CoProductionRecord(CommissioningHistory history, List<Participation> participations,
    List<BidExclusion> exclusions) {

  /**
   * Creates a record.
   *
   * @param history the history
   * @param participations the participations
   * @param exclusions the exclusions
   */
  public CoProductionRecord {
    Args.notNull(history, "history");
    participations = List.copyOf(Args.noNullElements(participations, "participations"));
    exclusions = List.copyOf(Args.noNullElements(exclusions, "exclusions"));
    for (Participation p : participations) {
      Args.check(history.events().contains(p.event()), "participations", "refer to events of the history",
          p.event());
    }
    for (BidExclusion x : exclusions) {
      Args.check(history.cycles().contains(x.cycle()), "exclusions", "refer to cycles of the history "
          + history.cycles(), "'" + x.cycle() + "'");
    }
  }

  /**
   * The mode a cycle shows: competitive when a tender was issued in it, shared when anyone took a
   * role that shares commissioning ({@link CommissioningMode#of(boolean, boolean)}).
   *
   * @param cycle the cycle
   * @return the mode, empty when the cycle shows neither
   */
  public Optional<CommissioningMode> mode(String cycle) {
    boolean competitive = history.events(cycle).stream().anyMatch(e -> e.type() == EventType.TENDER_ISSUED);
    boolean shared = participations.stream().anyMatch(p -> p.event().cycle().equals(cycle)
        && p.role().sharesCommissioning());
    return CommissioningMode.of(competitive, shared);
  }

  /**
   * The findings described above, by cycle and then date.
   *
   * @param minimumBidWindowWeeks the shortest acceptable time from tender to bid deadline, in weeks; positive
   * @return the findings
   */
  public List<Finding> findings(int minimumBidWindowWeeks) {
    Args.positive(minimumBidWindowWeeks, "minimumBidWindowWeeks");
    List<Finding> out = new ArrayList<>();
    for (String cycle : history.cycles()) {
      for (BidExclusion x : exclusions) {
        boolean coDesigned = participations.stream().anyMatch(p -> p.event().cycle().equals(cycle)
            && p.organisation().equals(x.organisation()) && p.role() == CoProductionRole.CO_DESIGNER
            && (p.event().type() == EventType.SPECIFICATION || p.event().type() == EventType.SPECIFICATION_CONSULTATION));
        if (x.cycle().equals(cycle) && coDesigned) {
          out.add(new Finding(FindingKind.CO_DESIGNER_BARRED_FROM_BIDDING, cycle, Optional.of(x.date()),
              x.organisation() + " co-designed the specification and was barred from bidding on " + x.date() + ": "
                  + x.reason()));
        }
      }
      CommissioningEvent issued = null;
      for (CommissioningEvent e : history.events(cycle)) {
        if (e.type() == EventType.TENDER_ISSUED) {
          issued = e;
        } else if (e.type() == EventType.BID_DEADLINE && issued != null) {
          long days = ChronoUnit.DAYS.between(issued.date(), e.date());
          if (days < 7L * minimumBidWindowWeeks) {
            out.add(new Finding(FindingKind.SHORT_BID_WINDOW, cycle, Optional.of(e.date()), "bid window of " + days
                + " days from the tender issued on " + issued.date() + " to the deadline on " + e.date()
                + ", shorter than " + minimumBidWindowWeeks + " weeks"));
          }
          issued = null;
        }
      }
    }
    out.sort(Comparator.comparing(Finding::cycle).thenComparing(f -> f.date().orElse(LocalDate.MAX)));
    return List.copyOf(out);
  }
}
