package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A service's KPIs and the reviews held, and the findings a check of them gives.
 *
 * @param service the service
 * @param kpis its KPIs, each id once
 * @param reviews the reviews held, in date order
 * @since 0.1.0
 */
public record MonitoringPlan(String service, List<MonitoredKpi> kpis, List<ReviewPoint> reviews) {

  /** The longest gap between reviews before a finding, in months. */
  public static final int REVIEW_INTERVAL_MONTHS = 12;

  /**
   * Creates a plan.
   *
   * @param service the service
   * @param kpis the KPIs
   * @param reviews the reviews
   */
  public MonitoringPlan {
    Args.notBlank(service, "service");
    kpis = List.copyOf(Args.noNullElements(kpis, "kpis"));
    Set<String> ids = new HashSet<>();
    kpis.forEach(k -> Args.check(ids.add(k.id()), "kpis", "hold each id once, but repeat", k.id()));
    List<ReviewPoint> sorted = new ArrayList<>(Args.noNullElements(reviews, "reviews"));
    sorted.sort(Comparator.comparing(ReviewPoint::date));
    reviews = List.copyOf(sorted);
  }

  /**
   * The findings on a date.
   *
   * <ul>
   * <li>{@link MonitoringFindingKind#NO_REVIEW_IN_12_MONTHS}: no review dated after asOf minus 12
   * months and on or before asOf;</li>
   * <li>{@link MonitoringFindingKind#TARGET_MISSED}: a KPI whose latest {@code missedPeriods}
   * (or more) values in a row miss the target;</li>
   * <li>{@link MonitoringFindingKind#NO_DATA}: a KPI with no values measured on or before asOf.</li>
   * </ul>
   *
   * @param asOf the day of the check
   * @param missedPeriods how many consecutive misses make a finding; at least 1
   * @return the findings: the review finding first, then KPIs in order
   */
  public List<MonitoringFinding> findings(LocalDate asOf, int missedPeriods) {
    Args.notNull(asOf, "asOf");
    Args.positive(missedPeriods, "missedPeriods");
    List<MonitoringFinding> out = new ArrayList<>();
    LocalDate since = asOf.minusMonths(REVIEW_INTERVAL_MONTHS);
    List<ReviewPoint> recent = reviews.stream().filter(r -> r.date().isAfter(since) && !r.date().isAfter(asOf))
        .toList();
    if (recent.isEmpty()) {
      String last = reviews.stream().filter(r -> !r.date().isAfter(asOf)).reduce((a, b) -> b)
          .map(r -> "the last review was on " + r.date()).orElse("no review has been recorded");
      out.add(new MonitoringFinding(MonitoringFindingKind.NO_REVIEW_IN_12_MONTHS, service, "no review between "
          + since.plusDays(1) + " and " + asOf + ": " + last));
    }
    for (MonitoredKpi kpi : kpis) {
      MonitoredKpi known = new MonitoredKpi(kpi.id(), kpi.description(), kpi.target(),
          kpi.measurements().stream().filter(m -> !m.periodEnd().isAfter(asOf)).toList());
      if (known.measurements().isEmpty()) {
        out.add(new MonitoringFinding(MonitoringFindingKind.NO_DATA, kpi.id(), kpi.description()
            + ": no value measured up to " + asOf + " (target " + kpi.target() + ")"));
        continue;
      }
      int run = known.latestMissedRun();
      if (run >= missedPeriods) {
        List<KpiMeasurement> missed = known.measurements().subList(known.measurements().size() - run,
            known.measurements().size());
        out.add(new MonitoringFinding(MonitoringFindingKind.TARGET_MISSED, kpi.id(), kpi.description() + ": target "
            + kpi.target() + " missed in the latest " + run + " periods (" + String.join(", ", missed.stream()
                .map(m -> m.period() + " " + m.value().toPlainString() + kpi.target().unit()).toList()) + ")"));
      }
    }
    return out;
  }
}
