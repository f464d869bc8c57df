package io.github.commissioningvfm.unitcosts;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.unitcosts.internal.Syntax;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a table or index edition is and where it came from: the facts a manifest records for it.
 *
 * @param source the short source id used for look-ups, e.g. {@code "ncc"}, {@code "pssru"}
 * @param sourceName the publication's name, e.g. "NHS National Cost Collection"
 * @param edition the edition as the publisher names it, e.g. "2024/25" or "2024-amended-2025-10-12"
 * @param citation the full citation of the publication
 * @param licence the data licence, e.g. "Open Government Licence v3.0"
 * @param retrieved the date the figures were read from the source
 * @param file the file the edition was loaded from (a resource path or file name)
 * @param amends the edition this one corrects, if it is a correction
 * @since 0.1.0
 */
public record EditionInfo(
    String source,
    String sourceName,
    String edition,
    String citation,
    String licence,
    LocalDate retrieved,
    String file,
    Optional<String> amends) {

  /**
   * Creates edition facts; prefer {@link #builder()}.
   *
   * @param source the short source id
   * @param sourceName the publication's name
   * @param edition the edition
   * @param citation the citation
   * @param licence the data licence
   * @param retrieved the retrieval date
   * @param file the file it was loaded from
   * @param amends the corrected edition, if any
   */
  public EditionInfo {
    Args.notBlank(source, "source");
    Args.check(Syntax.isIdentifier(source), "source", "be lower-case letters, digits and '-'", source);
    Args.notBlank(sourceName, "sourceName");
    Args.notBlank(edition, "edition");
    Args.notBlank(citation, "citation");
    Args.notBlank(licence, "licence");
    Args.notNull(retrieved, "retrieved");
    Args.notBlank(file, "file");
    Args.notNull(amends, "amends");
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The form {@code "ncc 2024/25"}.
   *
   * @return source id and edition
   */
  public String label() {
    return source + " " + edition;
  }

  /** Builds an {@link EditionInfo}. */
  public static final class Builder {
    private String source;
    private String sourceName;
    private String edition;
    private String citation;
    private String licence;
    private LocalDate retrieved;
    private String file;
    private Optional<String> amends = Optional.empty();

    private Builder() {
    }

    /**
     * Sets the short source id.
     *
     * @param source e.g. "ncc"
     * @return this builder
     */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the publication's name.
     *
     * @param sourceName e.g. "NHS National Cost Collection"
     * @return this builder
     */
    public Builder sourceName(String sourceName) {
      this.sourceName = sourceName;
      return this;
    }

    /**
     * Sets the edition.
     *
     * @param edition e.g. "2024/25"
     * @return this builder
     */
    public Builder edition(String edition) {
      this.edition = edition;
      return this;
    }

    /**
     * Sets the citation.
     *
     * @param citation the full citation
     * @return this builder
     */
    public Builder citation(String citation) {
      this.citation = citation;
      return this;
    }

    /**
     * Sets the data licence.
     *
     * @param licence e.g. "Open Government Licence v3.0"
     * @return this builder
     */
    public Builder licence(String licence) {
      this.licence = licence;
      return this;
    }

    /**
     * Sets the retrieval date.
     *
     * @param retrieved the date the figures were read
     * @return this builder
     */
    public Builder retrieved(LocalDate retrieved) {
      this.retrieved = retrieved;
      return this;
    }

    /**
     * Sets the file.
     *
     * @param file the file or resource the edition was loaded from
     * @return this builder
     */
    public Builder file(String file) {
      this.file = file;
      return this;
    }

    /**
     * Marks the edition as a correction of another.
     *
     * @param amended the edition it corrects
     * @return this builder
     */
    public Builder amends(String amended) {
      this.amends = Optional.of(Args.notBlank(amended, "amends"));
      return this;
    }

    /**
     * Builds the edition facts.
     *
     * @return the facts
     */
    public EditionInfo build() {
      return new EditionInfo(source, sourceName, edition, citation, licence, retrieved, file, amends);
    }
  }
}
