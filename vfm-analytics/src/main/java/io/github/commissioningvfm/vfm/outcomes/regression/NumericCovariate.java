package io.github.commissioningvfm.vfm.outcomes.regression;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A numeric covariate (for example age in years) entering a regression as one column of its own
 * values, beside the baseline score, sessions and categorical covariates. Values are keyed by
 * participant id, so they can come from any source that names the same participants; every
 * analysed participant must have one.
 *
 * @param name the column name in the fitted model, e.g. {@code age}
 * @param unit the unit of the values, for tables and reports, e.g. {@code years}
 * @param valuesByParticipant each participant id mapped to a finite value
 * @since 0.1.0
 */
public record NumericCovariate(String name, String unit, Map<String, Double> valuesByParticipant) {

  /**
   * Validates the covariate.
   *
   * @param name the name
   * @param unit the unit
   * @param valuesByParticipant the values by participant id
   */
  public NumericCovariate {
    Args.notBlank(name, "name");
    Args.notBlank(unit, "unit");
    Args.check(!name.equals(DesignSpec.INTERCEPT) && !name.equals(DesignSpec.BASELINE)
        && !name.equals(DesignSpec.SESSIONS), "name", "differ from the built-in columns "
        + DesignSpec.INTERCEPT + ", " + DesignSpec.BASELINE + " and " + DesignSpec.SESSIONS, name);
    Map<String, Double> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : Args.noNullEntries(valuesByParticipant, "valuesByParticipant").entrySet()) {
      Args.finite(e.getValue(), "value of '" + name + "' for participant '" + e.getKey() + "'");
      copy.put(e.getKey(), e.getValue());
    }
    Args.check(!copy.isEmpty(), "valuesByParticipant", "hold at least one participant's value", copy.size());
    valuesByParticipant = Collections.unmodifiableMap(copy);
  }

  /**
   * A covariate from a map of participant id to value.
   *
   * @param name the name
   * @param unit the unit
   * @param valuesByParticipant the values
   * @return the covariate
   */
  public static NumericCovariate of(String name, String unit, Map<String, Double> valuesByParticipant) {
    return new NumericCovariate(name, unit, valuesByParticipant);
  }

  /**
   * The value of one participant.
   *
   * @param participantId the id
   * @param source the data source, for the message
   * @param line the line in the source, for the message
   * @return the value
   * @throws IllegalArgumentException naming the covariate, participant, source and line if absent
   */
  double valueOf(String participantId, String source, long line) {
    Double v = valuesByParticipant.get(participantId);
    if (v == null) {
      throw new IllegalArgumentException("Numeric covariate '" + name + "' has no value for participant '"
          + participantId + "' (" + source + ", line " + line + "); every analysed participant needs one");
    }
    return v;
  }

  /** Short form: the name, unit and number of participants (the values are not listed). */
  @Override
  public String toString() {
    return "NumericCovariate[" + name + " (" + unit + "), " + valuesByParticipant.size() + " participants]";
  }
}
