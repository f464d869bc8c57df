package io.github.commissioningvfm.vfm.outcomes.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** Several user rules, rule order and the consistency checks of {@link CleanedData#of}. */
class CleanerEdgesTest {

  /** A user rule that excludes the rows {@code when} picks, with the detail "{@code <id>} applies". */
  static CleaningRule rule(String id, String description, BiPredicate<ParticipantData, Integer> when) {
    return new CleaningRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public Optional<String> exclude(ParticipantData data, int row) {
        return when.test(data, row) ? Optional.of(id + " applies") : Optional.empty();
      }
    };
  }

  private static boolean pathway(ParticipantData d, int row, String level) {
    return d.malformed(row).isEmpty() && d.levels(1).get(d.categoryCode(1, row)).equals(level);
  }

  @Test
  void aSecondUserRuleIsCountedUnderItsOwnIdAndDescription() throws Exception {
    Cleaner cleaner = Cleaner.standard()
        .withRule(rule("no-anger", "anger pathway analysed separately", (d, r) -> pathway(d, r, "Anger")))
        .withRule(rule("no-anxiety", "anxiety pathway analysed separately", (d, r) -> pathway(d, r, "Anxiety")));
    CleanedData c = cleaner.clean(CleanerTest.small());
    ExclusionReport r = c.report();
    // the five clean rows: P02 is Anger; P01, P03, P07 and P13 are Anxiety
    assertEquals(1, r.count("no-anger"));
    assertEquals(4, r.count("no-anxiety"));
    assertEquals(List.of("P01", "P03", "P07", "P13"),
        r.exclusionsBy("no-anxiety").stream().map(Exclusion::participantId).toList());
    assertEquals(1, r.count("duplicate-participant"));
    assertEquals(14, r.included() + r.excluded());
    List<String> ids = r.counts().stream().map(RuleCount::ruleId).toList();
    List<String> descriptions = r.counts().stream().map(RuleCount::description).toList();
    assertEquals("anger pathway analysed separately", descriptions.get(ids.indexOf("no-anger")));
    assertEquals("anxiety pathway analysed separately", descriptions.get(ids.indexOf("no-anxiety")));
    assertEquals("participant id already appeared on an earlier row", descriptions.get(ids.indexOf("duplicate-participant")),
        "the standard rule keeps its own description");
  }

  @Test
  void aRowTheFirstStandardRuleExcludesIsNotReassignedToAUserRule() throws Exception {
    CleanedData c = Cleaner.standard().withRule(rule("everything", "every row", (d, r) -> true))
        .clean(CleanerTest.small());
    // P11 has 4 fields: malformed-row, the first standard rule, wins over the user rule
    assertEquals(1, c.report().count("malformed-row"));
    assertEquals(1, c.report().count("never-attended"));
    assertEquals(0, c.report().included());
    assertEquals(5, c.report().count("everything"));
  }

  @Test
  void aUserRuleNeedsADescription() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cleaner.standard().withRule(rule("x", " ", (d, r) -> false)));
    assertEquals("Argument 'rule.description' must not be blank: ' '", e.getMessage());
  }

  @Test
  void cleanedDataMustAgreeWithItsReport() throws Exception {
    CleanedData c = Cleaner.standard().clean(CleanerTest.small());
    ParticipantData d = c.data();
    ExclusionReport r = c.report();
    assertEquals(c, CleanedData.of(d, c.includedRows(), r));
    assertEquals(c.hashCode(), CleanedData.of(d, c.includedRows(), r).hashCode());
    IllegalArgumentException source = assertThrows(IllegalArgumentException.class, () -> CleanedData.of(d,
        c.includedRows(), new ExclusionReport("other.csv", r.rowsRead(), r.included(), r.counts(), r.exclusions())));
    assertEquals("Argument 'report.source' must be the data's source '" + d.source() + "': other.csv",
        source.getMessage());
    IllegalArgumentException read = assertThrows(IllegalArgumentException.class, () -> CleanedData.of(d,
        c.includedRows(), new ExclusionReport(d.source(), 15, 6, List.of(new RuleCount("never-attended", "d", 9)),
            r.exclusions())));
    assertEquals("Argument 'report.rowsRead' must be the data's 14 rows: 15", read.getMessage());
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> CleanedData.of(d, new int[] {0, 1, 2, 6}, r));
    assertEquals("Argument 'report.included' must be the 4 included rows: 5", count.getMessage());
    IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
        () -> CleanedData.of(d, new int[] {0, 1, 2, 6, 14}, r));
    assertEquals("Argument 'included[4]' must be a row index in [0, 14) after the previous one: 14",
        past.getMessage());
    IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
        () -> CleanedData.of(d, new int[] {0, 1, 1, 6, 13}, r));
    assertEquals("Argument 'included[2]' must be a row index in [0, 14) after the previous one: 1",
        repeated.getMessage());
    CleanedData other = Cleaner.standard().withRule(rule("everything", "every row", (x, y) -> true))
        .clean(CleanerTest.small());
    assertNotEquals(c, other);
    assertNotEquals(c.hashCode(), other.hashCode());
  }
}
