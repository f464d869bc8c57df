package io.github.commissioningvfm.vfm.cua;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * One edition of NICE's cost-effectiveness threshold range, as published.
 *
 * @param edition the edition's id
 * @param effectiveFrom the month from which it applies
 * @param lowerPerQaly the lower end, pounds per QALY gained
 * @param upperPerQaly the upper end, pounds per QALY gained
 * @param appliesTo which evaluations it applies to
 * @param source the citation
 * @since 0.1.0
 */
public record NiceThreshold(String edition, YearMonth effectiveFrom, double lowerPerQaly, double upperPerQaly,
    Scope appliesTo, String source) {

  /** Validates. */
  public NiceThreshold {
    Args.notBlank(edition, "edition");
    Args.notNull(effectiveFrom, "effectiveFrom");
    Args.positive(lowerPerQaly, "lowerPerQaly");
    Args.check(upperPerQaly >= lowerPerQaly, "upperPerQaly", "be at least lowerPerQaly (" + lowerPerQaly + ")",
        upperPerQaly);
    Args.notNull(appliesTo, "appliesTo");
    Args.notBlank(source, "source");
  }

  /** The evaluations an edition applies to. */
  public enum Scope {
    /** Every NICE evaluation that uses a cost per QALY threshold. */
    ALL_EVALUATIONS,
    /** Technology appraisals of medicines only. */
    MEDICINES_TECHNOLOGY_APPRAISALS
  }

  @Override
  public String toString() {
    return edition + ": " + Money.of(lowerPerQaly, RoundingMode.HALF_UP).format() + " to "
        + Money.of(upperPerQaly, RoundingMode.HALF_UP).format() + " per QALY gained from " + effectiveFrom + " ("
        + appliesTo + "); " + source;
  }
}
