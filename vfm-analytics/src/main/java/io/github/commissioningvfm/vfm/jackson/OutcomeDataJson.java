package io.github.commissioningvfm.vfm.jackson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.commissioningvfm.model.outcome.OutcomeMeasure;
import io.github.commissioningvfm.vfm.outcomes.Estimate;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeAnalysis;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeCategories;
import io.github.commissioningvfm.vfm.outcomes.change.ChangeResult;
import io.github.commissioningvfm.vfm.outcomes.clean.CleanedData;
import io.github.commissioningvfm.vfm.outcomes.clean.ExclusionReport;
import io.github.commissioningvfm.vfm.outcomes.load.ParticipantData;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The JSON forms of the patient-level pipeline's data: {@link ParticipantData} as its
 * {@link ParticipantData.Columns}, {@link CleanedData} as the data, the included row indices and
 * the exclusion report, and {@link ChangeResult} as the cleaned data, the measure and the figures.
 * Reading checks the parts as the loader, the cleaner and the change analysis would have made
 * them, and refuses what does not fit with a message naming it.
 */
final class OutcomeDataJson {

  private OutcomeDataJson() {
  }

  static void register(SimpleModule module) {
    module.setMixInAnnotation(ParticipantData.class, ParticipantDataMixin.class);
    module.addSerializer(CleanedData.class, new CleanedWriter());
    module.addDeserializer(CleanedData.class, new CleanedReader());
    module.addSerializer(ChangeResult.class, new ChangeWriter());
    module.addDeserializer(ChangeResult.class, new ChangeReader());
  }

  /** Participant data are written as their columns and rebuilt (and checked) from them. */
  private abstract static class ParticipantDataMixin {
    @JsonValue
    abstract ParticipantData.Columns columns();

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ParticipantData of(ParticipantData.Columns columns) {
      throw new UnsupportedOperationException("annotations only");
    }
  }

  private static final class CleanedWriter extends JsonSerializer<CleanedData> {
    @Override
    public void serialize(CleanedData value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      writeFields(gen, provider, "data", value.data(), "included", value.includedRows(), "report", value.report());
    }
  }

  /** Writes an object of the given fields, names and values alternating, in that order. */
  private static void writeFields(JsonGenerator gen, SerializerProvider provider, Object... namesAndValues)
      throws IOException {
    gen.writeStartObject();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      provider.defaultSerializeField((String) namesAndValues[i], namesAndValues[i + 1], gen);
    }
    gen.writeEndObject();
  }

  private static final class CleanedReader extends JsonDeserializer<CleanedData> {
    @Override
    public CleanedData deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      ParticipantData data = ctxt.readTreeAsValue(required(p, node, "CleanedData", "data"), ParticipantData.class);
      int[] included = ctxt.readTreeAsValue(required(p, node, "CleanedData", "included"), int[].class);
      ExclusionReport report = ctxt.readTreeAsValue(required(p, node, "CleanedData", "report"),
          ExclusionReport.class);
      try {
        return CleanedData.of(data, included, report);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, "Cannot read CleanedData: " + e.getMessage(), e);
      }
    }
  }

  private static final class ChangeWriter extends JsonSerializer<ChangeResult> {
    @Override
    public void serialize(ChangeResult value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      writeFields(gen, provider, "cleaned", value.cleaned(), "measure", value.measure(), "improvements",
          value.improvements(), "meanImprovement", value.meanImprovement(), "meanRawChange", value.meanRawChange(),
          "categories", value.categories(), "proportionMeaningful", value.proportionMeaningful(), "meaningfulCount",
          value.meaningfulCount());
    }
  }

  /** Recomputes the result from the cleaned data and the measure, and refuses figures that differ. */
  private static final class ChangeReader extends JsonDeserializer<ChangeResult> {
    @Override
    public ChangeResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      CleanedData cleaned = ctxt.readTreeAsValue(required(p, node, "ChangeResult", "cleaned"), CleanedData.class);
      OutcomeMeasure measure = ctxt.readTreeAsValue(required(p, node, "ChangeResult", "measure"),
          OutcomeMeasure.class);
      ChangeResult result;
      try {
        result = ChangeAnalysis.of(cleaned, measure);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, "Cannot read ChangeResult: " + e.getMessage(), e);
      }
      double[] improvements = ctxt.readTreeAsValue(required(p, node, "ChangeResult", "improvements"),
          double[].class);
      if (!Arrays.equals(improvements, result.improvements())) {
        throw mismatch(p, "improvements", Arrays.toString(improvements), Arrays.toString(result.improvements()));
      }
      check(p, ctxt, node, "meanImprovement", Estimate.class, result.meanImprovement());
      check(p, ctxt, node, "meanRawChange", Estimate.class, result.meanRawChange());
      check(p, ctxt, node, "categories", ChangeCategories.class, result.categories());
      check(p, ctxt, node, "proportionMeaningful", Estimate.class, result.proportionMeaningful());
      check(p, ctxt, node, "meaningfulCount", Long.class, result.meaningfulCount());
      return result;
    }

    private static <T> void check(JsonParser p, DeserializationContext ctxt, JsonNode node, String field,
        Class<T> type, T expected) throws IOException {
      T written = ctxt.readTreeAsValue(required(p, node, "ChangeResult", field), type);
      if (!Objects.equals(written, expected)) {
        throw mismatch(p, field, String.valueOf(written), String.valueOf(expected));
      }
    }

    private static JsonMappingException mismatch(JsonParser p, String field, String written, String expected) {
      return JsonMappingException.from(p, "Cannot read ChangeResult: '" + field + "' is " + written
          + " but the cleaned data and measure give " + expected);
    }
  }

  private static JsonNode required(JsonParser p, JsonNode node, String type, String field)
      throws JsonMappingException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw JsonMappingException.from(p, "Cannot read " + type + ": the field '" + field + "' is missing");
    }
    return value;
  }
}
