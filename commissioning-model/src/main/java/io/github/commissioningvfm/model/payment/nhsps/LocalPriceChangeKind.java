package io.github.commissioningvfm.model.payment.nhsps;

import io.github.commissioningvfm.model.provenance.Provenance;

/**
 * The two ways the NHS Payment Scheme lets a price set by the scheme be departed from locally,
 * each with what it changes, who agrees it and what goes to NHS England. The scheme's rules for
 * both are in the 2023/25 and 2025/26 editions, and NHS England's NHS Payment Scheme page has a
 * section on applying for variations; the section numbers of those rules in either edition, and
 * their submission deadlines, were not read in the scheme's own text and are not encoded. (The
 * 30 June / 30-day submission rule NHS England publishes on its "Locally determined prices" page
 * belongs to the 2021/22 National Tariff, sections 4 and 8 and Annex F, and is not carried over
 * here without the scheme's confirmation.)
 *
 * @since 0.1.0
 */
public enum LocalPriceChangeKind {
  /**
   * A local variation: commissioner and provider agree to vary the currency, price or payment
   * approach the scheme sets for a service, to deliver better care or value; the commissioner
   * submits a statement of the variation to NHS England, which publishes it.
   */
  LOCAL_VARIATION("local variation", "the currency, price or payment approach the scheme sets for a service",
      "commissioner and provider", "a written statement of the variation, submitted by the commissioner"),
  /**
   * A local modification agreement: commissioner and provider agree a higher price where the
   * provider's efficient cost of a service with a unit price is above that price; submitted to NHS
   * England for approval.
   */
  LOCAL_MODIFICATION_AGREEMENT("local modification (agreement)", "a unit price the provider cannot deliver at "
      + "its efficient cost", "commissioner and provider, approved by NHS England",
      "the agreement and its evidence, for NHS England's approval"),
  /**
   * A local modification application: where the commissioner does not agree, the provider applies
   * to NHS England, which decides.
   */
  LOCAL_MODIFICATION_APPLICATION("local modification (application)", "a unit price the provider cannot deliver at "
      + "its efficient cost", "NHS England, on the provider's application",
      "the provider's application and its evidence");

  /** Where the rules are published. */
  public static final Provenance RULES = Provenance.of("2023/25 NHS Payment Scheme (amended), NHS England", "2023/25",
      "local-price-changes", "rules for local variations and local modifications (section numbers not read in the scheme text)");

  private final String label;
  private final String changes;
  private final String agreedBy;
  private final String submission;

  LocalPriceChangeKind(String label, String changes, String agreedBy, String submission) {
    this.label = label;
    this.changes = changes;
    this.agreedBy = agreedBy;
    this.submission = submission;
  }

  /**
   * The kind in words.
   *
   * @return e.g. "local variation"
   */
  public String label() {
    return label;
  }

  /**
   * What this kind changes.
   *
   * @return the text
   */
  public String changes() {
    return changes;
  }

  /**
   * Who agrees or decides it.
   *
   * @return the text
   */
  public String agreedBy() {
    return agreedBy;
  }

  /**
   * What goes to NHS England.
   *
   * @return the text
   */
  public String submission() {
    return submission;
  }
}
