package io.github.commissioningvfm.vfm.engine;

import io.github.commissioningvfm.vfm.appraisal.Appraisal;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.spi.VfmStrategy;
import java.util.List;

/** A house method listed in the test services file: counts the options. */
public class HouseStrategy implements VfmStrategy {

  /** The id. */
  public static final String ID = "house-option-count";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "counts options";
  }

  @Override
  public VfmResult evaluate(Appraisal appraisal) {
    int count = appraisal.options().size();
    return new VfmResult() {
      @Override
      public String strategyId() {
        return ID;
      }

      @Override
      public String appraisalName() {
        return appraisal.name();
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
    };
  }
}
