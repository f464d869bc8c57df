package io.github.commissioningvfm.vfm.outcomes.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OrientedChangeProperties {

  /**
   * Every participant moves from a worse to a better score (better = lower on SDQ, higher on
   * ReQoL-10): the oriented improvement is then never negative, on both scales, and equals the
   * distance moved.
   */
  @Test
  void improvementIsPositiveForBothDirections() {
    Gen<List<Integer>> pair = lists().of(integers().between(0, 40)).ofSize(2);
    Gen<List<List<Integer>>> rows = lists().of(pair).ofSizeBetween(1, 40);
    qt().withExamples(300).forAll(rows).checkAssert(rs -> {
      for (OutcomeMeasure m : List.of(StandardOutcomeMeasures.SDQ_TOTAL, StandardOutcomeMeasures.REQOL10)) {
        boolean lowerBetter = m == StandardOutcomeMeasures.SDQ_TOTAL;
        StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended\n");
        int i = 0;
        for (List<Integer> p : rs) {
          int better = lowerBetter ? Math.min(p.get(0), p.get(1)) : Math.max(p.get(0), p.get(1));
          int worse = lowerBetter ? Math.max(p.get(0), p.get(1)) : Math.min(p.get(0), p.get(1));
          csv.append("P").append(i++).append(',').append(worse).append(',').append(better).append(",3\n");
        }
        ParticipantSchema schema = ParticipantSchema.builder(m).scores("b", "f").build();
        ChangeResult c = ChangeAnalysis.of(Cleaner.standard().clean(
            ParticipantData.readCsv(new StringReader(csv.toString()), "gen.csv", schema)));
        for (int k = 0; k < c.size(); k++) {
          List<Integer> p = rs.get(k);
          assertTrue(c.improvement(k) >= 0);
          assertEquals(Math.abs(p.get(0) - p.get(1)), c.improvement(k), 0.0);
        }
        assertEquals(0, c.categories().deteriorated());
      }
    });
  }
}
