package io.github.commissioningvfm.vfm.outcomes.counterfactual;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import java.util.List;

/**
 * The counterfactual ROI of a programme from its contact records.
 *
 * @param basis the price basis
 * @param byYear per financial year, in year order
 * @param byAlternative per alternative and year
 * @param unmapped the (alternative, year) rows with no valuation
 * @param overallRatio total avoided / total programme cost over every year with contacts or a programme cost
 *     (constant prices only; undefined with the reason otherwise)
 * @param overallNetRoi (total avoided - total programme cost) / total programme cost
 * @param sources the provenance of every unit cost used
 * @param exclusions the contact-level exclusion audit
 */
public record CounterfactualRoiResult(PriceBasis basis, List<YearRoi> byYear, List<AlternativeYear> byAlternative,
    List<AlternativeYear> unmapped, Figure overallRatio, Figure overallNetRoi, List<Provenance> sources,
    ExclusionReport exclusions) {

  /**
   * Creates a result.
   *
   * @param basis basis
   * @param byYear by year
   * @param byAlternative by alternative
   * @param unmapped unmapped rows
   * @param overallRatio overall ratio
   * @param overallNetRoi overall net ROI
   * @param sources sources
   * @param exclusions exclusions
   */
  public CounterfactualRoiResult {
    Args.notNull(basis, "basis");
    byYear = List.copyOf(Args.noNullElements(byYear, "byYear"));
    byAlternative = List.copyOf(Args.noNullElements(byAlternative, "byAlternative"));
    unmapped = List.copyOf(Args.noNullElements(unmapped, "unmapped"));
    Args.notNull(overallRatio, "overallRatio");
    Args.notNull(overallNetRoi, "overallNetRoi");
    sources = List.copyOf(Args.noNullElements(sources, "sources"));
    Args.notNull(exclusions, "exclusions");
  }

  /**
   * Whether every contact was valued.
   *
   * @return true when nothing is unmapped
   */
  public boolean complete() {
    return unmapped.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Counterfactual ROI (" + basis + ")\n");
    byYear.forEach(y -> sb.append("  ").append(y).append('\n'));
    sb.append("  all years: ROI ratio ").append(overallRatio).append(", net ROI ").append(overallNetRoi).append('\n');
    if (!unmapped.isEmpty()) {
      sb.append("  not valued: ").append(unmapped.stream().map(u -> u.alternative() + " " + u.year() + " ("
          + u.contacts() + " contacts)").toList()).append('\n');
    }
    return sb.toString();
  }
}
