package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * One single slip of the pen that, undone, makes an inconsistent relation hold.
 *
 * @param figure the figure as printed
 * @param corrected the figure with the slip undone, e.g. {@code 238.3} for a printed {@code 283.3}
 * @param kind the slip
 * @param alsoReconciles other inconsistent relations using the same figure that the correction also
 *     makes hold
 * @param breaks other relations using the same figure that hold as printed but not after the correction
 * @since 0.1.0
 */
public record SlipCandidate(PrintedFigure figure, String corrected, EditKind kind, List<String> alsoReconciles,
    List<String> breaks) {

  /**
   * Validates the candidate.
   *
   * @param figure figure
   * @param corrected corrected text
   * @param kind kind
   * @param alsoReconciles relations also reconciled
   * @param breaks relations broken
   */
  public SlipCandidate {
    Args.notNull(figure, "figure");
    Args.notBlank(corrected, "corrected");
    Args.notNull(kind, "kind");
    alsoReconciles = List.copyOf(Args.noNullElements(alsoReconciles, "alsoReconciles"));
    breaks = List.copyOf(Args.noNullElements(breaks, "breaks"));
  }

  /** E.g. "283.3 -> 238.3 (transposed digits) in cost per meaningful change". */
  @Override
  public String toString() {
    return figure.printed() + " -> " + corrected + " (" + kind.name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ') + ") in " + figure.label()
        + (alsoReconciles.isEmpty() ? "" : "; also reconciles " + String.join(", ", alsoReconciles))
        + (breaks.isEmpty() ? "" : "; breaks " + String.join(", ", breaks));
  }
}
