package io.github.commissioningvfm.vfm.jackson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.commissioningvfm.model.money.Cost;
import io.github.commissioningvfm.vfm.audit.Finding;
import io.github.commissioningvfm.vfm.audit.PrintedFigure;
import io.github.commissioningvfm.vfm.audit.QuotientFinding;
import io.github.commissioningvfm.vfm.audit.RegressionFinding;
import io.github.commissioningvfm.vfm.audit.ReturnFinding;
import io.github.commissioningvfm.vfm.audit.SignFinding;
import io.github.commissioningvfm.vfm.audit.SlipFinding;
import io.github.commissioningvfm.vfm.audit.VfmRatioFinding;
import io.github.commissioningvfm.vfm.spi.Ratio;
import io.github.commissioningvfm.vfm.spi.ResultTable;
import io.github.commissioningvfm.vfm.spi.SourceReference;
import io.github.commissioningvfm.vfm.spi.VfmResult;
import java.io.IOException;
import java.math.RoundingMode;

/**
 * Jackson module writing value-for-money results, costs and ratios as JSON (format in the package documentation).
 *
 * @since 0.1.0
 */
public final class VfmJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public VfmJacksonModule() {
    super("commissioning-vfm");
    addSerializer(VfmResult.class, new ResultSerializer());
    addSerializer(Cost.class, new CostSerializer());
    addSerializer(Ratio.class, new RatioSerializer());
    registerAuditTypes();
  }

  // ---- audit of printed figures: records as they are; findings named by "check" ----

  private void registerAuditTypes() {
    setMixInAnnotation(Finding.class, FindingMixin.class);
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

  private static final class ResultSerializer extends StdSerializer<VfmResult> {
    private static final long serialVersionUID = 1L;

    ResultSerializer() {
      super(VfmResult.class);
    }

    @Override
    public void serialize(VfmResult r, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeStringField("strategyId", r.strategyId());
      g.writeStringField("appraisal", r.appraisalName());
      g.writeArrayFieldStart("tables");
      for (ResultTable t : r.tables()) {
        g.writeStartObject();
        g.writeStringField("title", t.title());
        g.writeArrayFieldStart("columns");
        for (String c : t.columns()) {
          g.writeString(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (var row : t.rows()) {
          g.writeStartArray();
          for (String cell : row) {
            g.writeString(cell);
          }
          g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (SourceReference s : r.sources()) {
        g.writeStartObject();
        g.writeStringField("kind", s.kind().name());
        g.writeStringField("description", s.description());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("assumptions");
      for (String a : r.assumptions()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static final class CostSerializer extends StdSerializer<Cost> {
    private static final long serialVersionUID = 1L;

    CostSerializer() {
      super(Cost.class);
    }

    @Override
    public void serialize(Cost c, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeStringField("amount", c.amount().amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
      g.writeStringField("priceBase", c.priceBase().toString());
      g.writeEndObject();
    }
  }

  private static final class RatioSerializer extends StdSerializer<Ratio> {
    private static final long serialVersionUID = 1L;

    RatioSerializer() {
      super(Ratio.class);
    }

    @Override
    public void serialize(Ratio r, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeStartObject();
      g.writeBooleanField("defined", r.isDefined());
      if (r instanceof Ratio.Defined d) {
        g.writeStringField("value", d.value().toPlainString());
      } else if (r instanceof Ratio.Undefined u) {
        g.writeStringField("reason", u.reason());
      }
      g.writeEndObject();
    }
  }
}
