package io.github.commissioningvfm.examples.cycle;

import io.github.commissioningvfm.examples.ExampleMain;
import io.github.commissioningvfm.examples.ExampleSummary;
import io.github.commissioningvfm.examples.Progress;
import io.github.commissioningvfm.examples.WorkedExample;
import io.github.commissioningvfm.examples.report.ChartSpec;
import io.github.commissioningvfm.examples.report.Csv;
import io.github.commissioningvfm.examples.report.MarkdownReport;
import io.github.commissioningvfm.examples.report.ReportFolder;
import io.github.commissioningvfm.examples.report.ResultJson;
import io.github.commissioningvfm.model.cycle.CommissioningEvent;
import io.github.commissioningvfm.model.cycle.CommissioningHistory;
import io.github.commissioningvfm.model.cycle.CycleActivity;
import io.github.commissioningvfm.model.cycle.CycleStage;
import io.github.commissioningvfm.model.cycle.EventType;
import io.github.commissioningvfm.model.cycle.Finding;
import io.github.commissioningvfm.model.cycle.FindingKind;
import io.github.commissioningvfm.model.cycle.StageSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A crisis service's commissioning history, as a commissioner's records might show it.
 *
 * <p>The history is illustrative, built to show patterns that research on VCSE mental-health
 * commissioning reports (Miller and Rees 2014; Sheaff et al. 2024; Sever 2025, as summarised in
 * the project's domain notes): a grant rolled over year after year, confirmed in the last week of
 * March; an evaluation that no planning followed; a second, place-level cycle running at the same
 * time; and an award recorded with no procurement route. The cycle check reports these as
 * findings rather than refusing the log.
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
   * The recorded events, in the order they were entered (not date order).
   *
   * @return the events
   */
  public static List<CommissioningEvent> events() {
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
        CommissioningEvent.of(RETENDER, "2024-07-15", EventType.AWARD, "three years plus two"),
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
    Map<FindingKind.Severity, Integer> bySeverity = new EnumMap<>(FindingKind.Severity.class);
    for (FindingKind.Severity s : FindingKind.Severity.values()) {
      bySeverity.put(s, 0);
    }
    findings.forEach(f -> bySeverity.merge(f.kind().severity(), 1, Integer::sum));

    progress.step("writing the report");
    ReportFolder folder = ReportFolder.create(reportsRoot, ID);
    folder.writeCsv(ReportFolder.INPUT_CSV, inputCsv(history));
    folder.writeResult(result(history, findings, bySeverity));
    folder.writeChart(timeline(history));
    folder.writeReport(report(history, findings));
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
      Map<FindingKind.Severity, Integer> bySeverity) {
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
    List<ResultJson> findingJson = new ArrayList<>();
    for (Finding f : findings) {
      findingJson.add(ResultJson.object().put("kind", f.kind().name()).put("severity", f.kind().severity().name())
          .put("cycle", f.cycle()).put("date", f.date().map(LocalDate::toString).orElse(""))
          .put("message", f.message()));
    }
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    bySeverity.forEach((k, v) -> counts.put(k.name(), v));
    return ResultJson.object().put("example", ID).put("service", history.service())
        .put("events", history.events().size()).put("cycles", cycles).put("findings", findingJson)
        .put("findings_by_severity", counts);
  }

  private static ChartSpec timeline(CommissioningHistory history) {
    List<ChartSpec.XySeries> series = new ArrayList<>();
    for (String cycle : history.cycles()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (CommissioningEvent e : history.events(cycle)) {
        x.add(e.date().getYear() + (e.date().getDayOfYear() - 1) / 365.25);
        y.add((double) (e.type().stage().ordinal() + 1));
      }
      series.add(new ChartSpec.XySeries(cycle, x, y));
    }
    return new ChartSpec.Lines("cycle-timeline", "Commissioning events by stage, in date order",
        "Date (calendar year)", "Stage (1 planning, 2 procuring, 3 monitoring and evaluation)", series);
  }

  private static MarkdownReport report(CommissioningHistory history, List<Finding> findings) {
    MarkdownReport md = MarkdownReport.titled("Commissioning history: " + history.service());
    md.paragraph("An illustrative history, not a real service's records. It is recorded as dated events in "
        + history.cycles().size() + " concurrent cycles, in the order a commissioner might enter them, and checked "
        + "against the NHS England commissioning cycle (strategic planning; procuring services; monitoring and "
        + "evaluation). The check accepts what actually happened (stages skipped, repeated or out of order) and "
        + "reports findings instead of refusing the log. The events echo patterns research reports: contracts "
        + "rolled over for years and confirmed in the last week of March, monitoring that counts activity, "
        + "evaluation that does not feed back into planning (Miller and Rees 2014; Sheaff et al. 2024; Sever 2025).");
    md.section("Events");
    List<List<String>> rows = new ArrayList<>();
    for (CommissioningEvent e : history.events()) {
      rows.add(List.of(e.date().toString(), e.cycle(), e.type().name(), e.type().stage().name(), e.note()));
    }
    md.table(List.of("date", "cycle", "event", "stage", "note"), rows);
    md.image("Commissioning events by stage, in date order", "cycle-timeline.png");
    md.section("Stages and missing activities per cycle");
    List<List<String>> stageRows = new ArrayList<>();
    for (String cycle : history.cycles()) {
      for (CycleStage stage : CycleStage.values()) {
        StageSpan span = history.stages(cycle).stream().filter(s -> s.stage() == stage).findFirst().orElse(null);
        String missing = String.join(", ", history.missingActivities(cycle).stream()
            .filter(a -> a.stage() == stage).map(CycleActivity::name).toList());
        stageRows.add(List.of(cycle, stage.name(),
            span == null ? "not recorded" : span.first() + " to " + span.last() + " (" + span.events() + " events)",
            missing.isEmpty() ? "none" : missing));
      }
    }
    md.table(List.of("cycle", "stage", "when", "missing activities"), stageRows);
    md.section("Findings");
    List<List<String>> findingRows = new ArrayList<>();
    for (Finding f : findings) {
      findingRows.add(List.of(f.kind().severity().name(), f.kind().name(), f.cycle(),
          f.date().map(LocalDate::toString).orElse(""), f.message()));
    }
    md.table(List.of("severity", "finding", "cycle", "date", "message"), findingRows);
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
