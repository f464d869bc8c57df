package io.github.commissioningvfm.vfm.outcomes.clean;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies the {@link StandardRule}s, then user {@link CleaningRule}s, in order; each row is
 * excluded by the first rule that applies. Nothing is dropped without an entry in the
 * {@link ExclusionReport}.
 *
 * <pre>{@code
 * CleanedData clean = Cleaner.standard().withRule(myRule).clean(data);
 * System.out.println(clean.report().describe());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Cleaner {

  private final List<CleaningRule> userRules;

  private Cleaner(List<CleaningRule> userRules) {
    this.userRules = List.copyOf(userRules);
  }

  /**
   * The cleaner with the standard rules only.
   *
   * @return the cleaner
   */
  public static Cleaner standard() {
    return new Cleaner(List.of());
  }

  /**
   * A cleaner with one more user rule, applied after the standard rules and earlier user rules.
   *
   * @param rule the rule
   * @return the new cleaner
   * @throws IllegalArgumentException if the rule's id clashes with another rule's
   */
  public Cleaner withRule(CleaningRule rule) {
    Args.notNull(rule, "rule");
    Args.notBlank(rule.id(), "rule.id");
    Args.notBlank(rule.description(), "rule.description");
    for (StandardRule s : StandardRule.values()) {
      Args.check(!s.id().equals(rule.id()), "rule.id", "differ from the standard rule ids", rule.id());
    }
    for (CleaningRule u : userRules) {
      Args.check(!u.id().equals(rule.id()), "rule.id", "be unique among user rules", rule.id());
    }
    List<CleaningRule> all = new ArrayList<>(userRules);
    all.add(rule);
    return new Cleaner(all);
  }

  /**
   * Cleans the data.
   *
   * @param data the loaded rows
   * @return the included rows and the audit
   */
  public CleanedData clean(ParticipantData data) {
    Args.notNull(data, "data");
    int n = data.size();
    StandardRule[] standard = StandardRule.values();
    int rules = standard.length + userRules.size();
    ExclusionRule[] byIndex = new ExclusionRule[rules];
    System.arraycopy(standard, 0, byIndex, 0, standard.length);
    for (int k = 0; k < userRules.size(); k++) {
      byIndex[standard.length + k] = userRules.get(k);
    }
    long[] counts = new long[rules];
    int[] included = new int[n];
    int kept = 0;
    ExclusionRows.Builder exclusions = ExclusionRows.builder();
    int[] firstRows = data.firstRowOfEachId();
    OutcomeMeasure measure = data.schema().measure();
    for (int r = 0; r < n; r++) {
      int first = firstRows[r];
      int hit = -1;
      String detail = "";
      boolean passesStandard = first == r && passesStandardRules(data, r, measure);
      for (int k = 0; k < standard.length && hit < 0 && !passesStandard; k++) {
        Optional<String> why = standard[k].exclude(data, r, first);
        if (why.isPresent()) {
          hit = k;
          detail = why.get();
        }
      }
      for (int k = 0; k < userRules.size() && hit < 0; k++) {
        Optional<String> why = userRules.get(k).exclude(data, r);
        if (why.isPresent()) {
          hit = standard.length + k;
          detail = why.get();
        }
      }
      if (hit < 0) {
        included[kept++] = r;
      } else {
        counts[hit]++;
        exclusions.add(data.line(r), data.participantId(r), byIndex[hit], detail);
      }
    }
    List<RuleCount> ruleCounts = new ArrayList<>(rules);
    for (int k = 0; k < rules; k++) {
      ruleCounts.add(new RuleCount(byIndex[k].id(), byIndex[k].description(), counts[k]));
    }
    ExclusionReport report = new ExclusionReport(data.source(), n, kept, ruleCounts, exclusions.build());
    return new CleanedData(data, java.util.Arrays.copyOf(included, kept), report);
  }

  /**
   * The common case, checked on primitives before the rules are asked one by one: a complete,
   * attended row with both scores in range, on the first row of its id, passes every
   * {@link StandardRule} (each rule's test is the negation of one of these conditions).
   */
  static boolean passesStandardRules(ParticipantData data, int row, OutcomeMeasure measure) {
    return data.isComplete(row) && data.sessions(row) != 0 && measure.inRange(data.baseline(row))
        && measure.inRange(data.followUp(row));
  }
}
