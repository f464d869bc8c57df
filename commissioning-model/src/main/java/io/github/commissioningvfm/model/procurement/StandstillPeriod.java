package io.github.commissioningvfm.model.procurement;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The Provider Selection Regime standstill period after a notice of intention to award (direct
 * award process C, the most suitable provider process and the competitive process). It begins on
 * the day after the notice is published, and aggrieved providers may make written representations
 * until midnight at the end of the 8th working day after the day it begins (SI 2023/1348,
 * regulation 12). NHS England's statutory guidance (final version of January 2024, "Reviewing
 * decisions during the standstill period") confirms that the count of eight working days starts
 * from the day after the day the notice is published, a longer period than the draft guidance's
 * count from the next working day; the regulation's own text was not read. Without representations
 * the contract may be entered into once that day has ended. Working days here are Monday to Friday
 * other than the bank holidays given.
 *
 * @param noticePublished the day the notice of intention was published
 * @param begins the day after publication
 * @param lastDayForRepresentations the 8th working day after the day the period begins
 * @param earliestAward the next working day after the last day for representations
 * @since 0.1.0
 */
public record StandstillPeriod(LocalDate noticePublished, LocalDate begins, LocalDate lastDayForRepresentations,
    LocalDate earliestAward) {

  /** Working days after the day the period begins during which representations may be made. */
  public static final int WORKING_DAYS = 8;

  /** Where the rule is published. */
  public static final Provenance RULE = PsrAssessment.regulation("12", "regulation 12 (the standstill period)");

  /**
   * Creates a period.
   *
   * @param noticePublished the publication day
   * @param begins the day after
   * @param lastDayForRepresentations the last day for representations
   * @param earliestAward the earliest award day
   */
  public StandstillPeriod {
    Args.notNull(noticePublished, "noticePublished");
    Args.notNull(begins, "begins");
    Args.notNull(lastDayForRepresentations, "lastDayForRepresentations");
    Args.notNull(earliestAward, "earliestAward");
    Args.check(begins.equals(noticePublished.plusDays(1)), "begins", "be the day after " + noticePublished, begins);
    Args.check(lastDayForRepresentations.isAfter(begins), "lastDayForRepresentations", "be after " + begins,
        lastDayForRepresentations);
    Args.check(earliestAward.isAfter(lastDayForRepresentations), "earliestAward", "be after "
        + lastDayForRepresentations, earliestAward);
  }

  /**
   * The standstill period after a notice published on a day.
   *
   * @param noticePublished the publication day
   * @param bankHolidays bank holidays to skip; may be empty
   * @return the period
   */
  public static StandstillPeriod after(LocalDate noticePublished, Set<LocalDate> bankHolidays) {
    Args.notNull(noticePublished, "noticePublished");
    Args.noNullElements(bankHolidays, "bankHolidays");
    LocalDate begins = noticePublished.plusDays(1);
    LocalDate day = begins;
    for (int counted = 0; counted < WORKING_DAYS;) {
      day = day.plusDays(1);
      if (isWorkingDay(day, bankHolidays)) {
        counted++;
      }
    }
    LocalDate award = day.plusDays(1);
    while (!isWorkingDay(award, bankHolidays)) {
      award = award.plusDays(1);
    }
    return new StandstillPeriod(noticePublished, begins, day, award);
  }

  private static boolean isWorkingDay(LocalDate day, Set<LocalDate> bankHolidays) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !bankHolidays.contains(day);
  }

  /**
   * The period in words.
   *
   * @return e.g. "notice published 2025-03-03; standstill begins 2025-03-04; representations until midnight ..."
   */
  @Override
  public String toString() {
    return "notice published " + noticePublished + "; standstill begins " + begins
        + "; representations until midnight at the end of " + lastDayForRepresentations
        + "; earliest award without representations " + earliestAward;
  }
}
