package io.github.commissioningvfm.examples.synthetic;

import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.synthetic.Draws.Weighted;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.model.time.FinancialYearRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
      alternativeWeights = Collections.unmodifiableMap(new TreeMap<>(Args.noNullEntries(alternativeWeights,
          "alternativeWeights")));
      for (Map.Entry<String, Double> e : alternativeWeights.entrySet()) {
        Args.check(ALTERNATIVES.contains(e.getKey()), "alternativeWeights", "use the alternatives " + ALTERNATIVES,
            e.getKey());
        Args.notNegative(e.getValue(), "alternativeWeights." + e.getKey());
      }
      programmeCost = Collections.unmodifiableMap(new TreeMap<>(Args.noNullEntries(programmeCost, "programmeCost")));
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
      b.contacts = contacts;
      b.years = years;
      b.yearShares = yearShares;
      b.phoneShare = phoneShare;
      b.videoShare = videoShare;
      b.notAttendedShare = notAttendedShare;
      b.blankAlternativeShare = blankAlternativeShare;
      b.alternativeWeights = new LinkedHashMap<>(alternativeWeights);
      b.programmeCost = new LinkedHashMap<>(programmeCost);
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
     * The same parameters with another number of contacts.
     *
     * @param count the number of rows
     * @return the parameters
     */
    public Parameters withContacts(int count) {
      return toBuilder().contacts(count).build();
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

    /** Builds {@link Parameters}; every value starts at its {@link #standard()} value. */
    public static final class Builder {
      private long seed = 20200401L;
      private int contacts = 13_409;
      private FinancialYearRange years = FinancialYearRange.parse("2020/21..2024/25");
      private List<Double> yearShares = List.of(0.15, 0.19, 0.21, 0.22, 0.23);
      private double phoneShare = 0.69;
      private double videoShare = 0.04;
      private double notAttendedShare = 0.06;
      private double blankAlternativeShare = 0.09;
      private Map<String, Double> alternativeWeights = new LinkedHashMap<>();
      private Map<FinancialYear, Cost> programmeCost = new LinkedHashMap<>();

      private Builder() {
        List<Double> weights = List.of(0.18, 0.16, 0.12, 0.04, 0.12, 0.10, 0.22, 0.06);
        for (int i = 0; i < ALTERNATIVES.size(); i++) {
          alternativeWeights.put(ALTERNATIVES.get(i), weights.get(i));
        }
        List<String> costs = List.of("170000", "190000", "205000", "220000", "235000");
        List<FinancialYear> span = years.years();
        for (int i = 0; i < span.size(); i++) {
          programmeCost.put(span.get(i), Cost.of(costs.get(i), span.get(i).toString()));
        }
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
       * @param value the number of contacts
       * @return this builder
       */
      public Builder contacts(int value) {
        this.contacts = value;
        return this;
      }

      /**
       * Sets the years covered, the relative share of contacts in each and the programme cost of
       * each (in that year's prices).
       *
       * @param range the years
       * @param shares one relative share per year
       * @param costs one programme cost per year
       * @return this builder
       */
      public Builder years(FinancialYearRange range, List<Double> shares, Map<FinancialYear, Cost> costs) {
        this.years = range;
        this.yearShares = shares;
        this.programmeCost = costs;
        return this;
      }

      /**
       * Sets the contact mode shares; the rest are face to face.
       *
       * @param phone share by phone
       * @param video share by video
       * @return this builder
       */
      public Builder modes(double phone, double video) {
        this.phoneShare = phone;
        this.videoShare = video;
        return this;
      }

      /**
       * Sets the shares of non-attended contacts and of attended contacts with no stated alternative.
       *
       * @param notAttended share not attended
       * @param blankAlternative share of attended contacts leaving the alternative blank
       * @return this builder
       */
      public Builder gaps(double notAttended, double blankAlternative) {
        this.notAttendedShare = notAttended;
        this.blankAlternativeShare = blankAlternative;
        return this;
      }

      /**
       * Sets the relative weight of each stated alternative.
       *
       * @param weights weights by alternative (keys from {@link #ALTERNATIVES})
       * @return this builder
       */
      public Builder alternativeWeights(Map<String, Double> weights) {
        this.alternativeWeights = weights;
        return this;
      }

      /**
       * Builds and validates the parameters.
       *
       * @return the parameters
       */
      public Parameters build() {
        return new Parameters(seed, contacts, years, yearShares, phoneShare, videoShare, notAttendedShare,
            blankAlternativeShare, alternativeWeights, programmeCost);
      }
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
