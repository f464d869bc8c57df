package io.github.commissioningvfm.examples.safehaven;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.examples.synthetic.SafeHavenSynthetic;
import io.github.commissioningvfm.model.io.CsvRecords;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.vfm.charts.ChartAdapters;
import io.github.commissioningvfm.vfm.charts.RoiByYearChart;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostNotFoundException;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.charts.AmountBarChart;
import io.github.commissioningvfm.vfm.charts.AmountSeries;
import io.github.commissioningvfm.vfm.charts.ChartAdapters;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.AlternativeCostTable;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactRecords;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactSchema;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoi;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.PriceBasis;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.UnitCostBasis;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.UnitCostBasis.Edition;
import io.github.commissioningvfm.vfm.roi.AlternativeYear;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import io.github.commissioningvfm.vfm.roi.RoiOptionResult;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Safe Haven crisis service's counterfactual return on investment, on synthetic contacts, as
 * the evaluation (Sever 2025, sections 2.1.2.3 and 3.3.4.3.2) computed it.
 *
 * <p>Steps: generate the seeded synthetic export ({@link SafeHavenSynthetic}) and write it as
 * {@code input.csv}; read it into contact records with the library's exclusion audit (not attended,
 * no alternative stated); value each stated alternative with the declared unit-cost key
 * ({@link #ALTERNATIVE_KEYS}) for each financial year, or at a declared zero with its reason
 * ({@link #DECLARED_ZERO}); compute the ROI per year in each year's own prices, each alternative's own ROI
 * (its unit cost / the programme cost per contact), and the all-years figures in {@link #PRICE_BASE}
 * prices, rebased with the HM Treasury GDP deflator.
 *
 * <p>The unit-cost basis is the evaluation's by default: each year's own published edition where one
 * exists (NCC 2023/24 and 2024/25, PSSRU 2022 to 2024), otherwise the nearest edition rebased with the
 * GDP deflator ({@link Edition#YEAR_EDITIONS}); the other basis (one edition rebased) is computed beside
 * it.
 */
public final class SafeHavenExample implements WorkedExample {

  /** The example id and report folder name. */
  public static final String ID = "safe-haven";
  /** The programme's name in the results. */
  public static final String PROGRAMME = "Safe Haven";
  /** The price base of the all-years figures. */
  public static final FinancialYear PRICE_BASE = FinancialYear.parse("2024/25");
  /** The national benchmark: NCC 2024/25 mental health care contact A21, crisis cafe / safe haven / sanctuary. */
  public static final String BENCHMARK_KEY = "ncc.mh-care-contact.a21-crisis-cafe-safe-haven";
  /**
   * The proxy for an NHS 111 call, used only in a sensitivity check: an ambulance service "hear and
   * treat" incident (NCC ambulance currency 01), a 999 call closed with clinical telephone advice and
   * no vehicle sent. See {@link #NHS_111_PROXY_REASON}.
   */
  public static final String NHS_111_PROXY_KEY = "ncc.ambulance.hear-and-treat";
  /** Why the hear-and-treat incident stands for an NHS 111 call in the sensitivity check. */
  public static final String NHS_111_PROXY_REASON = "No national unit cost of an NHS 111 call is published (it is "
      + "not a currency of the National Cost Collection and has no PSSRU table), and no primary source for one could "
      + "be cited. The nearest published service is the ambulance service's hear and treat incident: like a 111 "
      + "call it is a telephone assessment by the urgent care system that ends in advice or a referral, without "
      + "anyone being sent. It likely overstates a typical 111 call, which is answered by trained non-clinical call "
      + "handlers with clinical support (Turner et al. 2013, BMJ Open 3:e003451), so the check is an upper bound. "
      + "The mental health crisis "
      + "line (NCC A19) is not used: it is a different service, a contact with a mental health trust's crisis team.";
  /** The key one would look for an NHS 111 call under: it is not published, so the look-up fails. */
  public static final String NHS_111_KEY = "ncc.nhs-111.call";

  /** The unit-cost key that stands for each costed alternative, and why. */
  public static final Map<String, KeyChoice> ALTERNATIVE_KEYS = keys();
  /** The alternatives valued at zero, each with its declared reason. */
  public static final Map<String, String> DECLARED_ZERO = zeros();
  /** Each alternative as the export spells it, in words for the report. */
  public static final Map<String, String> LABELS = labels();

  private final SafeHavenSynthetic.Parameters parameters;

  /**
   * A unit-cost key chosen for an alternative.
   *
   * @param key the unit-cost key
   * @param why why this key stands for the alternative
   */
  public record KeyChoice(String key, String why) {
  }

  private static Map<String, KeyChoice> keys() {
    Map<String, KeyChoice> m = new LinkedHashMap<>();
    m.put("A&E", new KeyChoice("ncc.emergency-care.weighted-all",
        "an emergency department attendance: the National Cost Collection's activity-weighted mean over all "
            + "emergency care groups"));
    m.put("Ambulance", new KeyChoice("ncc.ambulance.see-and-treat",
        "an ambulance attends and treats at the scene; see and convey would double count the A&E attendance"));
    m.put("AMHT", new KeyChoice("ncc.mh-care-contact.a06-community-mental-health-functional",
        "an adult mental health team contact, costed as a community mental health team (functional) care contact"));
    m.put("GP", new KeyChoice("pssru.gp.consultation.with-qualifications",
        "a GP surgery consultation (including direct care staff and qualifications), PSSRU Unit Costs table 9.4.2"));
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, String> zeros() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("111", "no published unit cost of an NHS 111 call could be cited, so it is valued at zero and the return "
        + "is a lower bound; the sensitivity check values it at a proxy");
    m.put("Samaritans", "volunteer-run and free to callers: no public-sector cost, so no public spending is avoided");
    m.put("Friends/family", "no public-sector cost; the time of family and friends is not valued here (an analyst "
        + "may value it explicitly)");
    m.put("None", "no service would have been used");
    return Collections.unmodifiableMap(m);
  }

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("111", "NHS 111 call");
    m.put("A&E", "A&E attendance");
    m.put("AMHT", "Adult mental health team contact");
    m.put("Ambulance", "Ambulance call-out");
    m.put("Friends/family", "Friends or family");
    m.put("GP", "GP appointment");
    m.put("None", "No service at all");
    m.put("Samaritans", "Samaritans call");
    return Collections.unmodifiableMap(m);
  }

  /**
   * An alternative in words.
   *
   * @param alternative as the export spells it
   * @return the label, or the spelling itself if it has none
   */
  public static String label(String alternative) {
    return LABELS.getOrDefault(alternative, alternative);
  }

  /**
   * Creates the example with the standard synthetic parameters.
   */
  public SafeHavenExample() {
    this(SafeHavenSynthetic.Parameters.standard());
  }

  /**
   * Creates the example with other synthetic parameters.
   *
   * @param parameters the generator's parameters
   */
  public SafeHavenExample(SafeHavenSynthetic.Parameters parameters) {
    this.parameters = parameters;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "Safe Haven: return on investment from stated alternatives, by year and alternative (synthetic data)";
  }

  /**
   * The layout of the export: the stated alternative, the financial year of each contact, the
   * attended flag and the contact id (shown in the exclusion audit).
   *
   * @return the schema
   */
  public static ContactSchema schema() {
    return ContactSchema.builder("alternative").financialYear("financial_year").attended("attended")
        .id("contact_id").build();
  }

  /**
   * Reads the export into contact records with the library's exclusion audit.
   *
   * @param input the export
   * @return the records
   */
  public static ContactRecords readContacts(Path input) {
    return ContactRecords.readCsv(input, schema());
  }

  /**
   * The valuation of every alternative in every year of the analysis: the declared keys valued on the
   * unit-cost basis, in each year's own prices; the declared zeros with their reasons.
   *
   * @param costs the unit-cost catalogue
   * @param years the contact years
   * @param basis which edition supplies each year
   * @param prices the analysis's prices
   * @param extra extra alternatives to cost by key (for sensitivity checks), may be empty
   * @return the table
   */
  public static AlternativeCostTable costTable(UnitCosts costs, List<FinancialYear> years, UnitCostBasis basis,
      PriceBasis prices, Map<String, String> extra) {
    AlternativeCostTable.Builder table = AlternativeCostTable.builder().valuedFrom(costs, basis, prices, years);
    ALTERNATIVE_KEYS.forEach((alternative, choice) -> table.key(alternative, choice.key()));
    extra.forEach(table::key);
    DECLARED_ZERO.forEach((alternative, reason) -> {
      if (!extra.containsKey(alternative)) {
        table.declareZero(alternative, reason);
      }
    });
    return table.build();
  }

  /**
   * The whole analysis of one export on the evaluation's unit-cost basis, every figure from the library.
   *
   * @param input the export
   * @param parameters the generator's parameters (for the programme cost per year)
   * @param progress where to report steps
   * @return the analysis
   * @throws IOException if the export cannot be read
   */
  public static Analysis analyse(Path input, SafeHavenSynthetic.Parameters parameters, Progress progress)
      throws IOException {
    return analyse(input, parameters, Edition.YEAR_EDITIONS, progress);
  }

  /**
   * The whole analysis of one export on a chosen unit-cost basis, every figure from the library.
   *
   * @param input the export
   * @param parameters the generator's parameters (for the programme cost per year)
   * @param basis which edition supplies each year's unit costs
   * @param progress where to report steps
   * @return the analysis
   * @throws IOException if the export cannot be read
   */
  public static Analysis analyse(Path input, SafeHavenSynthetic.Parameters parameters, Edition basis,
      Progress progress) throws IOException {
    progress.step("reading contacts and their stated alternatives");
    ContactRecords contacts = readContacts(input);
    UnitCosts costs = UnitCosts.standard();
    List<FinancialYear> years = parameters.years().years();
    PriceIndexSeries deflator = costs.gdpDeflator();
    PriceBasis prices = PriceBasis.nominal(PRICE_BASE, deflator);
    progress.step("valuing alternatives on " + basis.label());
    Edition other = basis == Edition.YEAR_EDITIONS ? Edition.LATEST_EDITION : Edition.YEAR_EDITIONS;
    RoiResult roi = CounterfactualRoi.analyse(PROGRAMME, contacts,
        costTable(costs, years, new UnitCostBasis(basis, deflator), prices, Map.of()), parameters.programmeCost(),
        prices);
    RoiResult otherBasis = CounterfactualRoi.analyse(PROGRAMME, contacts,
        costTable(costs, years, new UnitCostBasis(other, deflator), prices, Map.of()), parameters.programmeCost(),
        prices);
    RoiResult with111Valued = CounterfactualRoi.analyse(PROGRAMME, contacts,
        costTable(costs, years, new UnitCostBasis(basis, deflator), prices, Map.of("111", NHS_111_PROXY_KEY)),
        parameters.programmeCost(), prices);
    UnitCostNotFoundException missing111;
    try {
      costs.get(NHS_111_KEY);
      throw new IllegalStateException("A unit cost for an NHS 111 call is now published (" + NHS_111_KEY
          + "): value it instead of declaring it zero");
    } catch (UnitCostNotFoundException e) {
      missing111 = e;
    }
    return new Analysis(contacts, basis, other, prices, roi, otherBasis, with111Valued,
        attendedContacts(input, PRICE_BASE), costs.get(BENCHMARK_KEY), costs.get(NHS_111_PROXY_KEY), missing111);
  }

  /** Counts the attended contacts of one financial year in the export. */
  private static long attendedContacts(Path input, FinancialYear year) throws IOException {
    long count = 0;
    List<List<String>> records = CsvRecords.read(input);
    List<String> header = records.get(0);
    int yearColumn = header.indexOf("financial_year");
    int attendedColumn = header.indexOf("attended");
    for (List<String> f : records.subList(1, records.size())) {
      if (f.size() == header.size() && f.get(yearColumn).strip().equals(year.toString())
          && f.get(attendedColumn).strip().equals("yes")) {
        count++;
      }
    }
    return count;
  }

  /**
   * The analysis' results.
   *
   * @param contacts the contact records with their exclusion audit
   * @param basis the unit-cost basis of the main result
   * @param otherBasis the other unit-cost basis, for comparison
   * @param prices the analysis's prices (each year its own; all years in {@link #PRICE_BASE} prices)
   * @param roi the counterfactual ROI on {@code basis}
   * @param onOtherBasis the same on {@code otherBasis}
   * @param with111Valued the same as {@code roi}, NHS 111 contacts valued at the proxy
   * @param attendedInPriceBaseYear attended contacts in {@link #PRICE_BASE}, stated alternative or not
   * @param benchmark the NCC A21 crisis cafe / safe haven contact cost
   * @param nhs111Proxy the unit cost used for NHS 111 in the sensitivity check
   * @param nhs111Missing the look-up failure for an NHS 111 unit cost
   */
  public record Analysis(ContactRecords contacts, Edition basis, Edition otherBasis, PriceBasis prices,
      RoiResult roi, RoiResult onOtherBasis, RoiResult with111Valued, long attendedInPriceBaseYear, UnitCost benchmark,
      UnitCost nhs111Proxy, UnitCostNotFoundException nhs111Missing) {

    /**
     * The programme's figures: total, per year and each alternative's share.
     *
     * @return the programme option of {@link #roi()}
     */
    public RoiOptionResult programme() {
      return roi.option(PROGRAMME);
    }

    /**
     * The total programme cost over all years, in {@link #PRICE_BASE} prices.
     *
     * @return the total
     */
    public Cost totalProgrammeCost() {
      return programme().total().investment();
    }

    /**
     * Contacts analysed (attended, alternative stated) over all years.
     *
     * @return the count
     */
    public long contactsAnalysed() {
      return roi.alternatives().stream().mapToLong(AlternativeYear::contacts).sum();
    }

    /**
     * Contacts analysed in one year.
     *
     * @param year the year
     * @return the count
     */
    public long contactsIn(FinancialYear year) {
      return roi.alternatives().stream().filter(a -> a.year().equals(year)).mapToLong(AlternativeYear::contacts)
          .sum();
    }

    /**
     * Each alternative over all years: its contacts, its share of the ROI ratio (avoided cost / whole
     * programme cost) and its own ROI (mean unit cost / programme cost per contact), in
     * {@link #PRICE_BASE} prices.
     *
     * @return one row per valued alternative
     */
    public List<AlternativeTotal> byAlternative() {
      List<AlternativeTotal> out = new ArrayList<>();
      List<RoiFigures> own = CounterfactualRoi.allYearsByAlternative(roi);
      for (int i = 0; i < own.size(); i++) {
        String alternative = own.get(i).label();
        long n = roi.alternatives().stream().filter(a -> a.alternative().equals(alternative))
            .mapToLong(AlternativeYear::contacts).sum();
        out.add(new AlternativeTotal(alternative, n, programme().perStream().get(i), own.get(i)));
      }
      return List.copyOf(out);
    }

    /**
     * The programme cost per analysed contact over all years, in {@link #PRICE_BASE} prices: total
     * programme cost / contacts analysed, half-up to the penny.
     *
     * @return the cost per contact
     */
    public Money costPerContactAnalysed() {
      return totalProgrammeCost().amount().dividedBy(BigDecimal.valueOf(contactsAnalysed()), MathContext.DECIMAL128)
          .toMoney(RoundingMode.HALF_UP);
    }

    /**
     * The programme's cost per attended contact in {@link #PRICE_BASE}, for the benchmark:
     * programme cost of the year / attended contacts in the year (stated alternative or not), half-up
     * to the penny.
     *
     * @return the cost per contact
     */
    public Money costPerAttendedContact() {
      RoiFigures year = programme().perYear().stream().filter(y -> y.label().equals(PRICE_BASE.toString()))
          .findFirst().orElseThrow();
      return year.investment().amount().dividedBy(BigDecimal.valueOf(attendedInPriceBaseYear),
          MathContext.DECIMAL128).toMoney(RoundingMode.HALF_UP);
    }
  }

  /**
   * One alternative's totals over all years.
   *
   * @param alternative the stated alternative
   * @param contacts analysed contacts naming it
   * @param share its avoided cost (benefits) against the whole programme cost (investment)
   * @param own its avoided cost against the programme cost of the contacts naming it
   */
  public record AlternativeTotal(String alternative, long contacts, RoiFigures share, RoiFigures own) {
  }

  @Override
  public ExampleSummary run(Path reportsRoot, Progress progress) throws IOException {
    progress.step("generating " + parameters.contacts() + " synthetic contacts");
    ReportFolder folder = ReportFolder.create(reportsRoot, ID);
    Path input = folder.writeCsv(ReportFolder.INPUT_CSV,
        SafeHavenSynthetic.toCsv(SafeHavenSynthetic.generate(parameters)));
    Analysis a = analyse(input, parameters, progress);
    progress.step("writing the report");
    folder.writeResult(SafeHavenReport.result(a));
    folder.writeChart(ChartAdapters.roiByYear("Safe Haven return per £1, synthetic data", a.roi()), "roi-by-year");
    folder.writeChart(alternativeRoiChart(a), "roi-by-alternative");
    folder.writeChart(benchmarkChart(a), "cost-per-contact-vs-benchmark");
    folder.writeReport(SafeHavenReport.report(a, parameters));
    return new ExampleSummary(ID, title(), folder.path(), List.of(
        String.format(java.util.Locale.ROOT, "%,d contacts in, %,d analysed; ", a.contacts().report().rowsRead(), a.contacts().report().included())
            + SafeHavenReport.bottomLineRatio(a),
        "cost per attended contact in " + PRICE_BASE + " " + a.costPerAttendedContact().format() + " beside the "
            + "national figure for a crisis cafe or safe haven contact, " + a.benchmark().value().toMoney().format()));
  }

  private static AmountBarChart alternativeRoiChart(Analysis a) {
    List<String> alternatives = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    for (AlternativeTotal t : a.byAlternative()) {
      alternatives.add(label(t.alternative()));
      ratio.add(t.own().roiRatio().toDouble().orElseThrow());
    }
    return new AmountBarChart("Each alternative per £1 of a contact, all years (" + PRICE_BASE + " prices)",
        "Where the person would otherwise have gone (synthetic data)", "£ per £1 of a Safe Haven contact",
        alternatives, List.of(new AmountSeries("Alternative's cost per £1 of a contact", ratio)));
  }

  private static AmountBarChart benchmarkChart(Analysis a) {
    return new AmountBarChart("Cost per contact beside the national figure (£, " + PRICE_BASE + " prices)", "Service",
        "Cost per contact (£)", List.of("Safe Haven (synthetic)", "National: crisis cafe / safe haven / sanctuary"),
        List.of(new AmountSeries("Cost per contact",
            List.of(a.costPerAttendedContact().toDouble(), a.benchmark().value().amount().toDouble()))));
  }

  /**
   * Runs this example alone.
   *
   * @param args optionally, the reports folder (default {@code target/reports})
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    ExampleMain.run(new SafeHavenExample(), args);
  }
}
