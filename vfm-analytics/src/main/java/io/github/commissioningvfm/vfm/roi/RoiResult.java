package io.github.commissioningvfm.vfm.roi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a return-on-investment evaluation.
 *
 * @param strategyId the strategy's id
 * @param appraisalName the appraisal's name
 * @param counterfactual the counterfactual's name
 * @param options the figures of each other option
 * @param sources the sources of the inputs
 * @param assumptions the assumptions
 */
public record RoiResult(String strategyId, String appraisalName, String counterfactual, List<RoiOptionResult> options,
    List<SourceReference> sources, List<String> assumptions) implements VfmResult {

  /** Validates and copies. */
  public RoiResult {
    Args.notBlank(strategyId, "strategyId");
    Args.notBlank(appraisalName, "appraisalName");
    Args.notBlank(counterfactual, "counterfactual");
    options = List.copyOf(Args.noNullElements(options, "options"));
    sources = List.copyOf(Args.noNullElements(sources, "sources"));
    assumptions = List.copyOf(Args.noNullElements(assumptions, "assumptions"));
  }

  /**
   * The figures of one option.
   *
   * @param name the option's name
   * @return its figures
   * @throws IllegalArgumentException naming the options if there is none of that name
   */
  public RoiOptionResult option(String name) {
    return options.stream().filter(o -> o.option().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No ROI result for option '" + name + "'; options are "
            + options.stream().map(RoiOptionResult::option).toList()));
  }

  /**
   * The headline figures: {@link RoiStrategy#ROI_RATIO}, {@link RoiStrategy#NET_ROI},
   * {@link RoiStrategy#INVESTMENT} and {@link RoiStrategy#BENEFITS} of each option, in total.
   */
  @Override
  public List<HeadlineFigure> headlines() {
    List<HeadlineFigure> out = new ArrayList<>();
    for (RoiOptionResult o : options) {
      out.add(HeadlineFigure.of(o.option(), RoiStrategy.ROI_RATIO, o.total().roiRatio()));
      out.add(HeadlineFigure.of(o.option(), RoiStrategy.NET_ROI, o.total().netRoi()));
      out.add(HeadlineFigure.of(o.option(), RoiStrategy.INVESTMENT, Figure.amount(o.total().investment())));
      out.add(HeadlineFigure.of(o.option(), RoiStrategy.BENEFITS, Figure.amount(o.total().benefits())));
    }
    return out;
  }

  @Override
  public String toString() {
    return io.github.commissioningvfm.vfm.report.TextReport.render(this);
  }

  @Override
  public List<ResultTable> tables() {
    List<ResultTable> out = new ArrayList<>();
    ResultTable.Builder t = ResultTable.builder("Return on investment against '" + counterfactual
        + "' (ROI ratio = benefits / investment; net ROI = (benefits - investment) / investment)",
        "option", "basis", "investment", "benefits", "ROI ratio", "net ROI");
    for (RoiOptionResult o : options) {
      List<RoiFigures> rows = new ArrayList<>();
      rows.add(o.total());
      rows.add(o.fiscal());
      rows.addAll(o.perYear());
      rows.addAll(o.perPerspective());
      rows.addAll(o.perStream());
      for (RoiFigures f : rows) {
        t.row(o.option(), f.label(), f.investment(), f.benefits(), f.roiRatio(), f.netRoi());
      }
    }
    out.add(t.build());
    ResultTable.Builder b = ResultTable.builder("Break-even volumes (ROI ratio = 1, other benefits unchanged)",
        "option", "stream", "volume in appraisal", "break-even volume", "note");
    for (RoiOptionResult o : options) {
      for (BreakEven e : o.breakEven()) {
        b.row(o.option(), e.stream(), new Figure.Quantity(e.actualVolume(), "units"), e.breakEvenVolume(), e.note());
      }
    }
    out.add(b.build());
    return out;
  }
}
