package io.github.commissioningvfm.examples.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CypSelfHelpSyntheticTest {

  private final CypSelfHelpSynthetic.Parameters standard = CypSelfHelpSynthetic.Parameters.standard();
  private final List<CypSelfHelpSynthetic.Row> rows = CypSelfHelpSynthetic.generate(standard);

  @Test
  void hasTheSizeOfThePublishedDataset() {
    // N = 620 participants (domain.md section 6, Sever 2025).
    assertEquals(620, rows.size());
    assertEquals("CYP-0001", rows.get(0).participantId());
    assertEquals("CYP-0620", rows.get(619).participantId());
  }

  @Test
  void isReproducibleForASeedAndDiffersForAnother() {
    assertEquals(rows, CypSelfHelpSynthetic.generate(standard));
    assertNotEquals(rows, CypSelfHelpSynthetic.generate(standard.withSeed(7)));
  }

  @Test
  void containsEveryKindOfDebrisTheCleaningMustHandle() {
    long neverAttended = rows.stream().filter(r -> r.sessionsAttended().equals("0")).count();
    long blankBaseline = rows.stream().filter(r -> r.sdqInitial().isEmpty()).count();
    long blankFinal = rows.stream().filter(r -> r.sdqFinal().isEmpty() && !r.sessionsAttended().equals("0")).count();
    Set<String> errors = rows.stream().flatMap(r -> List.of(r.sdqInitial(), r.sdqFinal()).stream())
        .filter(v -> v.startsWith("#")).collect(Collectors.toSet());
    long serialDates = rows.stream().filter(r -> !r.firstSessionDate().contains("/")).count();
    assertTrue(neverAttended > 20, "never attended: " + neverAttended);
    assertTrue(blankBaseline > 0, "blank baseline: " + blankBaseline);
    assertTrue(blankFinal > 20, "blank final: " + blankFinal);
    assertEquals(Set.of("#VALUE!", "#REF!", "#N/A"), errors);
    assertTrue(serialDates > 0, "Excel serial dates: " + serialDates);
  }

  @Test
  void scoresStayOnTheSdqScaleAndSessionsOnTheProgramme() {
    for (CypSelfHelpSynthetic.Row r : rows) {
      for (String score : List.of(r.sdqInitial(), r.sdqFinal())) {
        if (!score.isEmpty() && !score.startsWith("#")) {
          int value = Integer.parseInt(score);
          assertTrue(value >= 0 && value <= 40, r.toString());
        }
      }
      int sessions = Integer.parseInt(r.sessionsAttended());
      assertTrue(sessions >= 0 && sessions <= 6, r.toString());
    }
  }

  @Test
  void csvHasTheDeclaredHeaderAndOneLinePerRow() {
    String csv = CypSelfHelpSynthetic.toCsv(rows);
    String[] lines = csv.split("\r\n");
    assertEquals("participant_id,first_session_date,gender,referral_source,pathway,sdq_initial,sdq_final,"
        + "sessions_attended", lines[0]);
    assertEquals(621, lines.length);
  }

  @Test
  void parametersAreDescribedAndValidated() {
    assertTrue(standard.describe().contains("seed = 20250401"));
    assertTrue(standard.describe().stream().anyMatch(l -> l.contains("(synthetic)")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> standard.withParticipants(0));
    assertEquals("Argument 'participants' must be positive: 0", e.getMessage());
  }
}
