package io.github.commissioningvfm.examples.synthetic;

import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.synthetic.Draws.Weighted;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Synthetic contact-level data shaped like the Safe Haven crisis service evaluation: one row per
 * recorded contact over five financial years, with the answer to "where would you have gone
 * otherwise?".
 *
 * <p>The model behind the rows: contacts are split across the years by fixed shares (largest
 * remainder, so they sum exactly); participants are created in turn within a year, each with
 * 1 to 8 contacts (a participant-level age, referral source and home location); each contact is by
 * phone, face to face or video with fixed shares; a share of contacts is not attended; attended
 * contacts state an alternative drawn with fixed weights, or leave it blank; most non-attended
 * contacts leave it blank.
 */
public final class SafeHavenSynthetic {

  /** The columns of the export, in order. */
  public static final List<String> COLUMNS = List.of("contact_id", "participant_id", "financial_year",
      "contact_mode", "attended", "age", "referral_source", "location", "alternative");

  /** The alternatives as the export spells them (a blank cell means unanswered). */
  public static final List<String> ALTERNATIVES = List.of("111", "A&E", "AMHT", "Ambulance", "Friends/family",
      "GP", "None", "Samaritans");

  private static final List<Weighted<String>> REFERRALS = List.of(
      new Weighted<>("Self", 0.45), new Weighted<>("GP", 0.15), new Weighted<>("AMHT", 0.12),
      new Weighted<>("NHS 111", 0.10), new Weighted<>("Police", 0.08), new Weighted<>("A&E", 0.05),
      new Weighted<>("Other", 0.05));
  private static final List<Weighted<String>> SITES = List.of(
      new Weighted<>("Town centre hub", 0.6), new Weighted<>("Hospital site", 0.4));

  private SafeHavenSynthetic() {
  }

  /**
   * The generator's parameters. All of them are printed in the example's report.
   *
   * @param seed the random seed
   * @param contacts rows to generate
   * @param years the financial years covered
   * @param yearShares relative share of contacts in each year, one per year
   * @param phoneShare share of contacts by phone
   * @param videoShare share of contacts by video (the rest are face to face)
   * @param notAttendedShare share of contacts not attended
   * @param blankAlternativeShare share of attended contacts leaving the alternative blank
   * @param alternativeWeights relative weight of each stated alternative (keys from {@link #ALTERNATIVES})
   * @param programmeCost the programme's cost in each year, in that year's prices
   */
  public record Parameters(long seed, int contacts, FinancialYearRange years, List<Double> yearShares,
      double phoneShare, double videoShare, double notAttendedShare, double blankAlternativeShare,
      Map<String, Double> alternativeWeights, Map<FinancialYear, Cost> programmeCost) {

    /**
     * Validates and copies the parameters.
     *
     * @param seed the random seed
     * @param contacts rows to generate
     * @param years the years covered
     * @param yearShares shares per year
     * @param phoneShare phone share
     * @param videoShare video share
     * @param notAttendedShare not-attended share
     * @param blankAlternativeShare blank-alternative share
     * @param alternativeWeights alternative weights
     * @param programmeCost programme cost per year
     */
    public Parameters {
      Args.positive(contacts, "contacts");
      Args.notNull(years, "years");
      yearShares = List.copyOf(Args.notEmpty(yearShares, "yearShares"));
      Args.check(yearShares.size() == years.size(), "yearShares", "have one share per year (" + years.size() + ")",
          yearShares.size());
      for (double share : yearShares) {
        Args.positive(share, "yearShares");
      }
      Args.inRange(phoneShare, 0, 1, "phoneShare");
      Args.inRange(videoShare, 0, 1 - phoneShare, "videoShare");
      Args.inRange(notAttendedShare, 0, 1, "notAttendedShare");
      Args.inRange(blankAlternativeShare, 0, 1, "blankAlternativeShare");
      alternativeWeights = Map.copyOf(Args.noNullEntries(alternativeWeights, "alternativeWeights"));
      for (Map.Entry<String, Double> e : alternativeWeights.entrySet()) {
        Args.check(ALTERNATIVES.contains(e.getKey()), "alternativeWeights", "use the alternatives " + ALTERNATIVES,
            e.getKey());
        Args.notNegative(e.getValue(), "alternativeWeights." + e.getKey());
      }
      programmeCost = Map.copyOf(Args.noNullEntries(programmeCost, "programmeCost"));
      for (FinancialYear year : years) {
        Cost cost = programmeCost.get(year);
        Args.check(cost != null, "programmeCost", "have a cost for every year (missing " + year + ")",
            programmeCost.keySet());
        Args.check(cost.priceBase().equals(year), "programmeCost",
            "be in each year's own prices (" + year + ")", cost);
      }
    }

    /**
     * The parameters used by the worked example: 13,409 contacts over 2020/21 to 2024/25, 69% by
     * phone, as the published evaluation describes; the programme costs are synthetic.
     *
     * @return the standard parameters, seed 20200401
     */
    public static Parameters standard() {
      Map<String, Double> weights = new LinkedHashMap<>();
      weights.put("111", 0.18);
      weights.put("A&E", 0.16);
      weights.put("AMHT", 0.12);
      weights.put("Ambulance", 0.04);
      weights.put("Friends/family", 0.12);
      weights.put("GP", 0.10);
      weights.put("None", 0.22);
      weights.put("Samaritans", 0.06);
      Map<FinancialYear, Cost> cost = new LinkedHashMap<>();
      cost.put(FinancialYear.parse("2020/21"), Cost.of("170000", "2020/21"));
      cost.put(FinancialYear.parse("2021/22"), Cost.of("190000", "2021/22"));
      cost.put(FinancialYear.parse("2022/23"), Cost.of("205000", "2022/23"));
      cost.put(FinancialYear.parse("2023/24"), Cost.of("220000", "2023/24"));
      cost.put(FinancialYear.parse("2024/25"), Cost.of("235000", "2024/25"));
      return new Parameters(20200401L, 13_409, FinancialYearRange.parse("2020/21..2024/25"),
          List.of(0.15, 0.19, 0.21, 0.22, 0.23), 0.69, 0.04, 0.06, 0.09, weights, cost);
    }

    /**
     * The same parameters with another seed.
     *
     * @param newSeed the seed
     * @return the parameters
     */
    public Parameters withSeed(long newSeed) {
      return new Parameters(newSeed, contacts, years, yearShares, phoneShare, videoShare, notAttendedShare,
          blankAlternativeShare, alternativeWeights, programmeCost);
    }

    /**
     * The same parameters with another number of contacts.
     *
     * @param count the number of rows
     * @return the parameters
     */
    public Parameters withContacts(int count) {
      return new Parameters(seed, count, years, yearShares, phoneShare, videoShare, notAttendedShare,
          blankAlternativeShare, alternativeWeights, programmeCost);
    }

    /**
     * The parameters as "name = value" lines for a report.
     *
     * @return one line per parameter
     */
    public List<String> describe() {
      List<String> lines = new ArrayList<>();
      lines.add("seed = " + seed);
      lines.add("contacts (rows) = " + contacts);
      lines.add("years = " + years + " with relative shares " + yearShares);
      lines.add("contact mode: phone " + phoneShare + ", video " + videoShare + ", face to face "
          + String.format(Locale.ROOT, "%.2f", 1 - phoneShare - videoShare));
      lines.add("not attended share = " + notAttendedShare + " (70% of them leave the alternative blank)");
      lines.add("blank alternative share among attended contacts = " + blankAlternativeShare);
      lines.add("alternative weights " + Draws.describe(alternatives()));
      lines.add("contacts per participant uniform 1-8 (capped by the year's remaining contacts)");
      lines.add("age ~ Normal(38, 13) clipped to 18-90; referral source " + Draws.describe(REFERRALS));
      lines.add("location: 'Remote' for phone and video, otherwise " + Draws.describe(SITES));
      for (FinancialYear year : years) {
        lines.add("programme cost " + year + " = " + programmeCost.get(year) + " (synthetic)");
      }
      return List.copyOf(lines);
    }

    List<Weighted<String>> alternatives() {
      List<Weighted<String>> out = new ArrayList<>();
      for (String alternative : ALTERNATIVES) {
        out.add(new Weighted<>(alternative, alternativeWeights.getOrDefault(alternative, 0.0)));
      }
      return out;
    }
  }

  /**
   * One exported contact, every field as text exactly as the export has it.
   *
   * @param contactId contact id
   * @param participantId participant id
   * @param financialYear financial year, e.g. "2020/21"
   * @param contactMode "phone", "face to face" or "video"
   * @param attended "yes" or "no"
   * @param age age in years at the contact
   * @param referralSource who referred
   * @param location where the contact took place
   * @param alternative the stated alternative, blank where unanswered
   */
  public record Row(String contactId, String participantId, String financialYear, String contactMode,
      String attended, String age, String referralSource, String location, String alternative) {

    /**
     * Checks that no field is null.
     *
     * @param contactId contact id
     * @param participantId participant id
     * @param financialYear financial year
     * @param contactMode contact mode
     * @param attended attended
     * @param age age
     * @param referralSource referral source
     * @param location location
     * @param alternative alternative
     */
    public Row {
      Args.notBlank(contactId, "contactId");
      Args.notBlank(participantId, "participantId");
      Args.notBlank(financialYear, "financialYear");
      Args.notBlank(contactMode, "contactMode");
      Args.notBlank(attended, "attended");
      Args.notNull(age, "age");
      Args.notNull(referralSource, "referralSource");
      Args.notNull(location, "location");
      Args.notNull(alternative, "alternative");
    }

    List<String> fields() {
      return List.of(contactId, participantId, financialYear, contactMode, attended, age, referralSource, location,
          alternative);
    }
  }

  /**
   * Generates the rows.
   *
   * @param parameters the parameters
   * @return the rows, in year and participant order
   */
  public static List<Row> generate(Parameters parameters) {
    Args.notNull(parameters, "parameters");
    Draws draws = new Draws(parameters.seed());
    int[] perYear = Draws.apportion(parameters.contacts(), parameters.yearShares());
    List<Weighted<String>> alternatives = parameters.alternatives();
    List<Row> rows = new ArrayList<>(parameters.contacts());
    int participant = 0;
    int contact = 0;
    List<FinancialYear> years = parameters.years().years();
    for (int y = 0; y < years.size(); y++) {
      String year = years.get(y).toString();
      int remaining = perYear[y];
      while (remaining > 0) {
        participant++;
        String participantId = String.format(Locale.ROOT, "SH-%05d", participant);
        int age = (int) Math.max(18, Math.min(90, Math.round(draws.normal(38, 13))));
        String referral = draws.pick(REFERRALS);
        String site = draws.pick(SITES);
        int count = Math.min(remaining, draws.between(1, 8));
        for (int c = 0; c < count; c++) {
          contact++;
          double u = draws.uniform();
          String mode = u < parameters.phoneShare() ? "phone"
              : u < parameters.phoneShare() + parameters.videoShare() ? "video" : "face to face";
          boolean attended = !draws.chance(parameters.notAttendedShare());
          String alternative;
          if (attended) {
            alternative = draws.chance(parameters.blankAlternativeShare()) ? "" : draws.pick(alternatives);
          } else {
            alternative = draws.chance(0.7) ? "" : draws.pick(alternatives);
          }
          rows.add(new Row(String.format(Locale.ROOT, "C%06d", contact), participantId, year, mode,
              attended ? "yes" : "no", Integer.toString(age), referral, "face to face".equals(mode) ? site : "Remote",
              alternative));
        }
        remaining -= count;
      }
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
}
