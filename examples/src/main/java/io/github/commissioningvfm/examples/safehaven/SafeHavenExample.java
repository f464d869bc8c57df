package io.github.commissioningvfm.examples.safehaven;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.examples.report.ChartSpec;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.examples.synthetic.SafeHavenSynthetic;
import io.github.commissioningvfm.model.io.CsvRecords;
import io.github.commissioningvfm.model.money.BigMoney;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.unitcosts.PriceIndexSeries;
import io.github.commissioningvfm.unitcosts.UnitCost;
import io.github.commissioningvfm.unitcosts.UnitCostNotFoundException;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.AlternativeCostTable;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.AlternativeYear;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactRecords;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.ContactSchema;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoi;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.PriceBasis;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.CounterfactualRoiResult;
import io.github.commissioningvfm.vfm.outcomes.counterfactual.YearRoi;
import io.github.commissioningvfm.vfm.roi.RoiFigures;
import java.io.IOException;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Safe Haven crisis service's counterfactual return on investment, on synthetic contacts.
 *
 * <p>Steps: generate the seeded synthetic export ({@link SafeHavenSynthetic}) and write it as
 * {@code input.csv}; read it into contact records with the library's exclusion audit (not attended,
 * no alternative stated); value each stated alternative with the declared unit-cost key
 * ({@link #ALTERNATIVE_KEYS}) rebased with the HM Treasury GDP deflator, or at a declared zero with
 * its reason ({@link #DECLARED_ZERO}); compute the ROI per year in each year's own prices, and
 * overall in constant {@link #PRICE_BASE} prices.
 */
public final class SafeHavenExample implements WorkedExample {

  /** The example id and report folder name. */
  public static final String ID = "safe-haven";
  /** The constant price base of the overall figures. */
  public static final FinancialYear PRICE_BASE = FinancialYear.parse("2024/25");
  /** The national benchmark: NCC 2024/25 mental health care contact A21, crisis cafe / safe haven / sanctuary. */
  public static final String BENCHMARK_KEY = "ncc.mh-care-contact.a21-crisis-cafe-safe-haven";
  /** The nearest published contact cost to an NHS 111 call, used only in a sensitivity check. */
  public static final String NHS_111_PROXY_KEY = "ncc.mh-care-contact.a19-crisis-response-line";
  /** The key one would look for an NHS 111 call under: it is not published, so the look-up fails. */
  public static final String NHS_111_KEY = "ncc.nhs-111.call";

  /** The unit-cost key that stands for each costed alternative, and why. */
  public static final Map<String, KeyChoice> ALTERNATIVE_KEYS = keys();
  /** The alternatives valued at zero, each with its declared reason. */
  public static final Map<String, String> DECLARED_ZERO = zeros();

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
        "an emergency department attendance: NCC activity-weighted mean of all emergency care HRGs"));
    m.put("Ambulance", new KeyChoice("ncc.ambulance.see-and-treat",
        "an ambulance attends and treats at the scene; see-and-convey would double count the A&E attendance"));
    m.put("AMHT", new KeyChoice("ncc.mh-care-contact.a06-community-mental-health-functional",
        "an adult mental health team contact, costed as a community mental health (functional) care contact"));
    m.put("GP", new KeyChoice("pssru.gp.consultation.with-qualifications",
        "a GP surgery consultation (10 minutes, including direct care staff and qualifications), PSSRU"));
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Map<String, String> zeros() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("111", "no published unit cost for an NHS 111 call (not in the NCC or PSSRU tables): valued at zero, so "
        + "the ROI is a lower bound; see the sensitivity check");
    m.put("Samaritans", "volunteer-run and free to callers: no public-sector unit cost, fiscal saving taken as zero");
    m.put("Friends/family", "no public-sector cost; informal carers' time is not valued here (an analyst may value "
        + "it explicitly)");
    m.put("None", "no service would have been used");
    return java.util.Collections.unmodifiableMap(m);
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
    return "Safe Haven: ROI from stated alternatives, by year and alternative (synthetic data)";
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
   * The valuation of every alternative in every year of the analysis: declared keys rebased with
   * the GDP deflator to the price base the basis asks for, declared zeros with their reasons.
   *
   * @param costs the unit-cost catalogue
   * @param years the contact years
   * @param basis nominal (each year's own prices) or constant
   * @param extra extra alternatives to cost by key (for sensitivity checks), may be empty
   * @return the table
   */
  public static AlternativeCostTable costTable(UnitCosts costs, List<FinancialYear> years, PriceBasis basis,
      Map<String, String> extra) {
    PriceIndexSeries deflator = costs.gdpDeflator();
    AlternativeCostTable.Builder table = AlternativeCostTable.builder();
    Map<String, String> keys = new LinkedHashMap<>();
    ALTERNATIVE_KEYS.forEach((alternative, choice) -> keys.put(alternative, choice.key()));
    keys.putAll(extra);
    for (Map.Entry<String, String> e : keys.entrySet()) {
      UnitCost unitCost = costs.get(e.getValue());
      for (FinancialYear year : years) {
        table.cost(e.getKey(), year, deflator.inflatedTo(unitCost.sourcedCost(), basis.priceBaseFor(year)));
      }
    }
    DECLARED_ZERO.forEach((alternative, reason) -> {
      if (!extra.containsKey(alternative)) {
        table.declareZero(alternative, reason);
      }
    });
    return table.build();
  }

  /**
   * The whole analysis of one export, every figure from the library.
   *
   * @param input the export
   * @param parameters the generator's parameters (for the programme cost per year)
   * @param progress where to report steps
   * @return the analysis
   * @throws IOException if the export cannot be read
   */
  public static Analysis analyse(Path input, SafeHavenSynthetic.Parameters parameters, Progress progress)
      throws IOException {
    progress.step("reading contacts and their stated alternatives");
    ContactRecords contacts = readContacts(input);
    UnitCosts costs = UnitCosts.standard();
    List<FinancialYear> years = parameters.years().years();
    PriceIndexSeries deflator = costs.gdpDeflator();
    progress.step("valuing alternatives, rebased with " + deflator.name());
    CounterfactualRoiResult nominal = CounterfactualRoi.analyse(contacts, costTable(costs, years, PriceBasis.nominal(), Map.of()),
        parameters.programmeCost(), PriceBasis.nominal());
    Map<FinancialYear, Cost> constantCost = new LinkedHashMap<>();
    parameters.programmeCost().forEach((year, cost) -> constantCost.put(year, deflator.inflatedTo(cost, PRICE_BASE)));
    PriceBasis constant = PriceBasis.constant(PRICE_BASE);
    CounterfactualRoiResult inConstantPrices = CounterfactualRoi.analyse(contacts, costTable(costs, years, constant, Map.of()),
        constantCost, constant);
    CounterfactualRoiResult with111Valued = CounterfactualRoi.analyse(contacts,
        costTable(costs, years, constant, Map.of("111", NHS_111_PROXY_KEY)), constantCost, constant);
    UnitCostNotFoundException missing111;
    try {
      costs.get(NHS_111_KEY);
      throw new IllegalStateException("A unit cost for an NHS 111 call is now published (" + NHS_111_KEY
          + "): value it instead of declaring it zero");
    } catch (UnitCostNotFoundException e) {
      missing111 = e;
    }
    return new Analysis(contacts, nominal, inConstantPrices, with111Valued, constantCost,
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
   * @param nominal per year, each year in its own prices
   * @param constant in constant {@link #PRICE_BASE} prices (overall figures)
   * @param with111Valued constant prices, NHS 111 contacts valued at the crisis response line cost
   * @param programmeCostConstant the programme cost per year in constant prices
   * @param attendedInPriceBaseYear attended contacts in {@link #PRICE_BASE}
   * @param benchmark the NCC A21 crisis cafe / safe haven contact cost
   * @param nhs111Proxy the unit cost used for NHS 111 in the sensitivity check
   * @param nhs111Missing the look-up failure for an NHS 111 unit cost
   */
  public record Analysis(ContactRecords contacts, CounterfactualRoiResult nominal, CounterfactualRoiResult constant, CounterfactualRoiResult with111Valued,
      Map<FinancialYear, Cost> programmeCostConstant, long attendedInPriceBaseYear, UnitCost benchmark,
      UnitCost nhs111Proxy, UnitCostNotFoundException nhs111Missing) {

    /**
     * The total programme cost over all years, in constant prices.
     *
     * @return the total
     */
    public Cost totalProgrammeCost() {
      Cost total = Cost.zero(PRICE_BASE);
      for (Cost c : programmeCostConstant.values()) {
        total = total.plus(c);
      }
      return total;
    }

    /**
     * Avoided cost, contacts and ROI figures per alternative over all years, in constant prices;
     * the ROI ratio of an alternative is its avoided cost over the whole programme cost.
     *
     * @return one row per alternative, in the order first seen
     */
    public List<AlternativeTotal> byAlternative() {
      Map<String, long[]> contactsBy = new LinkedHashMap<>();
      Map<String, Cost> avoidedBy = new LinkedHashMap<>();
      for (AlternativeYear ay : constant.byAlternative()) {
        contactsBy.computeIfAbsent(ay.alternative(), a -> new long[1])[0] += ay.contacts();
        Cost avoided = ay.avoidedCost().orElse(Cost.zero(PRICE_BASE));
        avoidedBy.merge(ay.alternative(), avoided, Cost::plus);
      }
      List<AlternativeTotal> out = new ArrayList<>();
      for (Map.Entry<String, Cost> e : avoidedBy.entrySet()) {
        out.add(new AlternativeTotal(e.getKey(), contactsBy.get(e.getKey())[0],
            RoiFigures.of(e.getKey(), totalProgrammeCost(), e.getValue())));
      }
      return List.copyOf(out);
    }

    /**
     * The programme's own cost per attended contact in {@link #PRICE_BASE}:
     * programme cost of the year / attended contacts in the year, half-up to the penny.
     *
     * @return the cost per contact
     */
    public Money costPerContact() {
      BigMoney cost = programmeCostConstant.get(PRICE_BASE).amount();
      return cost.dividedBy(java.math.BigDecimal.valueOf(attendedInPriceBaseYear), MathContext.DECIMAL128)
          .toMoney(RoundingMode.HALF_UP);
    }
  }

  /**
   * One alternative's totals over all years.
   *
   * @param alternative the stated alternative
   * @param contacts included contacts naming it
   * @param roi avoided cost (benefits) against the whole programme cost (investment)
   */
  public record AlternativeTotal(String alternative, long contacts, RoiFigures roi) {
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
    folder.writeChart(roiByYearChart(a));
    folder.writeChart(avoidedByAlternativeChart(a));
    folder.writeChart(benchmarkChart(a));
    folder.writeReport(SafeHavenReport.report(a, parameters));
    return new ExampleSummary(ID, title(), folder.path(), List.of(
        a.contacts().report().rowsRead() + " contacts in, " + a.contacts().report().included()
            + " analysed; overall ROI ratio " + SafeHavenReport.display(a.constant().overallRatio(), 2)
            + ", net ROI " + SafeHavenReport.display(a.constant().overallNetRoi(), 3) + " (" + PRICE_BASE + " prices)",
        "cost per contact " + a.costPerContact().format() + " vs NCC " + a.benchmark().provenance().edition()
            + " A21 crisis cafe / safe haven " + a.benchmark().value().toMoney().format()));
  }

  private static ChartSpec roiByYearChart(Analysis a) {
    List<String> years = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    for (YearRoi y : a.nominal().byYear()) {
      years.add(y.year().toString());
      ratio.add(y.roiRatio().toDouble().orElseThrow());
    }
    return new ChartSpec.Bars("roi-by-year",
        "ROI ratio by financial year (each year in its own prices; synthetic data)", "Financial year",
        "GBP of avoided cost per GBP 1 of programme cost", years,
        List.of(new ChartSpec.BarSeries("ROI ratio", ratio)));
  }

  private static ChartSpec avoidedByAlternativeChart(Analysis a) {
    List<String> alternatives = new ArrayList<>();
    for (AlternativeYear ay : a.constant().byAlternative()) {
      if (!alternatives.contains(ay.alternative())) {
        alternatives.add(ay.alternative());
      }
    }
    List<ChartSpec.BarSeries> series = new ArrayList<>();
    for (YearRoi y : a.constant().byYear()) {
      List<Double> values = new ArrayList<>();
      for (String alternative : alternatives) {
        values.add(a.constant().byAlternative().stream()
            .filter(ay -> ay.alternative().equals(alternative) && ay.year().equals(y.year()))
            .mapToDouble(ay -> ay.avoidedCost().map(c -> c.amount().toDouble()).orElse(0.0)).sum());
      }
      series.add(new ChartSpec.BarSeries(y.year().toString(), values));
    }
    return new ChartSpec.Bars("avoided-cost-by-alternative",
        "Avoided cost by stated alternative and year (GBP, " + PRICE_BASE + " prices; synthetic data)",
        "Stated alternative", "Avoided cost (GBP)", alternatives, series);
  }

  private static ChartSpec benchmarkChart(Analysis a) {
    return new ChartSpec.Bars("cost-per-contact-vs-benchmark",
        "Cost per contact vs the national benchmark (GBP, " + PRICE_BASE + " prices)", "Service",
        "Cost per contact (GBP)", List.of("Safe Haven (synthetic)", "NCC A21 crisis cafe / safe haven"),
        List.of(new ChartSpec.BarSeries("cost per contact",
            List.of(a.costPerContact().toDouble(), a.benchmark().value().amount().toDouble()))));
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
