package io.github.commissioningvfm.benchmarks.outcomes;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic participant rows shaped like a guided self-help service (SDQ scores, one to
 * eight sessions, gender and pathway), with about 4% never-attended rows and 3% debris cells.
 */
public final class SyntheticParticipants {

  /** The schema of the generated rows. */
  public static final ParticipantSchema SCHEMA = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
      .scores("sdq_initial", "sdq_final").categories("gender", "pathway").build();

  private static final List<String> HEADER = List.of("participant_id", "gender", "pathway", "sdq_initial",
      "sdq_final", "sessions_attended");
  private static final String[] PATHWAYS = {"Anxiety", "Anxiety", "Anxiety", "Anger", "Low mood", "Other"};
  private static final String[] DEBRIS = {"#VALUE!", "#REF!", "", "n/a", "#N/A"};

  private SyntheticParticipants() {
  }

  /**
   * Generates rows.
   *
   * @param n the number of rows
   * @param seed the seed
   * @return the loaded data
   */
  public static ParticipantData generate(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ParticipantData.Builder b = ParticipantData.builder(SCHEMA, "synthetic-" + n, HEADER);
    for (int i = 0; i < n; i++) {
      int baseline = 8 + r.nextInt(25);
      int sessions = r.nextInt(100) < 4 ? 0 : 1 + r.nextInt(8);
      double improvement = 0.4 * baseline - 3 + 0.8 * Math.min(sessions, 6) + 2.5 * r.nextGaussian();
      int fin = (int) Math.max(0, Math.min(40, Math.round(baseline - improvement)));
      String initial = Integer.toString(baseline);
      String last = Integer.toString(fin);
      int roll = r.nextInt(100);
      if (roll < 2) {
        last = DEBRIS[r.nextInt(DEBRIS.length)];
      } else if (roll < 3) {
        initial = DEBRIS[r.nextInt(DEBRIS.length)];
      }
      b.addRow(i + 2L, new String[] {"P" + i, r.nextBoolean() ? "F" : "M", PATHWAYS[r.nextInt(PATHWAYS.length)],
          initial, last, Integer.toString(sessions)});
    }
    return b.build();
  }
}
