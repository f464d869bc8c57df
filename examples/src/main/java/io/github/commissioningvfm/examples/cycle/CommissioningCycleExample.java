package io.github.commissioningvfm.examples.cycle;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.vfm.charts.ChartAdapters;
import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.Words;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.model.cycle.CommissionerChecks;
import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.CycleActivity;
import io.github.commissioningvfm.model.cycle.CycleStage;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.cycle.FindingKind;
import io.github.commissioningvfm.model.cycle.Responsibility;
import io.github.commissioningvfm.model.cycle.StageSpan;
import io.github.commissioningvfm.model.money.Money;
import io.github.commissioningvfm.model.organisation.Commissioner;
import io.github.commissioningvfm.model.organisation.CommissionerType;
import io.github.commissioningvfm.model.procurement.ProcurementRoute;
import io.github.commissioningvfm.model.procurement.PsrAssessment;
import io.github.commissioningvfm.model.procurement.PsrCircumstances;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A crisis service's commissioning history, as a commissioner's records might show it.
 *
 * <p>The history is illustrative, built to show patterns that research on VCSE mental-health
 * commissioning reports (Miller and Rees 2014; Sheaff et al. 2024; Sever 2025, as summarised in
 * the project's domain notes): a grant rolled over year after year, confirmed in the last week of
 * March; an evaluation that no planning followed; a second, place-level cycle running at the same
 * time; and a variation recorded before its contract started. The history spans the 2022
 * transition: the grant was commissioned by a clinical commissioning group until 30 June 2022 and
 * by its successor integrated care board from 1 July 2022, but the records kept the CCG's name on
 * the March 2023 roll-over, which the commissioner check flags. The 2024 re-procurement follows the
 * Provider Selection Regime: direct award process C is refused because the new contract is
 * materially different in character from the grant (SI 2023/1348, regulation 6, the considerable change), and
 * the competitive process is recorded with its notice of intention, standstill period and award.
 * The cycle check reports findings rather than refusing the log.
 */
public final class CommissioningCycleExample implements WorkedExample {

  /** The example id and report folder name. */
  public static final String ID = "commissioning-cycle";
  /** The service whose history is recorded. */
  public static final String SERVICE = "Safe Haven crisis service (illustrative)";
  /** The input columns. */
  public static final List<String> COLUMNS = List.of("cycle", "date", "event_type", "stage", "activity", "note");

  private static final String GRANT = "2017 grant";
  private static final String RETENDER = "2024 re-procurement";
  private static final String PLACE = "place: crisis alliance";
  /** The clinical commissioning group that made the grant (illustrative). */
  public static final Commissioner CCG = Commissioner.of("05X", "Northtown CCG",
      CommissionerType.CLINICAL_COMMISSIONING_GROUP);
  /** Its successor integrated care board (illustrative). */
  public static final Commissioner ICB = Commissioner.of("QXX", "Northshire ICB", CommissionerType.INTEGRATED_CARE_BOARD);
  /** The day the re-procurement route was chosen. */
  public static final LocalDate ROUTE_DECIDED = LocalDate.of(2024, 5, 10);
  /** The day the notice of intention to award was published. */
  public static final LocalDate NOTICE_PUBLISHED = LocalDate.of(2024, 7, 1);

  /**
   * Creates the example.
   */
  public CommissioningCycleExample() {
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "A commissioning history and what the cycle check finds";
  }

  /**
   * The circumstances of the 2024 re-procurement: a satisfactory existing provider whose grant is
   * expiring, replaced by an NHS Standard Contract with a co-produced specification, which is
   * materially different in character; the lifetime value rises from GBP 1.8m to GBP 2.5m.
   *
   * @return the circumstances
   */
  public static PsrCircumstances reprocurement() {
    return PsrCircumstances.builder().existingProvider(true).existingContractExpiring(true)
        .incumbentSatisfactory(true).materiallyDifferentInCharacter(true).changeAttributableToAuthority(true)
        .lifetimeValues(Money.ofPounds(1_800_000), Money.ofPounds(2_500_000)).build();
  }

  /**
   * Who the records say was responsible for each cycle: the CCG for the grant until the end of
   * March 2023 (its name kept on the roll-over letter), the ICB from April 2023 and for the Place
   * and re-procurement cycles.
   *
   * @return the responsibilities
   */
  public static List<Responsibility> responsibilities() {
    return List.of(new Responsibility(GRANT, CCG, LocalDate.of(2016, 10, 1), Optional.of(LocalDate.of(2023, 3, 31))),
        new Responsibility(GRANT, ICB, LocalDate.of(2023, 4, 1), Optional.empty()),
        new Responsibility(PLACE, ICB, LocalDate.of(2022, 7, 1), Optional.empty()),
        new Responsibility(RETENDER, ICB, LocalDate.of(2023, 4, 1), Optional.empty()));
  }

  /**
   * The recorded events, in the order they were entered (not date order); the re-procurement's
   * route, notice, standstill and award come from the Provider Selection Regime assessment.
   *
   * @return the events
   */
  public static List<CommissioningEvent> events() {
    List<CommissioningEvent> events = new ArrayList<>(recorded());
    events.addAll(PsrAssessment.of(reprocurement()).events(RETENDER, ProcurementRoute.COMPETITIVE_PROCESS,
        ROUTE_DECIDED, NOTICE_PUBLISHED, Set.of()));
    return events;
  }

  private static List<CommissioningEvent> recorded() {
    return List.of(
        CommissioningEvent.of(GRANT, "2016-10-14", EventType.NEEDS_ASSESSMENT, "JSNA mental health chapter"),
        CommissioningEvent.of(GRANT, "2017-01-20", EventType.PRIORITIES_DECIDED, "crisis alternatives in the CCG plan"),
        CommissioningEvent.of(GRANT, "2017-02-03", EventType.SPECIFICATION, "outline specification"),
        CommissioningEvent.of(GRANT, "2017-02-17", EventType.PROCUREMENT_ROUTE_CHOSEN, "grant route"),
        CommissioningEvent.of(GRANT, "2017-03-24", EventType.AWARD, "one-year grant"),
        CommissioningEvent.of(GRANT, "2017-04-01", EventType.CONTRACT_START, ""),
        CommissioningEvent.of(GRANT, "2018-03-28", EventType.ROLL_OVER, "same terms, one year"),
        CommissioningEvent.of(GRANT, "2019-03-27", EventType.ROLL_OVER, "same terms, one year"),
        CommissioningEvent.of(GRANT, "2020-03-30", EventType.ROLL_OVER, "confirmed by email"),
        CommissioningEvent.of(GRANT, "2021-03-26", EventType.EXTENSION, "two years, uplift 2%"),
        CommissioningEvent.of(GRANT, "2021-11-09", EventType.PERFORMANCE_REVIEW, "activity counts only"),
        CommissioningEvent.of(GRANT, "2022-06-30", EventType.EVALUATION, "ROI evaluation by the provider"),
        CommissioningEvent.of(GRANT, "2023-03-29", EventType.ROLL_OVER, "to allow re-procurement"),
        CommissioningEvent.of(RETENDER, "2023-09-12", EventType.SERVICE_REVIEW, "ICB crisis pathway review"),
        CommissioningEvent.of(RETENDER, "2024-01-16", EventType.USER_FEEDBACK, "co-production workshops"),
        CommissioningEvent.of(RETENDER, "2024-05-02", EventType.SPECIFICATION, "co-produced specification"),
        CommissioningEvent.of(RETENDER, "2024-10-01", EventType.CONTRACT_START, "NHS Standard Contract, shorter form"),
        CommissioningEvent.of(PLACE, "2022-09-01", EventType.VARIATION, "alliance schedule added"),
        CommissioningEvent.of(PLACE, "2023-01-10", EventType.CONTRACT_START, "alliance agreement"),
        CommissioningEvent.of(PLACE, "2024-02-20", EventType.PERFORMANCE_REVIEW, "alliance dashboard"));
  }

  /**
   * The history built from {@link #events()}.
   *
   * @return the history
   */
  public static CommissioningHistory history() {
    CommissioningHistory history = CommissioningHistory.of(SERVICE);
    for (CommissioningEvent event : events()) {
      history = history.with(event);
    }
    return history;
  }

  @Override
  public ExampleSummary run(Path reportsRoot, Progress progress) throws IOException {
    progress.step("checking the commissioning history");
    CommissioningHistory history = history();
    List<Finding> findings = history.findings();
    List<Finding> commissionerFindings = CommissionerChecks.findings(history, responsibilities());
    Map<FindingKind.Severity, Integer> bySeverity = new EnumMap<>(FindingKind.Severity.class);
    for (FindingKind.Severity s : FindingKind.Severity.values()) {
      bySeverity.put(s, 0);
    }
    findings.forEach(f -> bySeverity.merge(f.kind().severity(), 1, Integer::sum));
    commissionerFindings.forEach(f -> bySeverity.merge(f.kind().severity(), 1, Integer::sum));

    progress.step("writing the report");
    ReportFolder folder = ReportFolder.create(reportsRoot, ID);
    folder.writeCsv(ReportFolder.INPUT_CSV, inputCsv(history));
    folder.writeResult(result(history, findings, commissionerFindings, bySeverity));
    folder.writeChart(ChartAdapters.commissioningTimeline("Commissioning events by stage, in date order", history),
        "cycle-timeline");
    folder.writeReport(report(history, findings, commissionerFindings));
    return new ExampleSummary(ID, title(), folder.path(), List.of(
        history.events().size() + " events in " + history.cycles().size() + " concurrent cycles; findings: "
            + bySeverity.get(FindingKind.Severity.CONTRADICTION) + " contradictions, "
            + bySeverity.get(FindingKind.Severity.GAP) + " gaps, "
            + bySeverity.get(FindingKind.Severity.OBSERVATION) + " observations"));
  }

  private static String inputCsv(CommissioningHistory history) {
    List<List<String>> rows = new ArrayList<>();
    for (CommissioningEvent e : history.events()) {
      rows.add(List.of(e.cycle(), e.date().toString(), e.type().name(), e.type().stage().name(),
          e.type().activity().name(), e.note()));
    }
    return Csv.format(COLUMNS, rows);
  }

  private static ResultJson result(CommissioningHistory history, List<Finding> findings,
      List<Finding> commissionerFindings, Map<FindingKind.Severity, Integer> bySeverity) {
    List<ResultJson> cycles = new ArrayList<>();
    for (String cycle : history.cycles()) {
      List<ResultJson> stages = new ArrayList<>();
      for (StageSpan span : history.stages(cycle)) {
        stages.add(ResultJson.object().put("stage", span.stage().name()).put("first", span.first().toString())
            .put("last", span.last().toString()).put("days", span.days()).put("events", span.events()));
      }
      cycles.add(ResultJson.object().put("cycle", cycle).put("events", history.events(cycle).size())
          .put("stages", stages)
          .put("missing_activities", history.missingActivities(cycle).stream().map(CycleActivity::name).toList()));
    }
    List<ResultJson> responsibilityJson = new ArrayList<>();
    for (Responsibility r : responsibilities()) {
      responsibilityJson.add(ResultJson.object().put("cycle", r.cycle()).put("commissioner", r.commissioner().name())
          .put("type", r.commissioner().type().name()).put("from", r.from().toString())
          .put("until", r.until().map(LocalDate::toString).orElse("")));
    }
    PsrAssessment psr = PsrAssessment.of(reprocurement());
    List<ResultJson> options = new ArrayList<>();
    psr.options().forEach(o -> options.add(ResultJson.object().put("route", o.route().name())
        .put("status", o.status().name()).put("reason", o.reason())));
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    bySeverity.forEach((k, v) -> counts.put(k.name(), v));
    return ResultJson.object().put("example", ID).put("service", history.service())
        .put("events", history.events().size()).put("cycles", cycles).put("findings", findingsJson(findings))
        .put("responsibilities", responsibilityJson).put("commissioner_findings", findingsJson(commissionerFindings))
        .put("psr_options", options).put("findings_by_severity", counts);
  }

  private static List<ResultJson> findingsJson(List<Finding> findings) {
    List<ResultJson> findingJson = new ArrayList<>();
    for (Finding f : findings) {
      findingJson.add(ResultJson.object().put("kind", f.kind().name()).put("severity", f.kind().severity().name())
          .put("cycle", f.cycle()).put("date", f.date().map(LocalDate::toString).orElse(""))
          .put("message", f.message()));
    }
    return findingJson;
  }



  private static MarkdownReport report(CommissioningHistory history, List<Finding> findings,
      List<Finding> commissionerFindings) {
    MarkdownReport md = MarkdownReport.titled("Commissioning history: " + history.service());
    md.paragraph("An illustrative history, not a real service's records. It is recorded as dated events in "
        + history.cycles().size() + " concurrent cycles, in the order a commissioner might enter them, and checked "
        + "against the NHS England commissioning cycle (strategic planning; procuring services; monitoring and "
        + "evaluation). The check accepts what actually happened (stages skipped, repeated or out of order) and "
        + "reports findings instead of refusing the log. The events echo patterns research reports: contracts "
        + "rolled over for years and confirmed in the last week of March, monitoring that counts activity, "
        + "evaluation that does not feed back into planning (Miller and Rees 2014; Sheaff et al. 2024; Sever 2025).");
    java.util.Map<String, Long> bySeverity = new java.util.TreeMap<>();
    findings.forEach(f -> bySeverity.merge(Words.of(f.kind().severity()), 1L, Long::sum));
    List<LocalDate> dates = history.events().stream().map(CommissioningEvent::date).sorted().toList();
    md.bottomLine("Not a costing: this is the record of " + history.events().size() + " commissioning events in "
            + history.cycles().size() + " cycles of one service, from " + dates.get(0) + " to "
            + dates.get(dates.size() - 1) + ".",
        "The check against the NHS England commissioning cycle finds " + String.join(", ", bySeverity.entrySet()
            .stream().map(e -> e.getValue() + " " + e.getKey() + (e.getValue() == 1 ? "" : "s")).toList())
            + " (listed under Findings, each with its date), and " + commissionerFindings.size()
            + " event(s) attributed to a kind of commissioner that did not exist on its date.",
        "Every finding follows from the dates and stages recorded, so it is as sound as the log: an event that was "
            + "never recorded shows as a gap, not as a fact about the service.");
    md.section("Events");
    List<List<String>> rows = new ArrayList<>();
    for (CommissioningEvent e : history.events()) {
      rows.add(List.of(e.date().toString(), e.cycle(), Words.of(e.type()), Words.of(e.type().stage()),
          Words.inText(e.note())));
    }
    md.table(List.of("date", "cycle", "event", "stage", "note"), rows);
    md.image("Commissioning events by stage, in date order", "cycle-timeline.png");
    md.section("Stages and missing activities per cycle");
    List<List<String>> stageRows = new ArrayList<>();
    for (String cycle : history.cycles()) {
      for (CycleStage stage : CycleStage.values()) {
        StageSpan span = history.stages(cycle).stream().filter(s -> s.stage() == stage).findFirst().orElse(null);
        String missing = String.join(", ", history.missingActivities(cycle).stream()
            .filter(a -> a.stage() == stage).map(Words::of).toList());
        stageRows.add(List.of(cycle, Words.of(stage),
            span == null ? "not recorded" : span.first() + " to " + span.last() + " (" + span.events() + " events)",
            missing.isEmpty() ? "none" : missing));
      }
    }
    md.table(List.of("cycle", "stage", "when", "missing activities"), stageRows);
    md.section("Findings");
    List<List<String>> findingRows = new ArrayList<>();
    for (Finding f : findings) {
      findingRows.add(List.of(Words.of(f.kind().severity()), Words.of(f.kind()), f.cycle(),
          f.date().map(LocalDate::toString).orElse(""), Words.inText(f.message())));
    }
    md.table(List.of("severity", "finding", "cycle", "date", "message"), findingRows);
    md.section("Who commissioned, across the 2022 transition");
    md.paragraph("Clinical commissioning groups were abolished on 1 July 2022, when integrated care boards took over "
        + "(Health and Care Act 2022). The records attribute each cycle to a commissioner for a span of dates; an event "
        + "attributed to a kind of body that did not exist on its date is a contradiction.");
    List<List<String>> responsibilityRows = new ArrayList<>();
    for (Responsibility r : responsibilities()) {
      responsibilityRows.add(List.of(r.cycle(), r.commissioner().name(), r.commissioner().type().label(),
          r.from().toString(), r.until().map(LocalDate::toString).orElse("")));
    }
    md.table(List.of("cycle", "commissioner", "kind", "from", "until"), responsibilityRows);
    md.bullets(commissionerFindings.stream().map(f -> Words.inText(f.message())).toList());
    md.section("The 2024 re-procurement under the Provider Selection Regime");
    md.bullets(Words.inText(PsrAssessment.of(reprocurement()).toString()).lines().filter(l -> !l.isBlank())
        .map(l -> l.replaceFirst("^- ", "")).toList());
    return md;
  }

  /**
   * Runs this example alone.
   *
   * @param args optionally, the reports folder (default {@code target/reports})
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    ExampleMain.run(new CommissioningCycleExample(), args);
  }
}
