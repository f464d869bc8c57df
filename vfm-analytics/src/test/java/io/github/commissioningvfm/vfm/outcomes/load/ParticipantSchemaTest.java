package io.github.commissioningvfm.vfm.outcomes.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.commissioningvfm.model.outcome.StandardOutcomeMeasures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declared layout: its columns in order, and a column declared twice refused. */
class ParticipantSchemaTest {

  @Test
  void columnsListIdScoresSessionsDateAndCategoriesInOrder() {
    ParticipantSchema s = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .scores("sdq_initial", "sdq_final").date("first_session_date").categories("gender", "pathway").build();
    assertEquals(List.of("participant_id", "sdq_initial", "sdq_final", "sessions_attended", "first_session_date",
        "gender", "pathway"), s.columns());
    ParticipantSchema undated = ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL)
        .id("id").scores("before", "after").sessions("n").categories("gender").build();
    assertEquals(List.of("id", "before", "after", "n", "gender"), undated.columns());
  }

  @Test
  void aColumnDeclaredTwiceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("sdq_initial", "sdq_final")
            .date("gender").categories("gender").build());
    assertEquals("Argument 'columns' must be distinct, but this column is declared twice: gender", e.getMessage());
    IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
        () -> ParticipantSchema.builder(StandardOutcomeMeasures.SDQ_TOTAL).scores("sdq_initial", "sdq_final")
            .date("sdq_final").build());
    assertEquals("Argument 'columns' must be distinct, but this column is declared twice: sdq_final", date.getMessage());
  }
}
