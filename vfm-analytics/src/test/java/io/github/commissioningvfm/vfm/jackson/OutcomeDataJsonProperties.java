package io.github.commissioningvfm.vfm.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Participant files of every kind of cell (debris, blanks, spreadsheet errors, stray whitespace,
 * Excel serial dates, short rows) load, clean and analyse to data and results that write to JSON
 * and read back equal.
 */
class OutcomeDataJsonProperties {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final String[] SCORES = {"", " ", "n/a", "#VALUE!", "1,5", "abc", "-1", "0", "3", "12", "12.5",
      "40", " 7 "};
  private static final String[] DATES = {"", "2023-04-01", "01/04/2023", "45017", " 45018", "soon", "#REF!"};
  private static final String[] LEVELS = {"", "F", "M", " F", "n/a", "#N/A", "X"};

  @Test
  void everyLoadedCleanedAndAnalysedFileReadsBackEqual() {
    Gen<List<Integer>> row = lists().of(integers().between(0, 1_000)).ofSize(6);
    Gen<List<List<Integer>>> rows = lists().of(row).ofSizeBetween(1, 40);
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("b", "f")
        .date("d").categories("g").build();
    qt().forAll(rows).checkAssert(rs -> {
      StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended,d,g\n");
      int i = 0;
      for (List<Integer> r : rs) {
        if (r.get(5) % 17 == 0) {
          csv.append("P").append(i).append(",short\n");
        } else {
          csv.append(r.get(0) % 9 == 0 ? "" : "P" + (r.get(0) % 25)).append(',')
              .append(SCORES[r.get(1) % SCORES.length]).append(',').append(SCORES[r.get(2) % SCORES.length])
              .append(',').append(SCORES[r.get(3) % SCORES.length]).append(',')
              .append(DATES[r.get(4) % DATES.length]).append(',').append(LEVELS[r.get(5) % LEVELS.length])
              .append('\n');
        }
        i++;
      }
      ParticipantData data = ParticipantData.readCsv(new StringReader(csv.toString()), "gen.csv", schema);
      CleanedData cleaned = Cleaner.standard().clean(data);
      try {
        assertEquals(data, MAPPER.readValue(MAPPER.writeValueAsString(data), ParticipantData.class));
        assertEquals(cleaned, MAPPER.readValue(MAPPER.writeValueAsString(cleaned), CleanedData.class));
        if (cleaned.size() > 0) {
          ChangeResult change = ChangeAnalysis.of(cleaned);
          assertEquals(change, MAPPER.readValue(MAPPER.writeValueAsString(change), ChangeResult.class));
        }
      } catch (java.io.IOException e) {
        throw new AssertionError(csv.toString(), e);
      }
    });
  }
}
