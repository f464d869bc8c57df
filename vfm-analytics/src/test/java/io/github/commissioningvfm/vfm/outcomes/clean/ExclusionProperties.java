package io.github.commissioningvfm.vfm.outcomes.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ExclusionProperties {

  private static final String[] CELLS = {"", " ", "n/a", "#VALUE!", "#REF!", "#N/A", "#DIV/0!", "1,5", "abc", "-1",
      "0", "3", "12", "12.5", "40", "41", " 7 "};

  @Test
  void includedPlusExcludedAlwaysEqualsRowsRead() {
    Gen<List<Integer>> row = lists().of(integers().between(0, CELLS.length - 1)).ofSize(4);
    Gen<List<List<Integer>>> rows = lists().of(row).ofSizeBetween(1, 60);
    Gen<Integer> idSpace = integers().between(1, 30);
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("b", "f").build();
    qt().forAll(rows, idSpace).checkAssert((rs, ids) -> {
      StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended\n");
      int i = 0;
      for (List<Integer> r : rs) {
        if (r.get(3) == 0) {
          csv.append("short-row\n");
        } else {
          csv.append(CELLS[r.get(0)].isBlank() ? "" : "P" + (i % ids)).append(',').append(CELLS[r.get(1)]).append(',')
              .append(CELLS[r.get(2)]).append(',').append(CELLS[r.get(3)]).append('\n');
        }
        i++;
      }
      ParticipantData d = ParticipantData.readCsv(new StringReader(csv.toString()), "gen.csv", schema);
      CleanedData c = Cleaner.standard().clean(d);
      ExclusionReport rep = c.report();
      long excluded = rep.counts().stream().mapToLong(RuleCount::count).sum();
      assertEquals(rs.size(), rep.rowsRead());
      assertEquals(rep.rowsRead(), rep.included() + excluded);
      assertEquals(excluded, rep.exclusions().size());
      assertEquals(c.size(), rep.included());
    });
  }
}
