package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.provenance.Provenance;
import io.github.commissioningvfm.model.rate.Percentage;
import java.util.Optional;

/**
 * One of a scheme edition's price factors (a cost uplift or an efficiency factor): the value read
 * in the scheme, the value it replaced if NHS England revised it, or no value with the reason.
 *
 * @param value the factor, if read in a primary source
 * @param supersedes the value first published, if the factor was revised
 * @param note why the value is empty, or a remark; must say why when the value is empty
 * @param source where the scheme states it
 * @since 0.1.0
 */
public record SchemeFactor(Optional<Percentage> value, Optional<Percentage> supersedes, String note,
    Provenance source) {

  /**
   * Creates a factor.
   *
   * @param value the factor, if known
   * @param supersedes the first-published value, if revised
   * @param note the reason the value is empty, or a remark
   * @param source where stated
   */
  public SchemeFactor {
    Args.notNull(value, "value");
    Args.notNull(supersedes, "supersedes");
    Args.notNull(note, "note");
    Args.notNull(source, "source");
    Args.check(value.isPresent() || !note.isBlank(), "note", "give the reason when the value is empty", note);
    Args.check(value.isPresent() || supersedes.isEmpty(), "supersedes", "be empty when the value is empty",
        supersedes);
  }

  /**
   * The factor in words, e.g. "4.83% (revised from 4.15%)" or "not stated: reason".
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (value.isEmpty()) {
      return "empty (" + note + ")";
    }
    return value.get() + supersedes.map(s -> " (revised from " + s + ")").orElse("");
  }
}
