package io.github.commissioningvfm.vfm.engine;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.HeadlineFigure;
import io.github.commissioningvfm.vfm.spi.Metric;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.util.List;

/** A house method listed in the test services file: counts the options. */
public class HouseStrategy implements VfmStrategy<HouseStrategy.Counted> {

  /** The id. */
  public static final String ID = "house-option-count";

  /** The number of options, reported for each option. */
  public static final Metric<Figure.Count> OPTIONS = new Metric<>("options", "options", "number of options",
      Figure.Count.class, "", 0);

  /**
   * The result.
   *
   * @param appraisalName the appraisal
   * @param options the option names other than the counterfactual
   * @param count the number of options
   */
  public record Counted(String appraisalName, List<String> options, int count) implements VfmResult {
    @Override
    public String strategyId() {
      return ID;
    }

    @Override
    public List<HeadlineFigure> headlines() {
      return options.stream().map(o -> HeadlineFigure.of(o, OPTIONS, new Figure.Count(count))).toList();
    }

    @Override
    public List<SourceReference> sources() {
      return List.of();
    }

    @Override
    public List<String> assumptions() {
      return List.of();
    }

    @Override
    public List<ResultTable> tables() {
      return List.of(ResultTable.builder("options", "count").row(count).build());
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "counts options";
  }

  @Override
  public Class<Counted> resultType() {
    return Counted.class;
  }

  @Override
  public List<Metric<?>> metrics() {
    return List.of(OPTIONS);
  }

  @Override
  public Counted evaluate(Appraisal appraisal) {
    return new Counted(appraisal.name(), appraisal.alternatives().stream().map(o -> o.name()).toList(),
        appraisal.options().size());
  }
}
