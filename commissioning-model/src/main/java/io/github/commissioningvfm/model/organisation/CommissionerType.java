package io.github.commissioningvfm.model.organisation;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The kinds of body that commission, plan or pool money for public mental-health and community
 * services in England, each with the dates it can act between.
 *
 * <p>Clinical commissioning groups and health and wellbeing boards date from 1 April 2013 (Health
 * and Social Care Act 2012). Clinical commissioning groups were abolished and integrated care
 * boards established on 1 July 2022 (Health and Care Act 2022, Part 1, section 19, establishment
 * of integrated care boards; the Health and Care Act 2022 (Consequential
 * and Related Amendments and Transitional Provisions) Regulations 2022, SI 2022/634, regulation
 * 58, which defines a clinical commissioning group as a body established "immediately before 1st
 * July 2022"). Integrated care partnerships date from the same day (Health and Care Act 2022,
 * section 26).
 *
 * @since 0.1.0
 */
public enum CommissionerType {
  /** An integrated care board (replaced clinical commissioning groups on 1 July 2022). */
  INTEGRATED_CARE_BOARD(SpatialLevel.SYSTEM, "integrated care board", "2022-07-01", ""),
  /** A county, unitary, metropolitan or London borough council. */
  LOCAL_AUTHORITY(SpatialLevel.PLACE, "local authority", "", ""),
  /** NHS England, for directly commissioned and specialised services. */
  NHS_ENGLAND(SpatialLevel.SYSTEM, "NHS England", "", ""),
  /** A joint committee of several commissioners. */
  JOINT_COMMITTEE(SpatialLevel.SYSTEM, "joint committee", "", ""),
  /** A primary care network commissioning at neighbourhood level. */
  PRIMARY_CARE_NETWORK(SpatialLevel.NEIGHBOURHOOD, "primary care network", "", ""),
  // Commissioners in time: added as one block.
  /** A clinical commissioning group: commissioned NHS services until 30 June 2022. */
  CLINICAL_COMMISSIONING_GROUP(SpatialLevel.PLACE, "clinical commissioning group", "2013-04-01", "2022-06-30"),
  /**
   * An integrated care partnership: the joint committee of an ICB and its local authorities that
   * writes the integrated care strategy; it plans but holds no NHS budget.
   */
  INTEGRATED_CARE_PARTNERSHIP(SpatialLevel.SYSTEM, "integrated care partnership", "2022-07-01", ""),
  /**
   * A health and wellbeing board: a local authority committee that assesses needs (the JSNA),
   * sets the joint health and wellbeing strategy and signs off the Better Care Fund plan.
   */
  HEALTH_AND_WELLBEING_BOARD(SpatialLevel.PLACE, "health and wellbeing board", "2013-04-01", "");

  private final SpatialLevel usualLevel;
  private final String label;
  private final Optional<LocalDate> validFrom;
  private final Optional<LocalDate> validUntil;

  CommissionerType(SpatialLevel usualLevel, String label, String validFrom, String validUntil) {
    this.usualLevel = usualLevel;
    this.label = label;
    this.validFrom = validFrom.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(validFrom));
    this.validUntil = validUntil.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(validUntil));
  }

  /**
   * The level this kind of commissioner usually works at.
   *
   * @return the usual spatial level
   */
  public SpatialLevel usualLevel() {
    return usualLevel;
  }

  /**
   * The kind in words, e.g. "clinical commissioning group".
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The first day this kind of body could act, if it matters for histories the library records.
   *
   * @return the first day, or empty
   */
  public Optional<LocalDate> validFrom() {
    return validFrom;
  }

  /**
   * The last day this kind of body could act, if it has been abolished.
   *
   * @return the last day (30 June 2022 for clinical commissioning groups), or empty
   */
  public Optional<LocalDate> validUntil() {
    return validUntil;
  }

  /**
   * Whether this kind of body existed on a date.
   *
   * @param date the date
   * @return true if the date lies within {@link #validFrom()} and {@link #validUntil()}
   */
  public boolean existedOn(LocalDate date) {
    Args.notNull(date, "date");
    return validFrom.map(f -> !date.isBefore(f)).orElse(true) && validUntil.map(u -> !date.isAfter(u)).orElse(true);
  }

  private String withArticle() {
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  /**
   * Why this kind of body could not act on a date, in words; empty if it could.
   *
   * @param date the date
   * @return e.g. "clinical commissioning groups were abolished after 2022-06-30 ...", or empty
   */
  public Optional<String> whyNotOn(LocalDate date) {
    if (existedOn(date)) {
      return Optional.empty();
    }
    if (validUntil.isPresent() && date.isAfter(validUntil.get())) {
      return Optional.of(withArticle() + " could not act on " + date + ": the last day " + label + "s existed was "
          + validUntil.get() + (this == CLINICAL_COMMISSIONING_GROUP
              ? " (abolished on 1 July 2022 when integrated care boards took over, Health and Care Act 2022)" : ""));
    }
    return Optional.of(withArticle() + " could not act on " + date + ": the first day " + label + "s existed was "
        + validFrom.orElseThrow());
  }
}
