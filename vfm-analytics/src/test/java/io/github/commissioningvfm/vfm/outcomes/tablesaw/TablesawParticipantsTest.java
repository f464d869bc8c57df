package io.github.commissioningvfm.vfm.outcomes.tablesaw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.Cleaner;
import io.github.commissioningvfm.vfm.outcomes.load.CellIssue;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantSchema;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesawParticipantsTest {

  static final ParticipantSchema SCHEMA = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
      .scores("sdq_initial", "sdq_final").categories("gender").build();

  @Test
  void readsNumericAndTextColumnsWithTheSameClassificationAsCsv() {
    DoubleColumn finals = DoubleColumn.create("sdq_final", new double[] {12, 15, 20});
    finals.setMissing(1);
    Table t = Table.create("cyp",
        StringColumn.create("participant_id", "A", "B", "C"),
        StringColumn.create("sdq_initial", "20", "#REF!", "22"),
        finals,
        IntColumn.create("sessions_attended", 4, 5, 6),
        StringColumn.create("gender", "F", "M", "F"));
    ParticipantData d = TablesawParticipants.read(t, SCHEMA);
    assertEquals(3, d.size());
    assertEquals("cyp", d.source());
    assertEquals(20.0, d.baseline(0));
    assertEquals(Optional.of(CellIssue.SPREADSHEET_ERROR), d.baselineIssue(1));
    assertEquals(Optional.of(CellIssue.BLANK), d.followUpIssue(1));
    assertEquals(22.0, d.baseline(2));
    assertEquals(6, d.sessions(2));
    CleanedData c = Cleaner.standard().clean(d);
    assertEquals(2, c.size());
    assertEquals(1, c.report().count("missing-follow-up"));
  }

  @Test
  void missingColumnIsNamed() {
    Table t = Table.create("cyp", StringColumn.create("participant_id", "A"));
    InputFormatException e = assertThrows(InputFormatException.class, () -> TablesawParticipants.read(t, SCHEMA));
    assertEquals("cyp, line 1, column 'sdq_initial': required column is missing from the header: 'participant_id'",
        e.getMessage());
  }
}
