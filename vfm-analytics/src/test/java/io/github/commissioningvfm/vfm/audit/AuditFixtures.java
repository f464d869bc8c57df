package io.github.commissioningvfm.vfm.audit;

import io.github.commissioningvfm.model.outcome.ScoreDirection;
import java.util.function.UnaryOperator;

/** Constructed figures for the audit's tests. */
final class AuditFixtures {

  static final String HERE = "constructed example";

  /** Change as follow-up minus baseline on a lower-is-better measure: a fall is an improvement. */
  static final Orientation RAW_LOWER_BETTER = Orientation.of(ChangeDefinition.FOLLOW_UP_MINUS_BASELINE,
      ScoreDirection.LOWER_IS_BETTER);

  private AuditFixtures() {
  }

  static PrintedFigure fig(String label, String printed) {
    return PrintedFigure.of(label, printed, HERE);
  }

  static AuditReport audit(UnaryOperator<PublishedFigures.Builder> add) {
    return FigureAudit.of(add.apply(PublishedFigures.builder("constructed evaluation")).build());
  }
}
