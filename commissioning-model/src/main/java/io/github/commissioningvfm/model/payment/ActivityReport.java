package io.github.commissioningvfm.model.payment;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.rate.Proportion;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a provider actually delivered in a year: units of activity per currency code, the outcome
 * triggers met, and the share of the quality incentive earned.
 *
 * @param volumes units delivered per currency code, kept in code order; none negative
 * @param outcomesMet the ids of the outcome triggers met, kept in id order
 * @param qualityAchieved the share of any quality or incentive element earned
 * @since 0.1.0
 */
public record ActivityReport(Map<CurrencyCode, Long> volumes, Set<String> outcomesMet, Proportion qualityAchieved) {

  /**
   * Creates a report.
   *
   * @param volumes units delivered per currency code; none negative
   * @param outcomesMet the ids of the outcome triggers met
   * @param qualityAchieved the share of any quality or incentive element earned
   */
  public ActivityReport {
    Args.noNullEntries(volumes, "volumes");
    volumes.forEach((code, units) -> Args.notNegative(units.longValue(), "volumes[" + code + "]"));
    volumes = Collections.unmodifiableSortedMap(new TreeMap<>(volumes));
    Args.noNullElements(outcomesMet, "outcomesMet");
    outcomesMet.forEach(id -> Args.notBlank(id, "outcomesMet"));
    outcomesMet = Collections.unmodifiableSortedSet(new TreeSet<>(outcomesMet));
    Args.notNull(qualityAchieved, "qualityAchieved");
  }

  /**
   * A report of a single count of local units (cases, contacts, people), no outcomes met and no
   * quality element earned.
   *
   * @param units the units delivered; not negative
   * @return the report
   */
  public static ActivityReport ofVolume(long units) {
    return new ActivityReport(Map.of(CurrencyCode.LOCAL_UNIT, units), Set.of(), Proportion.NONE);
  }

  /**
   * A report of units per currency code, no outcomes met and no quality element earned.
   *
   * @param volumes units per currency code
   * @return the report
   */
  public static ActivityReport ofVolumes(Map<CurrencyCode, Long> volumes) {
    return new ActivityReport(volumes, Set.of(), Proportion.NONE);
  }

  /**
   * This report with the given outcome triggers met.
   *
   * @param ids the ids of the triggers met
   * @return a new report
   */
  public ActivityReport withOutcomesMet(Set<String> ids) {
    return new ActivityReport(volumes, ids, qualityAchieved);
  }

  /**
   * This report with the given share of the quality element earned.
   *
   * @param achieved the share earned
   * @return a new report
   */
  public ActivityReport withQualityAchieved(Proportion achieved) {
    return new ActivityReport(volumes, outcomesMet, achieved);
  }

  /**
   * The units delivered in one currency, zero if none were reported.
   *
   * @param code the currency code
   * @return the units
   */
  public long volume(CurrencyCode code) {
    Args.notNull(code, "code");
    return volumes.getOrDefault(code, 0L);
  }

  /**
   * All units delivered, whatever their currency: what local arrangements that count a single
   * unit (cases, contacts) pay on.
   *
   * @return the sum of all volumes
   */
  public long totalVolume() {
    long total = 0;
    for (long units : volumes.values()) {
      total = Math.addExact(total, units);
    }
    return total;
  }
}
