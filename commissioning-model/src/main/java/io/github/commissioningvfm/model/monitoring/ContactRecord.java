package io.github.commissioningvfm.model.monitoring;

import io.github.commissioningvfm.model.internal.Args;
import java.time.LocalDate;

/**
 * One booked contact (session, call or visit) with a participant.
 *
 * @param participantId the participant's id
 * @param date the day of the contact
 * @param attended whether the participant attended
 * @since 0.1.0
 */
public record ContactRecord(String participantId, LocalDate date, boolean attended) {

  /**
   * Creates a contact.
   *
   * @param participantId the participant
   * @param date the day
   * @param attended whether attended
   */
  public ContactRecord {
    Args.notBlank(participantId, "participantId");
    Args.notNull(date, "date");
  }
}
