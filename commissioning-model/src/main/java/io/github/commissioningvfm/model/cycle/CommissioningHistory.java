package io.github.commissioningvfm.model.cycle;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The commissioning history of one service: an immutable event log, ordered by date (events on
 * the same date keep the order they were recorded in). Any events are accepted; questions about
 * the log are answered by the methods below, and problems are reported by {@link #findings()}.
 *
 * @param service the service's name
 * @param events the events in date order
 * @since 0.1.0
 */
public record CommissioningHistory(String service, List<CommissioningEvent> events) {

  /** How many roll-overs in one cycle make {@link FindingKind#REPEATED_ROLL_OVERS} worth reporting. */
  public static final int REPEATED_ROLL_OVER_COUNT = 2;

  /**
   * Creates a history, sorting the events by date.
   *
   * @param service the service's name
   * @param events the events, in any order
   */
  public CommissioningHistory {
    Args.notBlank(service, "service");
    List<CommissioningEvent> sorted = new ArrayList<>(Args.noNullElements(events, "events"));
    sorted.sort(Comparator.comparing(CommissioningEvent::date));
    events = List.copyOf(sorted);
  }

  /**
   * An empty history.
   *
   * @param service the service's name
   * @return the history
   */
  public static CommissioningHistory of(String service) {
    return new CommissioningHistory(service, List.of());
  }

  /**
   * This history with one more event.
   *
   * @param event the event
   * @return the longer history
   */
  public CommissioningHistory with(CommissioningEvent event) {
    List<CommissioningEvent> all = new ArrayList<>(events);
    all.add(Args.notNull(event, "event"));
    return new CommissioningHistory(service, all);
  }

  /**
   * The cycles recorded, in name order.
   *
   * @return the cycle names
   */
  public Set<String> cycles() {
    Set<String> names = new TreeSet<>();
    events.forEach(e -> names.add(e.cycle()));
    return Collections.unmodifiableSet(names);
  }

  /**
   * The events of one cycle, in date order.
   *
   * @param cycle the cycle
   * @return its events
   */
  public List<CommissioningEvent> events(String cycle) {
    Args.notNull(cycle, "cycle");
    return events.stream().filter(e -> e.cycle().equals(cycle)).toList();
  }

  /**
   * Which stages happened in a cycle, and when: one span per stage that has events, in stage order.
   *
   * @param cycle the cycle
   * @return the spans
   */
  public List<StageSpan> stages(String cycle) {
    List<CommissioningEvent> inCycle = events(cycle);
    List<StageSpan> spans = new ArrayList<>();
    for (CycleStage stage : CycleStage.values()) {
      List<CommissioningEvent> of = inCycle.stream().filter(e -> e.type().stage() == stage).toList();
      if (!of.isEmpty()) {
        spans.add(new StageSpan(cycle, stage, of.get(0).date(), of.get(of.size() - 1).date(), of.size()));
      }
    }
    return spans;
  }

  /**
   * The cycle activities with no event in a cycle.
   *
   * @param cycle the cycle
   * @return the missing activities, in cycle order
   */
  public Set<CycleActivity> missingActivities(String cycle) {
    Set<CycleActivity> missing = EnumSet.allOf(CycleActivity.class);
    events(cycle).forEach(e -> missing.remove(e.type().activity()));
    return Collections.unmodifiableSet(missing);
  }

  /**
   * What the log shows, cycle by cycle: contradictions (an award before any procurement route, a
   * contract start after its end, a change before the contract started), gaps (no needs
   * assessment, no monitoring) and observations (an evaluation never fed back into planning,
   * repeated roll-overs, extensions confirmed in the last seven days of March).
   *
   * @return the findings, by cycle and then date
   */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>();
    for (String cycle : cycles()) {
      findings.addAll(findings(cycle));
    }
    return findings;
  }

  private List<Finding> findings(String cycle) {
    List<Finding> out = new ArrayList<>();
    List<CommissioningEvent> log = events(cycle);
    boolean routeChosen = false;
    boolean started = false;
    LocalDate ended = null;
    int rollOvers = 0;
    for (CommissioningEvent e : log) {
      switch (e.type()) {
        case PROCUREMENT_ROUTE_CHOSEN -> routeChosen = true;
        case AWARD -> {
          if (!routeChosen) {
            out.add(finding(FindingKind.AWARD_WITHOUT_PROCUREMENT_ROUTE, cycle, e,
                "award on " + e.date() + " with no procurement route chosen before it"));
          }
        }
        case CONTRACT_START -> {
          started = true;
          if (ended != null) {
            out.add(finding(FindingKind.START_AFTER_END, cycle, e,
                "contract start on " + e.date() + " after the end recorded on " + ended));
          }
        }
        case CONTRACT_END, DECOMMISSIONING -> ended = ended == null ? e.date() : ended;
        case VARIATION, EXTENSION, ROLL_OVER -> {
          if (!started) {
            out.add(finding(FindingKind.CHANGE_BEFORE_START, cycle, e, e.type() + " on " + e.date()
                + " with no contract start before it"));
          }
          if (e.type() != EventType.VARIATION && e.date().getMonth() == Month.MARCH && e.date().getDayOfMonth() >= 25) {
            out.add(finding(FindingKind.LATE_CONFIRMATION, cycle, e, e.type() + " confirmed on " + e.date()
                + ", in the last seven days of the financial year"));
          }
          if (e.type() == EventType.ROLL_OVER) {
            rollOvers++;
          }
        }
        default -> {
          // other events raise no contradiction on their own
        }
      }
    }
    if (rollOvers >= REPEATED_ROLL_OVER_COUNT) {
      out.add(new Finding(FindingKind.REPEATED_ROLL_OVERS, cycle, Optional.empty(),
          "rolled over " + rollOvers + " times without re-procurement"));
    }
    if (log.stream().noneMatch(e -> e.type() == EventType.NEEDS_ASSESSMENT)) {
      out.add(new Finding(FindingKind.NO_NEEDS_ASSESSMENT, cycle, Optional.empty(), "no needs assessment recorded"));
    }
    if (log.stream().noneMatch(e -> e.type() == EventType.PERFORMANCE_REVIEW || e.type() == EventType.EVALUATION)) {
      out.add(new Finding(FindingKind.NO_MONITORING, cycle, Optional.empty(),
          "no performance review or evaluation recorded"));
    }
    LocalDate lastPlanning = log.stream().filter(e -> e.type().stage() == CycleStage.STRATEGIC_PLANNING)
        .map(CommissioningEvent::date).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    for (CommissioningEvent e : log) {
      if (e.type() == EventType.EVALUATION && !lastPlanning.isAfter(e.date())) {
        out.add(finding(FindingKind.EVALUATION_NOT_FED_BACK, cycle, e,
            "evaluation on " + e.date() + " not followed by any planning event"));
      }
    }
    out.sort(Comparator.comparing((Finding f) -> f.date().orElse(LocalDate.MAX)));
    return out;
  }

  private static Finding finding(FindingKind kind, String cycle, CommissioningEvent e, String message) {
    return new Finding(kind, cycle, Optional.of(e.date()), message);
  }
}
