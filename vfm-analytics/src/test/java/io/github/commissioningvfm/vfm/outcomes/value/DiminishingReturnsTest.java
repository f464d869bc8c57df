package io.github.commissioningvfm.vfm.outcomes.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class DiminishingReturnsTest {

  private static final double[] SPREAD = {-1, -0.5, 0, 0.5, 1};

  /**
   * SDQ rows (lower is better, baseline 30): at dose {@code doses[g]}, {@code sizes[g]} participants
   * whose improvements average {@code means[g]}, spread symmetrically about it.
   */
  static DiminishingReturns diminishing(int[] doses, int[] sizes, double[] means) {
    StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended\n");
    int id = 0;
    for (int g = 0; g < doses.length; g++) {
      for (int k = 0; k < sizes[g]; k++) {
        double e = sizes[g] == SPREAD.length ? SPREAD[k] : 0;
        csv.append("P").append(id++).append(",30,").append(30 - means[g] - e).append(',').append(doses[g])
            .append('\n');
      }
    }
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("b", "f").build();
    return VfmAnalysis.of(ChangeAnalysis.of(Cleaner.standard().clean(ParticipantData.readCsv(
            new StringReader(csv.toString()), "dose.csv", schema))), Cost.of("1000.00", "2024/25"),
        CostAllocation.perSession()).diminishingReturns();
  }

  @Test
  void threeGroupsAreEnoughToJudgeAndEqualGainsAreNotDiminishing() {
    // doses 1, 2, 3 with means 2, 4, 6: m = 3 / 2 = 1, early (4 - 2) / 1 = 2, late (6 - 4) / 1 = 2
    DiminishingReturns d = diminishing(new int[] {1, 2, 3}, new int[] {5, 5, 5}, new double[] {2, 4, 6});
    assertEquals(2, d.gains().size());
    assertEquals(2.0, d.earlyGain(), 1e-12);
    assertEquals(2.0, d.lateGain(), 1e-12);
    assertFalse(d.diminishing());
    assertEquals("Mean improvement per extra session: 2.000 points from 1 to 2 sessions, 2.000 points from 2 to 3"
        + " sessions: no diminishing returns (later sessions add at least as much as earlier ones).", d.summary());
  }

  @Test
  void aLaterSmallerGainIsCalledDiminishing() {
    // doses 1, 2, 4 with means 2, 4, 5: early 2, late (5 - 4) / 2 = 0.5
    DiminishingReturns d = diminishing(new int[] {1, 2, 4}, new int[] {5, 5, 5}, new double[] {2, 4, 5});
    assertEquals(0.5, d.lateGain(), 1e-12);
    assertEquals("Mean improvement per extra session: 2.000 points from 1 to 2 sessions, 0.500 points from 2 to 4"
        + " sessions: diminishing returns (later sessions add less than earlier ones).", d.summary());
  }

  @Test
  void groupsSmallerThanFiveAreLeftOut() {
    // four participants at 4 sessions (mean 2) would make the late gain -4; they are left out
    DiminishingReturns d = diminishing(new int[] {1, 2, 3, 4}, new int[] {5, 5, 5, 4}, new double[] {2, 4, 6, 2});
    assertEquals(2, d.gains().size());
    assertEquals(3, d.gains().get(1).toSessions());
    assertFalse(d.diminishing());
  }

  @Test
  void twoGroupsAreTooFewToJudge() {
    DiminishingReturns d = diminishing(new int[] {1, 2}, new int[] {5, 5}, new double[] {2, 4});
    assertEquals(1, d.gains().size());
    assertEquals(0.0, d.earlyGain());
    assertEquals(0.0, d.lateGain());
    assertFalse(d.diminishing());
    assertEquals("Too few dose groups with at least 5 participants to judge returns to extra sessions (2 group(s)).",
        d.summary());
  }

  @Test
  void aGainMustGoToAHigherDose() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DiminishingReturns.MarginalGain(3, 3, 0.5));
    assertEquals("Argument 'toSessions' must exceed fromSessions 3: 3", e.getMessage());
    assertEquals(4, new DiminishingReturns.MarginalGain(3, 4, 0.5).toSessions());
  }
}
