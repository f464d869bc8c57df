package io.github.commissioningvfm.examples.synthetic;

import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.synthetic.Draws.Weighted;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic participant-level data shaped like the children and young people guided self-help
 * evaluation: one row per referred participant, as a spreadsheet export would have it.
 *
 * <p>The model behind the rows: the baseline SDQ total difficulties score (0-40, lower is better)
 * is normal with mean {@code baselineMean} and standard deviation {@code baselineSd}, rounded and
 * clipped to 0-40; attended participants have 1-6 sessions; the improvement (initial - final) is
 * {@code intercept + perSession x sessions + perBaselinePoint x (initial - baselineMean) + noise}
 * with normal noise, and the final score is {@code initial - improvement}, rounded and clipped.
 * Then the export is made untidy the way real ones are: participants who were assessed but never
 * attended (0 sessions, no final score), missing baseline or final scores (blank cells), and
 * spreadsheet error cells ({@code #VALUE!}, {@code #REF!}, {@code #N/A}); a few dates are Excel
 * serial numbers instead of dd/mm/yyyy.
 */
public final class CypSelfHelpSynthetic {

  /** The columns of the export, in order. */
  public static final List<String> COLUMNS = List.of("participant_id", "first_session_date", "gender",
      "referral_source", "pathway", "sdq_initial", "sdq_final", "sessions_attended");

  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final LocalDate FIRST_DATE = LocalDate.of(2021, 4, 1);
  private static final LocalDate LAST_DATE = LocalDate.of(2025, 3, 31);
  private static final List<Weighted<String>> GENDERS = List.of(
      new Weighted<>("Female", 0.52), new Weighted<>("Male", 0.45), new Weighted<>("Other", 0.03));
  private static final List<Weighted<String>> REFERRALS = List.of(
      new Weighted<>("School", 0.40), new Weighted<>("GP", 0.25), new Weighted<>("Parent/carer", 0.20),
      new Weighted<>("CAMHS", 0.10), new Weighted<>("Social care", 0.05));
  private static final List<Weighted<String>> PATHWAYS = List.of(
      new Weighted<>("Anxiety", 0.55), new Weighted<>("Anger", 0.20), new Weighted<>("Low mood", 0.15),
      new Weighted<>("Other", 0.10));
  private static final List<Weighted<Integer>> SESSIONS = List.of(
      new Weighted<>(1, 0.06), new Weighted<>(2, 0.10), new Weighted<>(3, 0.15), new Weighted<>(4, 0.22),
      new Weighted<>(5, 0.22), new Weighted<>(6, 0.25));
  private static final List<String> ERROR_CELLS = List.of("#VALUE!", "#REF!", "#N/A");

  private CypSelfHelpSynthetic() {
  }

  /**
   * The generator's parameters. All of them are printed in the example's report.
   *
   * @param seed the random seed
   * @param participants rows to generate
   * @param neverAttendedShare share assessed but never attended (0 sessions, blank final score)
   * @param missingBaselineShare share of attended rows with a blank initial score
   * @param missingFollowUpShare share of attended rows with a blank final score (left early)
   * @param errorCellShare share of attended rows with a spreadsheet error in one score cell
   * @param baselineMean mean initial SDQ score
   * @param baselineSd standard deviation of the initial SDQ score
   * @param improvementIntercept improvement (points) at zero sessions and mean baseline
   * @param improvementPerSession improvement (points) per session attended
   * @param improvementPerBaselinePoint improvement (points) per baseline point above the mean
   * @param noiseSd standard deviation of the individual improvement noise (points)
   * @param programmeCost the programme's total cost (one year's cost applied to all years)
   */
  public record Parameters(long seed, int participants, double neverAttendedShare, double missingBaselineShare,
      double missingFollowUpShare, double errorCellShare, double baselineMean, double baselineSd,
      double improvementIntercept, double improvementPerSession, double improvementPerBaselinePoint,
      double noiseSd, Cost programmeCost) {

    /**
     * Validates the parameters.
     *
     * @param seed the random seed
     * @param participants rows to generate
     * @param neverAttendedShare share never attended
     * @param missingBaselineShare share missing a baseline
     * @param missingFollowUpShare share missing a follow-up
     * @param errorCellShare share with an error cell
     * @param baselineMean mean initial score
     * @param baselineSd standard deviation of the initial score
     * @param improvementIntercept improvement intercept
     * @param improvementPerSession improvement per session
     * @param improvementPerBaselinePoint improvement per baseline point
     * @param noiseSd improvement noise
     * @param programmeCost the programme's total cost
     */
    public Parameters {
      Args.positive(participants, "participants");
      Args.inRange(neverAttendedShare, 0, 1, "neverAttendedShare");
      Args.inRange(missingBaselineShare, 0, 1, "missingBaselineShare");
      Args.inRange(missingFollowUpShare, 0, 1, "missingFollowUpShare");
      Args.inRange(errorCellShare, 0, 1, "errorCellShare");
      Args.inRange(baselineMean, 0, 40, "baselineMean");
      Args.positive(baselineSd, "baselineSd");
      Args.finite(improvementIntercept, "improvementIntercept");
      Args.finite(improvementPerSession, "improvementPerSession");
      Args.finite(improvementPerBaselinePoint, "improvementPerBaselinePoint");
      Args.notNegative(noiseSd, "noiseSd");
      Args.check(Args.notNull(programmeCost, "programmeCost").amount().signum() > 0, "programmeCost",
          "be positive", programmeCost);
    }

    /**
     * The parameters used by the worked example: N = 620 as in the published evaluation, and
     * a synthetic programme cost of GBP 220,000 in 2024/25 prices.
     *
     * @return the standard parameters, seed 20250401
     */
    public static Parameters standard() {
      return builder().build();
    }

    /**
     * A builder starting from the {@link #standard()} values.
     *
     * @return the builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /**
     * A builder starting from these values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
      Builder b = new Builder();
      b.seed = seed;
      b.participants = participants;
      b.neverAttendedShare = neverAttendedShare;
      b.missingBaselineShare = missingBaselineShare;
      b.missingFollowUpShare = missingFollowUpShare;
      b.errorCellShare = errorCellShare;
      b.baselineMean = baselineMean;
      b.baselineSd = baselineSd;
      b.improvementIntercept = improvementIntercept;
      b.improvementPerSession = improvementPerSession;
      b.improvementPerBaselinePoint = improvementPerBaselinePoint;
      b.noiseSd = noiseSd;
      b.programmeCost = programmeCost;
      return b;
    }

    /**
     * The same parameters with another seed.
     *
     * @param newSeed the seed
     * @return the parameters
     */
    public Parameters withSeed(long newSeed) {
      return toBuilder().seed(newSeed).build();
    }

    /**
     * The same parameters with another number of participants.
     *
     * @param count the number of rows
     * @return the parameters
     */
    public Parameters withParticipants(int count) {
      return toBuilder().participants(count).build();
    }

    /**
     * The parameters as "name = value" lines for a report.
     *
     * @return one line per parameter
     */
    public List<String> describe() {
      return List.of("seed = " + seed, "participants (rows) = " + participants,
          "never attended share = " + neverAttendedShare, "missing baseline share = " + missingBaselineShare,
          "missing follow-up share = " + missingFollowUpShare, "error cell share = " + errorCellShare,
          "baseline SDQ ~ Normal(" + baselineMean + ", " + baselineSd + "), clipped to 0-40",
          "sessions attended 1-6 with weights " + Draws.describe(SESSIONS),
          "improvement = " + improvementIntercept + " + " + improvementPerSession + " x sessions + "
              + improvementPerBaselinePoint + " x (initial - " + baselineMean + ") + Normal(0, " + noiseSd + ")",
          "gender " + Draws.describe(GENDERS), "referral source " + Draws.describe(REFERRALS), "pathway " + Draws.describe(PATHWAYS),
          "first session dates uniform " + FIRST_DATE + " to " + LAST_DATE + " (dd/mm/yyyy; 1% as Excel serials)",
          "programme cost = " + programmeCost + " (synthetic)");
    }

    /** Builds {@link Parameters}; every value starts at its {@link #standard()} value. */
    public static final class Builder {
      private long seed = 20250401L;
      private int participants = 620;
      private double neverAttendedShare = 0.08;
      private double missingBaselineShare = 0.02;
      private double missingFollowUpShare = 0.10;
      private double errorCellShare = 0.025;
      private double baselineMean = 19.0;
      private double baselineSd = 6.0;
      private double improvementIntercept = 1.8;
      private double improvementPerSession = 0.9;
      private double improvementPerBaselinePoint = 0.35;
      private double noiseSd = 4.5;
      private Cost programmeCost = Cost.of("220000", "2024/25");

      private Builder() {
      }

      /**
       * Sets the seed.
       *
       * @param value the seed
       * @return this builder
       */
      public Builder seed(long value) {
        this.seed = value;
        return this;
      }

      /**
       * Sets the number of rows.
       *
       * @param value the number of participants
       * @return this builder
       */
      public Builder participants(int value) {
        this.participants = value;
        return this;
      }

      /**
       * Sets the export's untidiness.
       *
       * @param neverAttended share assessed but never attended
       * @param missingBaseline share of attended rows with a blank initial score
       * @param missingFollowUp share of attended rows with a blank final score
       * @param errorCells share of attended rows with a spreadsheet error in one score cell
       * @return this builder
       */
      public Builder debris(double neverAttended, double missingBaseline, double missingFollowUp, double errorCells) {
        this.neverAttendedShare = neverAttended;
        this.missingBaselineShare = missingBaseline;
        this.missingFollowUpShare = missingFollowUp;
        this.errorCellShare = errorCells;
        return this;
      }

      /**
       * Sets the baseline score distribution.
       *
       * @param mean mean initial SDQ score
       * @param sd its standard deviation
       * @return this builder
       */
      public Builder baseline(double mean, double sd) {
        this.baselineMean = mean;
        this.baselineSd = sd;
        return this;
      }

      /**
       * Sets the improvement model.
       *
       * @param intercept improvement at zero sessions and mean baseline
       * @param perSession improvement per session
       * @param perBaselinePoint improvement per baseline point above the mean
       * @param noise standard deviation of the individual noise
       * @return this builder
       */
      public Builder improvement(double intercept, double perSession, double perBaselinePoint, double noise) {
        this.improvementIntercept = intercept;
        this.improvementPerSession = perSession;
        this.improvementPerBaselinePoint = perBaselinePoint;
        this.noiseSd = noise;
        return this;
      }

      /**
       * Sets the programme cost.
       *
       * @param value the programme's total cost
       * @return this builder
       */
      public Builder programmeCost(Cost value) {
        this.programmeCost = value;
        return this;
      }

      /**
       * Builds and validates the parameters.
       *
       * @return the parameters
       */
      public Parameters build() {
        return new Parameters(seed, participants, neverAttendedShare, missingBaselineShare, missingFollowUpShare,
            errorCellShare, baselineMean, baselineSd, improvementIntercept, improvementPerSession,
            improvementPerBaselinePoint, noiseSd, programmeCost);
      }
    }
  }

  /**
   * One exported row, every field as text exactly as the spreadsheet export has it (blank,
   * error cells and all).
   *
   * @param participantId participant id
   * @param firstSessionDate date of the first session
   * @param gender gender
   * @param referralSource who referred
   * @param pathway programme pathway
   * @param sdqInitial initial SDQ total difficulties score
   * @param sdqFinal final SDQ total difficulties score
   * @param sessionsAttended sessions attended
   */
  public record Row(String participantId, String firstSessionDate, String gender, String referralSource,
      String pathway, String sdqInitial, String sdqFinal, String sessionsAttended) {

    /**
     * Checks that no field is null (blank fields are empty strings).
     *
     * @param participantId participant id
     * @param firstSessionDate date of the first session
     * @param gender gender
     * @param referralSource who referred
     * @param pathway programme pathway
     * @param sdqInitial initial score
     * @param sdqFinal final score
     * @param sessionsAttended sessions attended
     */
    public Row {
      Args.notBlank(participantId, "participantId");
      Args.notNull(firstSessionDate, "firstSessionDate");
      Args.notNull(gender, "gender");
      Args.notNull(referralSource, "referralSource");
      Args.notNull(pathway, "pathway");
      Args.notNull(sdqInitial, "sdqInitial");
      Args.notNull(sdqFinal, "sdqFinal");
      Args.notNull(sessionsAttended, "sessionsAttended");
    }

    List<String> fields() {
      return List.of(participantId, firstSessionDate, gender, referralSource, pathway, sdqInitial, sdqFinal,
          sessionsAttended);
    }
  }

  /**
   * Generates the rows.
   *
   * @param parameters the parameters
   * @return the rows, in participant order
   */
  public static List<Row> generate(Parameters parameters) {
    Args.notNull(parameters, "parameters");
    Draws draws = new Draws(parameters.seed());
    long days = ChronoUnit.DAYS.between(FIRST_DATE, LAST_DATE);
    List<Row> rows = new ArrayList<>(parameters.participants());
    for (int i = 1; i <= parameters.participants(); i++) {
      String id = String.format(Locale.ROOT, "CYP-%04d", i);
      LocalDate first = FIRST_DATE.plusDays((long) (draws.uniform() * (days + 1)));
      String date = draws.chance(0.01)
          ? Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, first))
          : UK_DATE.format(first);
      String gender = draws.pick(GENDERS);
      String referral = draws.pick(REFERRALS);
      String pathway = draws.pick(PATHWAYS);
      int initial = clip(Math.round(draws.normal(parameters.baselineMean(), parameters.baselineSd())));
      if (draws.chance(parameters.neverAttendedShare())) {
        rows.add(new Row(id, date, gender, referral, pathway, Integer.toString(initial), "", "0"));
        continue;
      }
      int sessions = draws.pick(SESSIONS);
      double improvement = parameters.improvementIntercept() + parameters.improvementPerSession() * sessions
          + parameters.improvementPerBaselinePoint() * (initial - parameters.baselineMean())
          + draws.normal(0, parameters.noiseSd());
      int fin = clip(Math.round(initial - improvement));
      String initialCell = Integer.toString(initial);
      String finalCell = Integer.toString(fin);
      if (draws.chance(parameters.missingBaselineShare())) {
        initialCell = "";
      }
      if (draws.chance(parameters.missingFollowUpShare())) {
        finalCell = "";
      }
      if (draws.chance(parameters.errorCellShare())) {
        String error = ERROR_CELLS.get(draws.between(0, ERROR_CELLS.size() - 1));
        if (draws.chance(0.5)) {
          initialCell = error;
        } else {
          finalCell = error;
        }
      }
      rows.add(new Row(id, date, gender, referral, pathway, initialCell, finalCell, Integer.toString(sessions)));
    }
    return List.copyOf(rows);
  }

  /**
   * The rows as CSV text with the {@link #COLUMNS} header.
   *
   * @param rows the rows
   * @return the CSV text
   */
  public static String toCsv(List<Row> rows) {
    return Csv.format(COLUMNS, Args.noNullElements(rows, "rows").stream().map(Row::fields).toList());
  }

  private static int clip(long score) {
    return (int) Math.max(0, Math.min(40, score));
  }
}
