package io.github.commissioningvfm.vfm.sroi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.cba.DiscountSchedule;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of an SROI analysis: one account per investment.
 *
 * @param strategyId the strategy's id
 * @param appraisalName the analysis' name
 * @param accounts the accounts
 * @param sources the sources
 * @param assumptions the assumptions
 */
public record SroiResult(String strategyId, String appraisalName, List<SroiAccount> accounts,
    List<SourceReference> sources, List<String> assumptions) implements VfmResult {

  /** Validates and copies. */
  public SroiResult {
    Args.notBlank(strategyId, "strategyId");
    Args.notBlank(appraisalName, "appraisalName");
    accounts = List.copyOf(Args.noNullElements(accounts, "accounts"));
    sources = List.copyOf(Args.noNullElements(sources, "sources"));
    assumptions = List.copyOf(Args.noNullElements(assumptions, "assumptions"));
  }

  static SroiResult of(String strategyId, String name, List<SroiAccount> accounts, DiscountSchedule schedule,
      List<String> assumptions) {
    Set<SourceReference> sources = new LinkedHashSet<>();
    for (SroiAccount a : accounts) {
      for (SroiLine l : a.lines()) {
        if (!l.source().isBlank()) {
          sources.add(new SourceReference(SourceReference.Kind.VALUE, l.source()));
        }
      }
    }
    sources.add(new SourceReference(SourceReference.Kind.DISCOUNT_SCHEDULE, schedule.describe()));
    return new SroiResult(strategyId, name, accounts, new ArrayList<>(sources), assumptions);
  }

  /**
   * The headline figures of each account (named after its option): {@link SroiStrategy#SROI_RATIO},
   * {@link SroiStrategy#NET_SROI_RATIO} and {@link SroiStrategy#NET_PRESENT_VALUE}.
   */
  @Override
  public List<HeadlineFigure> headlines() {
    List<HeadlineFigure> out = new ArrayList<>();
    for (SroiAccount a : accounts) {
      out.add(HeadlineFigure.of(a.label(), SroiStrategy.SROI_RATIO, a.sroiRatio()));
      out.add(HeadlineFigure.of(a.label(), SroiStrategy.NET_SROI_RATIO, a.netSroiRatio()));
      out.add(HeadlineFigure.of(a.label(), SroiStrategy.NET_PRESENT_VALUE, Figure.amount(a.netPresentValue())));
    }
    return out;
  }

  @Override
  public String toString() {
    return io.github.commissioningvfm.vfm.report.TextReport.render(this);
  }

  @Override
  public List<ResultTable> tables() {
    ResultTable.Builder lines = ResultTable.builder("SROI impact values (present values)",
        "investment", "stakeholder", "outcome", "present value");
    ResultTable.Builder totals = ResultTable.builder(
        "SROI (ratio = present value / investment; net ratio = (present value - investment) / investment)",
        "investment", "amount invested", "total present value", "net present value", "SROI ratio", "net SROI ratio");
    for (SroiAccount a : accounts) {
      for (SroiLine l : a.lines()) {
        lines.row(a.label(), l.stakeholder(), l.outcome(), l.presentValue());
      }
      totals.row(a.label(), a.investment(), a.totalPresentValue(), a.netPresentValue(), a.sroiRatio(), a.netSroiRatio());
    }
    return List.of(totals.build(), lines.build());
  }
}
