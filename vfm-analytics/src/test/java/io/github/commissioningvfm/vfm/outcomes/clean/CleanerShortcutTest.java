package io.github.commissioningvfm.vfm.outcomes.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The cleaner checks a row's common case on primitives before asking the rules one by one; these
 * properties hold it to the rules: the shortcut passes exactly the rows every standard rule passes,
 * and the cleaner's result equals the rules applied one by one with a hash map of first rows.
 */
class CleanerShortcutTest {

  private static final String[] CELLS = {"", " ", "n/a", "#VALUE!", "#N/A", "1,5", "abc", "-1", "0", "3", "12",
      "12.5", "40", "41", " 7 ", "1001"};
  private static final String[] DATES = {"2022-05-03", "", "n/a", "Tuesday", "44700", "31/02/2022"};
  private static final String[] GENDERS = {"F", "M", "", "n/a", "#REF!", " F "};
  private static final ParticipantSchema SCHEMA = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
      .scores("b", "f").date("d").categories("g").build();

  private static ParticipantData generated(List<List<Integer>> rows, int idSpace) {
    StringBuilder csv = new StringBuilder("participant_id,b,f,sessions_attended,d,g\n");
    int i = 0;
    for (List<Integer> r : rows) {
      if (r.get(5) == 0) {
        csv.append("P").append(i % idSpace).append(",short\n");
      } else {
        String id = r.get(0) % 7 == 0 ? CELLS[r.get(0) % 3] : "P" + (i % idSpace);
        csv.append(id).append(',').append(CELLS[r.get(1)]).append(',').append(CELLS[r.get(2)]).append(',')
            .append(CELLS[r.get(3)]).append(',').append(DATES[r.get(4) % DATES.length]).append(',')
            .append(GENDERS[r.get(5) % GENDERS.length]).append('\n');
      }
      i++;
    }
    return ParticipantData.readCsv(new StringReader(csv.toString()), "gen.csv", SCHEMA);
  }

  private static Gen<List<List<Integer>>> rows() {
    return lists().of(lists().of(integers().between(0, CELLS.length - 1)).ofSize(6)).ofSizeBetween(1, 50);
  }

  @Test
  void theShortcutPassesExactlyTheRowsThatEveryStandardRulePasses() {
    OutcomeMeasure measure = SCHEMA.measure();
    qt().forAll(rows(), integers().between(1, 20)).checkAssert((rs, ids) -> {
      ParticipantData d = generated(rs, ids);
      for (int r = 0; r < d.size(); r++) {
        boolean everyRulePasses = true;
        for (StandardRule rule : StandardRule.values()) {
          everyRulePasses &= rule.exclude(d, r, r).isEmpty();
        }
        assertEquals(everyRulePasses, Cleaner.passesStandardRules(d, r, measure), "line " + d.line(r));
      }
    });
  }

  @Test
  void cleaningEqualsTheRulesAppliedOneByOne() {
    qt().forAll(rows(), integers().between(1, 20)).checkAssert((rs, ids) -> {
      ParticipantData d = generated(rs, ids);
      CleanedData cleaned = Cleaner.standard().clean(d);
      Map<String, Integer> firstRow = new HashMap<>();
      List<Integer> included = new ArrayList<>();
      List<Exclusion> excluded = new ArrayList<>();
      for (int r = 0; r < d.size(); r++) {
        int first = r;
        if (!d.participantId(r).isEmpty() && d.malformed(r).isEmpty()) {
          Integer earlier = firstRow.putIfAbsent(d.participantId(r), r);
          first = earlier == null ? r : earlier;
        }
        Exclusion hit = null;
        for (StandardRule rule : StandardRule.values()) {
          Optional<String> why = rule.exclude(d, r, first);
          if (why.isPresent()) {
            hit = new Exclusion(d.line(r), d.participantId(r), rule.id(), why.get());
            break;
          }
        }
        if (hit == null) {
          included.add(r);
        } else {
          excluded.add(hit);
        }
      }
      assertArrayEquals(included.stream().mapToInt(Integer::intValue).toArray(), cleaned.includedRows());
      assertEquals(excluded, cleaned.report().exclusions());
    });
  }
}
