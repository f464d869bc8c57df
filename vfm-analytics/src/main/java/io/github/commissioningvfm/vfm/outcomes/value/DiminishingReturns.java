package io.github.commissioningvfm.vfm.outcomes.value;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The marginal improvement per extra session between successive observed doses, and a sentence
 * that says whether it falls.
 *
 * <p>{@code gain(d1 -> d2) = (meanImprovement(d2) - meanImprovement(d1)) / (d2 - d1)}, over dose
 * groups with at least {@link #MIN_GROUP} participants. Returns are called diminishing when
 * every successive gain is no larger than the one before and the last is smaller than the first.
 *
 * @param gains the marginal gains in dose order
 * @param diminishing whether the gains fall as defined above
 * @param summary a sentence for reports
 */
public record DiminishingReturns(List<MarginalGain> gains, boolean diminishing, String summary) {

  /** Smallest dose group used. */
  public static final int MIN_GROUP = 5;

  /**
   * Creates the summary.
   *
   * @param gains gains
   * @param diminishing whether diminishing
   * @param summary sentence
   */
  public DiminishingReturns {
    gains = List.copyOf(Args.noNullElements(gains, "gains"));
    Args.notBlank(summary, "summary");
  }

  /**
   * The marginal gain between two successive doses.
   *
   * @param fromSessions lower dose
   * @param toSessions higher dose
   * @param gainPerSession extra mean improvement per extra session
   */
  public record MarginalGain(int fromSessions, int toSessions, double gainPerSession) {

    /**
     * Creates a gain.
     *
     * @param fromSessions lower dose
     * @param toSessions higher dose
     * @param gainPerSession gain per session
     */
    public MarginalGain {
      Args.check(toSessions > fromSessions, "toSessions", "exceed fromSessions " + fromSessions, toSessions);
      Args.finite(gainPerSession, "gainPerSession");
    }
  }
}
