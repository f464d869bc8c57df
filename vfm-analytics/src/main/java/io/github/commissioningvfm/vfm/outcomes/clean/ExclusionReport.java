package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/**
 * The audit of a cleaning step: rows read, rows included, and for every rule (in the order
 * applied) the number of rows it excluded first, plus every excluded row with its line, id and
 * reason. The constructor enforces {@code included + sum(counts) = rowsRead} and
 * {@code exclusions.size() = sum(counts)}.
 *
 * @param source the file or source name
 * @param rowsRead data rows read
 * @param included rows kept for analysis
 * @param counts per rule, in the order applied (rules that excluded nothing included with 0)
 * @param exclusions every excluded row, in file order
 * @since 0.1.0
 */
public record ExclusionReport(String source, long rowsRead, long included, List<RuleCount> counts,
    List<Exclusion> exclusions) {

  /**
   * Creates a report, checking that the counts add up.
   *
   * @param source source
   * @param rowsRead rows read
   * @param included rows included
   * @param counts per rule
   * @param exclusions excluded rows
   */
  public ExclusionReport {
    Args.notBlank(source, "source");
    Args.notNegative(rowsRead, "rowsRead");
    Args.notNegative(included, "included");
    counts = List.copyOf(Args.noNullElements(counts, "counts"));
    // compact rows are immutable and never null: kept as they are, not copied into objects
    exclusions = exclusions instanceof ExclusionRows ? exclusions
        : List.copyOf(Args.noNullElements(exclusions, "exclusions"));
    long excluded = counts.stream().mapToLong(RuleCount::count).sum();
    Args.check(included + excluded == rowsRead, "counts",
        "add up: included " + included + " + excluded " + excluded + " = rows read " + rowsRead, counts);
    Args.check(exclusions.size() == excluded, "exclusions", "list every excluded row (" + excluded + ")",
        exclusions.size());
  }

  /**
   * Rows excluded in total.
   *
   * @return {@code rowsRead - included}
   */
  public long excluded() {
    return rowsRead - included;
  }

  /**
   * Rows excluded by a rule.
   *
   * @param ruleId the rule's id
   * @return the count, 0 if the rule is unknown or excluded nothing
   */
  public long count(String ruleId) {
    return counts.stream().filter(c -> c.ruleId().equals(ruleId)).mapToLong(RuleCount::count).sum();
  }

  /**
   * Rows excluded by a rule.
   *
   * @param rule the rule
   * @return the count
   */
  public long count(ExclusionRule rule) {
    return count(Args.notNull(rule, "rule").id());
  }

  /**
   * The excluded rows of one rule.
   *
   * @param ruleId the rule's id
   * @return the exclusions
   */
  public List<Exclusion> exclusionsBy(String ruleId) {
    return exclusions.stream().filter(e -> e.ruleId().equals(ruleId)).toList();
  }

  /**
   * A plain-text table of the audit.
   *
   * @return the text
   */
  public String describe() {
    StringBuilder sb = new StringBuilder("Cleaning of ").append(source).append(": ").append(rowsRead)
        .append(" rows read, ").append(included).append(" included, ").append(excluded()).append(" excluded\n");
    for (RuleCount c : counts) {
      sb.append(String.format(java.util.Locale.ROOT, "  %-24s %8d  %s%n", c.ruleId(), c.count(), c.description()));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
