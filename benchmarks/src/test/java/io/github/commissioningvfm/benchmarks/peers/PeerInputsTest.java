package io.github.commissioningvfm.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.benchmarks.engine.CrisisServicePsa;
import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactRecords;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactSchema;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerInputsTest {

  @TempDir
  Path dir;

  private static long count(ExclusionReport report, String rule) {
    return report.counts().stream().filter(c -> c.ruleId().equals(rule)).mapToLong(RuleCount::count).sum();
  }

  @Test
  void participantFilesAreSeededAndExerciseEveryCleaningRuleButMalformedRows() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    PeerInputs.outcomes(a, 20_000);
    PeerInputs.outcomes(b, 20_000);
    assertArrayEquals(Files.readAllBytes(a.resolve("participants.csv")), Files.readAllBytes(b.resolve("participants.csv")));
    ParticipantSchema schema = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").categories("gender", "pathway").build();
    ExclusionReport report = Cleaner.standard().clean(ParticipantData.readCsv(a.resolve("participants.csv"), schema))
        .report();
    assertEquals(20_000, report.rowsRead());
    assertEquals(0, count(report, "malformed-row"));
    for (String rule : new String[] {"never-attended", "missing-baseline", "missing-follow-up", "invalid-cell",
        "out-of-range", "duplicate-participant"}) {
      assertTrue(count(report, rule) > 0, rule + " never applies: " + report.counts());
    }
    assertEquals("2500000.00", PeerFiles.settings(a).get("programme_cost"));
  }

  @Test
  void contactFilesExerciseEveryContactRuleButMalformedRows() throws IOException {
    PeerInputs.contacts(dir, 50_000);
    ContactRecords records = ContactRecords.readCsv(dir.resolve("contacts.csv"), ContactSchema.builder("alternative")
        .financialYear("financial_year").attended("attended").id("contact_id").build());
    assertEquals(50_000, records.report().rowsRead());
    for (String rule : new String[] {"invalid-date", "not-attended", "blank-alternative", "invalid-alternative"}) {
      assertTrue(count(records.report(), rule) > 0, rule + " never applies: " + records.report().counts());
    }
    assertTrue(Files.readAllLines(dir.resolve("costs.csv")).contains("zero,None,,0,would have gone nowhere"));
  }

  @Test
  void psaInputsReadBackAsTheBenchmarkDeclaresThem() throws IOException {
    PeerInputs.psa(dir);
    assertEquals(CrisisServicePsa.inputs(), PsaPeer.readInputs(dir.resolve("inputs.csv")));
    assertEquals("10000", PeerFiles.settings(dir).get("iterations"));
  }

  @Test
  void anUnknownWorkloadIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PeerInputs.main(new String[] {dir.toString(), "lottery"}));
    assertEquals("unknown workload 'lottery'; expected outcomes, bootstrap, psa or roi", e.getMessage());
  }
}
