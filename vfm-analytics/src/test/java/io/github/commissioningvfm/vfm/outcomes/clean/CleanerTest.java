package io.github.commissioningvfm.vfm.outcomes.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {

  static ParticipantData small() throws Exception {
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").date("first_session_date").categories("gender", "pathway").build();
    return ParticipantData.readCsv(Path.of(CleanerTest.class
        .getResource("/io/github/commissioningvfm/vfm/outcomes/cyp-small.csv").toURI()), schema);
  }

  @Test
  void eachRowIsExcludedByTheFirstRuleThatAppliesAndCountsAddUp() throws Exception {
    CleanedData c = Cleaner.standard().clean(small());
    ExclusionReport r = c.report();
    // 14 rows: P01, P02, P03, P07, P13 are clean; the other nine each carry one fault.
    assertEquals(14, r.rowsRead());
    assertEquals(5, r.included());
    assertEquals(9, r.excluded());
    assertEquals(1, r.count("malformed-row"));          // P11: 4 fields
    assertEquals(1, r.count("never-attended"));         // P06: 0 sessions
    assertEquals(1, r.count("missing-baseline"));       // P08: n/a
    assertEquals(1, r.count("missing-follow-up"));      // P04: blank
    assertEquals(3, r.count("invalid-cell"));           // P05 #VALUE!, P10 "1,5", P12 #REF!
    assertEquals(1, r.count("out-of-range"));           // P09: 41 > 40
    assertEquals(1, r.count("duplicate-participant"));  // second P02
    assertArrayEquals(new int[] {0, 1, 2, 6, 13}, c.includedRows());
    assertEquals(List.of(new Exclusion(11, "P02", "duplicate-participant", "first seen on line 3")),
        r.exclusionsBy("duplicate-participant"));
    assertEquals("sdq_initial = 41.0 outside [0.0, 40.0] of sdq-total",
        r.exclusionsBy("out-of-range").get(0).detail());
    assertEquals(List.of("malformed-row", "never-attended", "missing-baseline", "missing-follow-up", "invalid-cell",
        "out-of-range", "duplicate-participant"), r.counts().stream().map(RuleCount::ruleId).toList());
  }

  @Test
  void userRulesRunAfterTheStandardRules() throws Exception {
    CleaningRule noAnger = CleanerEdgesTest.rule("no-anger-pathway", "anger pathway analysed separately",
        (data, row) -> data.levels(1).get(data.categoryCode(1, row)).equals("Anger"));
    CleanedData c = Cleaner.standard().withRule(noAnger).clean(small());
    // P02 (Anger, clean) goes to the user rule; P06 (Anger, 0 sessions) is still 'never-attended'.
    assertEquals(4, c.report().included());
    assertEquals(1, c.report().count("no-anger-pathway"));
    assertEquals(1, c.report().count("never-attended"));
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> Cleaner.standard().withRule(noAnger).withRule(noAnger));
    assertEquals("Argument 'rule.id' must be unique among user rules: no-anger-pathway", dup.getMessage());
    CleaningRule clash = CleanerEdgesTest.rule("duplicate-participant", "a user rule named like a standard one",
        (data, row) -> false);
    IllegalArgumentException standardId = assertThrows(IllegalArgumentException.class,
        () -> Cleaner.standard().withRule(clash));
    assertEquals("Argument 'rule.id' must differ from the standard rule ids: duplicate-participant",
        standardId.getMessage());
  }

  @Test
  void reportRefusesCountsThatDoNotAddUp() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExclusionReport("f.csv", 10, 8,
        List.of(new RuleCount("never-attended", "d", 1)), List.of(new Exclusion(2, "P1", "never-attended", ""))));
    assertEquals("Argument 'counts' must add up: included 8 + excluded 1 = rows read 10: "
        + "[RuleCount[ruleId=never-attended, description=d, count=1]]", e.getMessage());
  }
}
