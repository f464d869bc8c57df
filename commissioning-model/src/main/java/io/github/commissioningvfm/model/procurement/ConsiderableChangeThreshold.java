package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rate.Percentage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The figures of the Provider Selection Regime's considerable change threshold, which closes direct
 * award process C (Health Care Services (Provider Selection Regime) Regulations 2023, SI 2023/1348,
 * regulation 6(10) to 6(12)). The threshold is met when either
 * <ol>
 * <li>the proposed contracting arrangements are materially different in character from the existing
 * contract as it was when entered into; or</li>
 * <li>all three of: the changes in the services are attributable to a decision of the authority;
 * the proposed lifetime value is at least {@link #minimumIncrease()} higher than the existing
 * contract's lifetime value when it was entered into; and it is higher by at least
 * {@link #minimumRise()} of that existing value.</li>
 * </ol>
 * With {@code rise = proposed - existing}, the value limb is met when {@code rise >= minimumIncrease}
 * and {@code rise / existing >= minimumRise} (a rise from an existing value of zero exceeds every
 * percentage of it).
 *
 * <p>What was verified, and where: NHS England's "Provider Selection Regime: getting to the right
 * decision" places the threshold in regulation 6(10) to 6(12); paragraphs (1) to (5) of regulation
 * 6 were read in the Regulations as made, those three were not. The two limbs, the three
 * conditions of the second and the GBP 500,000 figure were read only in a secondary source, Burges
 * Salmon (2024), "NHS Provider Selection Regime: guidance on Direct Award C", which paraphrases the
 * regulation. The percentage figure of the third condition was not read in the regulation, in NHS
 * England's statutory guidance or in any summary, so {@link #standard()} leaves it empty with that
 * reason: where it decides the answer, the assessment says so instead of guessing. Regulation
 * 13(2)(b) uses 25% of the original lifetime value, but for modifying a contract during its term
 * ({@link PsrModificationAssessment}), a different rule; the considerable change percentage must
 * still be read in regulation 6. A commissioner who has read the figure in the regulation supplies
 * it with {@link #withMinimumRise(Percentage, String)}, which records where it came from.
 *
 * @param minimumIncrease the rise in lifetime value, in pounds, at or above which the value limb can
 *     be met
 * @param minimumRise the rise as a share of the existing lifetime value at or above which the value
 *     limb can be met; empty when not known
 * @param note why the percentage is empty, or where a supplied percentage came from
 * @param source where the threshold is published, with any supplied figure as an adjustment
 * @since 0.1.0
 */
public record ConsiderableChangeThreshold(Money minimumIncrease, Optional<Percentage> minimumRise, String note,
    Provenance source) {

  private static final ConsiderableChangeThreshold STANDARD = new ConsiderableChangeThreshold(Money.ofPounds(500_000),
      Optional.empty(), "the percentage figure of the value condition was not read in the regulation or in NHS "
          + "England's statutory guidance", PsrAssessment.regulation("6-considerable-change",
              "regulation 6(10) to (12) as NHS England's 'getting to the right decision' places it (the "
                  + "considerable change threshold; £500,000 as summarised by Burges Salmon, 2024; those paragraphs "
                  + "were not read)"));

  /**
   * Creates a threshold.
   *
   * @param minimumIncrease the minimum rise in pounds; not negative
   * @param minimumRise the minimum rise as a share of the existing value, if known; not negative
   * @param note why the percentage is empty, or where it came from; required when it is empty
   * @param source where published
   */
  public ConsiderableChangeThreshold {
    Args.notNull(minimumIncrease, "minimumIncrease");
    Args.check(!minimumIncrease.isNegative(), "minimumIncrease", "not be negative", minimumIncrease);
    Args.notNull(minimumRise, "minimumRise");
    minimumRise.ifPresent(r -> Args.notNegative(r.fraction(), "minimumRise"));
    Args.notNull(note, "note");
    Args.check(minimumRise.isPresent() || !note.isBlank(), "note", "give the reason when the percentage is empty",
        note);
    Args.notNull(source, "source");
  }

  /**
   * The threshold as far as it was verified: GBP 500,000 and no percentage.
   *
   * @return the threshold
   */
  public static ConsiderableChangeThreshold standard() {
    return STANDARD;
  }

  /**
   * This threshold with the percentage of the value condition supplied by the caller.
   *
   * @param rise the minimum rise as a share of the existing lifetime value, as the caller read it
   * @param from where the caller read it, e.g. "SI 2023/1348 as made, read by the ICB's procurement lead"
   * @return the completed threshold
   */
  public ConsiderableChangeThreshold withMinimumRise(Percentage rise, String from) {
    Args.notNull(rise, "rise");
    Args.notBlank(from, "from");
    return new ConsiderableChangeThreshold(minimumIncrease, Optional.of(rise), "supplied by the caller: " + from,
        source.withAdjustment("percentage of the value condition " + rise + " supplied by the caller: " + from));
  }

  /**
   * The rise in lifetime value as a share of the existing value, rounded to 0.1 percentage point
   * for reports: {@code (proposed - existing) / existing}.
   *
   * @param existing the existing contract's lifetime value; positive
   * @param proposed the proposed lifetime value
   * @return e.g. "60.0%"
   */
  static String relativeRise(Money existing, Money proposed) {
    return share(proposed.minus(existing), existing, 1, RoundingMode.HALF_UP);
  }

  /**
   * One amount as a share of another, in per cent for reports: {@code part / whole}.
   *
   * @param part the part
   * @param whole the whole; not zero
   * @param decimals decimal places of the per cent figure
   * @param rounding how the per cent figure is rounded
   * @return e.g. "24.99%"
   */
  static String share(Money part, Money whole, int decimals, RoundingMode rounding) {
    BigDecimal share = part.amount().divide(whole.amount(), MathContext.DECIMAL64);
    return share.movePointRight(2).setScale(decimals, rounding).toPlainString() + "%";
  }

  /**
   * Whether the rise reaches the percentage, where the percentage is known.
   *
   * @param existing the existing lifetime value
   * @param proposed the proposed lifetime value
   * @return true or false, or empty when the percentage is not known and the existing value is positive
   */
  Optional<Boolean> reachesMinimumRise(Money existing, Money proposed) {
    if (existing.isZero()) {
      return Optional.of(true);
    }
    BigDecimal rise = proposed.minus(existing).amount();
    return minimumRise.map(r -> rise.compareTo(r.of(existing.amount())) >= 0);
  }

  /**
   * The threshold in words.
   *
   * @return e.g. "materially different in character, or a rise attributable to the authority of at
   *     least £500,000.00 and of at least 25% of the existing lifetime value (supplied by the caller: ...)"
   */
  @Override
  public String toString() {
    return "materially different in character, or a rise attributable to the authority of at least "
        + minimumIncrease.format() + " and of at least "
        + minimumRise.map(r -> r + " of the existing lifetime value (" + note + ")")
            .orElse("a percentage of the existing lifetime value not encoded (" + note + ")");
  }
}
