package io.github.commissioningvfm.examples.report;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An exclusion audit as figures and as a report table: rows read, excluded per rule, analysed. */
public final class Audits {

  private Audits() {
  }

  /**
   * The exclusion counts by rule id, in the order the rules apply.
   *
   * @param report the audit
   * @return rule id -&gt; rows excluded by it
   */
  public static Map<String, Long> exclusionCounts(ExclusionReport report) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (RuleCount count : Args.notNull(report, "report").counts()) {
      counts.put(count.ruleId(), count.count());
    }
    return counts;
  }

  /**
   * Adds the audit as a table: rows read, each rule with its description and count, rows analysed.
   *
   * @param md the report
   * @param report the audit
   * @param noun what a row is, e.g. "rows" or "contacts"
   * @return the report
   */
  public static MarkdownReport exclusionTable(MarkdownReport md, ExclusionReport report, String noun) {
    Args.notNull(report, "report");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(noun + " read", "", Long.toString(report.rowsRead())));
    for (RuleCount count : report.counts()) {
      rows.add(List.of("excluded: " + count.ruleId(), count.description(), Long.toString(count.count())));
    }
    rows.add(List.of("analysed", "", Long.toString(report.included())));
    return md.table(List.of("step", "rule", Args.notBlank(noun, "noun")), rows);
  }
}
