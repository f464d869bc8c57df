package io.github.commissioningvfm.vfm.outcomes.value;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The marginal improvement per extra session, and a sentence that says whether it falls.
 *
 * <p>Over the dose groups with at least {@link #MIN_GROUP} participants, in dose order
 * {@code d_0 < ... < d_(k-1)}: successive gains
 * {@code gain(d1 -> d2) = (meanImprovement(d2) - meanImprovement(d1)) / (d2 - d1)}; the early gain
 * {@code gain(d_0 -> d_m)} and late gain {@code gain(d_m -> d_(k-1))} with {@code m = k / 2}
 * (integer division). Returns are called diminishing when the late gain is smaller than the
 * early gain. With fewer than three groups nothing is judged and both gains are 0.
 *
 * @param gains the successive marginal gains in dose order
 * @param diminishing whether {@code lateGain < earlyGain}
 * @param earlyGain mean improvement per extra session over the lower half of the doses
 * @param lateGain mean improvement per extra session over the upper half of the doses
 * @param summary a sentence for reports
 * @since 0.1.0
 */
public record DiminishingReturns(List<MarginalGain> gains, boolean diminishing, double earlyGain, double lateGain,
    String summary) {

  /** Smallest dose group used. */
  public static final int MIN_GROUP = 5;

  /**
   * Creates the summary.
   *
   * @param gains gains
   * @param diminishing whether diminishing
   * @param earlyGain early gain
   * @param lateGain late gain
   * @param summary sentence
   */
  public DiminishingReturns {
    gains = List.copyOf(Args.noNullElements(gains, "gains"));
    Args.finite(earlyGain, "earlyGain");
    Args.finite(lateGain, "lateGain");
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
