package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A key performance indicator with its target and the values measured so far, oldest first.
 *
 * @param id a short id, e.g. "KPI-1"
 * @param description what is measured
 * @param target the target
 * @param measurements the measured values, one per period, ordered by period end
 * @since 0.1.0
 */
public record MonitoredKpi(String id, String description, KpiTarget target, List<KpiMeasurement> measurements) {

  /**
   * Creates a KPI, ordering measurements by period end.
   *
   * @param id the id
   * @param description what is measured
   * @param target the target
   * @param measurements the measurements
   */
  public MonitoredKpi {
    Args.notBlank(id, "id");
    Args.notBlank(description, "description");
    Args.notNull(target, "target");
    List<KpiMeasurement> sorted = new ArrayList<>(Args.noNullElements(measurements, "measurements"));
    sorted.sort(Comparator.comparing(KpiMeasurement::periodEnd));
    Set<String> periods = new HashSet<>();
    sorted.forEach(m -> Args.check(periods.add(m.period()), "measurements", "hold one value per period, but repeat",
        m.period()));
    measurements = List.copyOf(sorted);
  }

  /**
   * How many of the most recent periods in a row missed the target.
   *
   * @return the run of misses ending with the latest period; 0 if the latest met it or there is no data
   */
  public int latestMissedRun() {
    int run = 0;
    for (int i = measurements.size() - 1; i >= 0 && !target.metBy(measurements.get(i).value()); i--) {
      run++;
    }
    return run;
  }
}
