package io.github.commissioningvfm.examples.report;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.audit.AuditFinding;
import io.github.commissioningvfm.vfm.audit.AuditReport;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.clean.RuleCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Audits as report sections: an exclusion audit as figures and as a table (rows read, excluded per
 * rule, analysed), and the published-figure audit as a list of findings with their arithmetic.
 */
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
    rows.add(List.of(noun + " read", "", count(report.rowsRead())));
    for (RuleCount count : report.counts()) {
      rows.add(List.of("excluded: " + count.ruleId().replace('-', ' '), count.description(), count(count.count())));
    }
    rows.add(List.of("analysed", "", count(report.included())));
    return md.table(List.of("step", "rule", Args.notBlank(noun, "noun")), rows);
  }

  /** The heading of the published-figure audit section. */
  public static final String PUBLISHED_FIGURE_CHECKS = "Checks of the published figures";

  /**
   * Adds the section {@value #PUBLISHED_FIGURE_CHECKS}: every finding of the audit, inconsistent
   * ones first marked, each with its arithmetic step by step.
   *
   * @param md the report
   * @param audit the audit of the evaluation's printed figures
   * @return the report
   */
  public static MarkdownReport publishedFigureChecks(MarkdownReport md, AuditReport audit) {
    Args.notNull(audit, "audit");
    md.section(PUBLISHED_FIGURE_CHECKS);
    md.paragraph("The evaluation's printed figures (" + audit.evaluation() + ") were checked against each other by "
        + "arithmetic alone: " + audit.inconsistencies().size() + " of " + audit.findings().size()
        + " checks found an inconsistency. Each finding follows from the printed numbers, with the steps shown; "
        + "a suggested correction is the nearest plausible slip of the pen, not a confirmed figure.");
    StringBuilder list = new StringBuilder();
    for (AuditFinding f : audit.findings()) {
      list.append("- **").append(f.consistent() ? "Consistent" : "Inconsistent").append("** (").append(f.check())
          .append("): ").append(f.summary()).append('\n');
      for (String step : f.arithmetic()) {
        list.append("  - ").append(step).append('\n');
      }
    }
    return md.paragraph(list.toString().stripTrailing());
  }

  private static String count(long n) {
    return java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK).format(n);
  }
}
