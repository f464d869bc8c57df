package io.github.commissioningvfm.foreign;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.commissioningvfm.model.agreement.Term;

/**
 * A foreign type holding a model value whose property ignores one field, so that Jackson builds a
 * contextual copy of the model type's deserializer.
 *
 * @param term the term, read with a field {@code "note"} ignored
 */
public record ForeignHolder(@JsonIgnoreProperties("note") Term term) {
}
