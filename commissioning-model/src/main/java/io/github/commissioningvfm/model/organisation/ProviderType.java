package io.github.commissioningvfm.model.organisation;

/**
 * The kinds of provider. The NHS Payment Scheme calls NHS trusts and NHS foundation trusts "NHS
 * providers" and every other provider of NHS services a "non-NHS provider" (2023/25 NHS Payment
 * Scheme, section 1, paragraph 5).
 *
 * @since 0.1.0
 */
public enum ProviderType {
  /** An NHS trust. */
  NHS_TRUST(true, "NHS trust"),
  /** An NHS foundation trust. */
  NHS_FOUNDATION_TRUST(true, "NHS foundation trust"),
  /** A voluntary, community or social enterprise organisation. */
  VCSE(false, "VCSE organisation"),
  /** An independent-sector (private) provider. */
  INDEPENDENT_SECTOR(false, "independent-sector provider"),
  /** A GP practice. */
  GP_PRACTICE(false, "GP practice"),
  // Local authority as provider: added as one block.
  /** A local authority delivering a service itself (for example under a Section 75 agreement). */
  LOCAL_AUTHORITY(false, "local authority acting as provider");

  private final boolean nhsProvider;
  private final String label;

  ProviderType(boolean nhsProvider, String label) {
    this.nhsProvider = nhsProvider;
    this.label = label;
  }

  /**
   * The type in words, e.g. "NHS foundation trust".
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Whether the NHS Payment Scheme counts this as an "NHS provider".
   *
   * @return true for NHS trusts and foundation trusts
   */
  public boolean isNhsProvider() {
    return nhsProvider;
  }
}
