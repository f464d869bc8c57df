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
 * The result of a return-on-investment evaluation: the one ROI result of the library. The ROI
 * strategy ({@link RoiStrategy}) returns it for an appraisal, and the counterfactual ROI of contact
 * records ({@code outcomes.counterfactual.CounterfactualRoi}) returns it for a service's stated
 * alternatives, so both print, export and serialise alike, and every pair of figures is a
 * {@link RoiFigures}: {@code roiRatio = benefits / investment} and
 * {@code netRoi = (benefits - investment) / investment}, always both, labelled.
 *
 * @param strategyId the strategy's id
 * @param appraisalName the appraisal's name
 * @param counterfactual the counterfactual's name
 * @param options the figures of each other option
 * @param sources the sources of the inputs
 * @param assumptions the assumptions
 * @param alternatives when the ROI comes from contact records: the contacts naming each stated
 *     alternative per financial year, their valuation and the alternative's own ROI (unit cost / programme
 *     cost per contact); empty for an appraisal
 * @since 0.1.0
 */
public record RoiResult(String strategyId, String appraisalName, String counterfactual, List<RoiOptionResult> options,
    List<SourceReference> sources, List<String> assumptions, List<AlternativeYear> alternatives)
    implements VfmResult {

  /**
   * A result without contact-level alternatives, as an appraisal gives.
   *
   * @param strategyId the strategy's id
   * @param appraisalName the appraisal's name
   * @param counterfactual the counterfactual's name
   * @param options the figures of each other option
   * @param sources the sources of the inputs
   * @param assumptions the assumptions
   */
  public RoiResult(String strategyId, String appraisalName, String counterfactual, List<RoiOptionResult> options,
      List<SourceReference> sources, List<String> assumptions) {
    this(strategyId, appraisalName, counterfactual, options, sources, assumptions, List.of());
  }

  /** Validates and copies. */
  public RoiResult {
    alternatives = List.copyOf(Args.noNullElements(alternatives, "alternatives"));
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

  /**
   * The (alternative, year) rows with no valuation: their contacts are in no avoided cost.
   *
   * @return the unvalued rows, empty when every contact was valued
   */
  public List<AlternativeYear> unvalued() {
    return alternatives.stream().filter(AlternativeYear::unmapped).toList();
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
    if (!alternatives.isEmpty()) {
      ResultTable.Builder a = ResultTable.builder("ROI of each stated alternative (ROI ratio = the alternative's unit "
          + "cost / programme cost per contact; above 1, the alternative costs more than a programme contact)",
          "alternative", "year", "contacts", "unit cost", "programme cost per contact", "ROI ratio", "net ROI");
      for (AlternativeYear ay : alternatives) {
        a.row(ay.alternative(), ay.year().toString(), new Figure.Count(ay.contacts()),
            ay.unitCost().<Figure>map(Figure::amount).orElse(new Figure.Undefined("not valued")),
            Figure.amount(ay.programmeCostPerContact()), ay.roiRatio(), ay.netRoi());
      }
      out.add(a.build());
    }
    return out;
  }
}
