package io.github.commissioningvfm.vfm.jackson;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.jackson.CommissioningVfmModule;
import io.github.commissioningvfm.vfm.appraisal.BenefitValuation;
import io.github.commissioningvfm.vfm.audit.AuditFinding;
import io.github.commissioningvfm.vfm.audit.PrintedFigure;
import io.github.commissioningvfm.vfm.audit.QuotientFinding;
import io.github.commissioningvfm.vfm.audit.RegressionFinding;
import io.github.commissioningvfm.vfm.audit.ReturnFinding;
import io.github.commissioningvfm.vfm.audit.SignFinding;
import io.github.commissioningvfm.vfm.audit.SlipFinding;
import io.github.commissioningvfm.vfm.audit.VfmRatioFinding;
import io.github.commissioningvfm.vfm.cba.CbaResult;
import io.github.commissioningvfm.vfm.cea.CeaResult;
import io.github.commissioningvfm.vfm.cua.strategy.CostUtilityResult;
import io.github.commissioningvfm.vfm.engine.BatchCell;
import io.github.commissioningvfm.vfm.engine.VfmEngine;
import io.github.commissioningvfm.vfm.roi.AlternativeCosting;
import io.github.commissioningvfm.vfm.roi.RoiResult;
import io.github.commissioningvfm.vfm.spi.Cell;
import io.github.commissioningvfm.model.time.FinancialYear;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.spi.Figure;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import io.github.commissioningvfm.vfm.sroi.SroiResult;
import io.github.commissioningvfm.vfm.uncertainty.PsaResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson module reading and writing the engine's types: results, their figures and tables, batch
 * cells, uncertainty results and appraisals (format in the package documentation). It registers no
 * serializer for the model's own types (money, costs, financial years, rates, provenance): it
 * depends on the model's {@link CommissioningVfmModule} for them, and on {@link Jdk8Module} for
 * {@code Optional}, which Jackson registers with it. It changes no feature of the host mapper.
 *
 * <p>A result is written with a {@code "resultType"} property naming its class (simple name);
 * results of a plugged-in strategy are read back once their type is named, with
 * {@link #withResultType(Class)} or {@link #forEngine(VfmEngine)}.
 *
 * @since 0.1.0
 */
public final class VfmJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final List<Class<? extends VfmResult>> BUILT_IN = List.of(CbaResult.class, RoiResult.class,
      CeaResult.class, SroiResult.class, PsaResult.class, CostUtilityResult.class);

  /** Creates the module, knowing the built-in result types. */
  public VfmJacksonModule() {
    super("commissioning-vfm-analytics", Version.unknownVersion());
    setMixInAnnotation(Cell.class, CellMixin.class);
    setMixInAnnotation(Figure.class, FigureMixin.class);
    setMixInAnnotation(Figure.Ratio.class, DecimalValueMixin.class);
    setMixInAnnotation(Figure.Quantity.class, DecimalValueMixin.class);
    setMixInAnnotation(VfmResult.class, ResultMixin.class);
    setMixInAnnotation(BatchCell.class, BatchCellMixin.class);
    setMixInAnnotation(BenefitValuation.class, ValuationMixin.class);
    setMixInAnnotation(AlternativeCosting.class, AlternativeCostingMixin.class);
    BUILT_IN.forEach(this::withResultType);
    registerAuditTypes();
    setMixInAnnotation(Estimate.class, FigureMixin.class);
    addKeyDeserializer(FinancialYear.class, new FinancialYearKey());
    OutcomeDataJson.register(this);
  }

  // ---- audit of printed figures: records as they are; findings named by "check" ----

  private void registerAuditTypes() {
    setMixInAnnotation(AuditFinding.class, FindingMixin.class);
    setMixInAnnotation(PrintedFigure.class, PrintedFigureMixin.class);
  }

  /** A printed figure is its label, printed text and citation; the rest is derived from them. */
  @JsonIgnoreProperties(value = {"percentage"})
  private interface PrintedFigureMixin {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "check")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = QuotientFinding.class, name = "quotient"),
      @JsonSubTypes.Type(value = RegressionFinding.class, name = "regression-at-means"),
      @JsonSubTypes.Type(value = VfmRatioFinding.class, name = "vfm-ratio-bound"),
      @JsonSubTypes.Type(value = SlipFinding.class, name = "slip"),
      @JsonSubTypes.Type(value = ReturnFinding.class, name = "return-readings"),
      @JsonSubTypes.Type(value = SignFinding.class, name = "sign")})
  private interface FindingMixin {
  }

  /**
   * The module knowing the result types of every strategy of an engine, plug-ins included.
   *
   * @param engine the engine
   * @return the module
   */
  public static VfmJacksonModule forEngine(VfmEngine engine) {
    Args.notNull(engine, "engine");
    VfmJacksonModule m = new VfmJacksonModule();
    engine.ids().forEach(id -> m.withResultType(engine.strategy(id).resultType()));
    return m;
  }

  /**
   * Names a result type, so that results of that class are read back; the name is its simple class
   * name, which the library keeps unique.
   *
   * @param type the result class
   * @return this module
   */
  public VfmJacksonModule withResultType(Class<? extends VfmResult> type) {
    registerSubtypes(new NamedType(Args.notNull(type, "type"), type.getSimpleName()));
    return this;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    List<Module> out = new ArrayList<>();
    out.add(new Jdk8Module());
    out.add(new CommissioningVfmModule());
    return out;
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Cell.Text.class, name = "text"),
      @JsonSubTypes.Type(value = Figure.Amount.class, name = "amount"),
      @JsonSubTypes.Type(value = Figure.Ratio.class, name = "ratio"),
      @JsonSubTypes.Type(value = Figure.Share.class, name = "share"),
      @JsonSubTypes.Type(value = Figure.Count.class, name = "count"),
      @JsonSubTypes.Type(value = Figure.Quantity.class, name = "quantity"),
      @JsonSubTypes.Type(value = Figure.Undefined.class, name = "undefined")})
  private interface CellMixin {
  }

  @JsonIgnoreProperties({"defined"})
  private interface FigureMixin {
  }

  private abstract static class DecimalValueMixin {
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    abstract BigDecimal value();
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "resultType")
  private interface ResultMixin {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = BatchCell.Success.class, name = "success"),
      @JsonSubTypes.Type(value = BatchCell.Failure.class, name = "failure")})
  @JsonIgnoreProperties({"result"})
  private interface BatchCellMixin {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = AlternativeCosting.Costed.class, name = "costed"),
      @JsonSubTypes.Type(value = AlternativeCosting.DeclaredZero.class, name = "declared-zero")})
  private interface AlternativeCostingMixin {
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = BenefitValuation.Quantified.class, name = "quantified"),
      @JsonSubTypes.Type(value = BenefitValuation.Direct.class, name = "direct")})
  private interface ValuationMixin {
  }

  /** Reads a financial year written as a map key ({@code "2024/25"}), e.g. a VfM result's cost by cohort year. */
  private static final class FinancialYearKey extends KeyDeserializer implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      return FinancialYear.parse(key);
    }
  }
}
