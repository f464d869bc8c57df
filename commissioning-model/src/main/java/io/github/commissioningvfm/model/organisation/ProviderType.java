package io.github.commissioningvfm.model.organisation;

/**
 * The kinds of provider. The NHS Payment Scheme calls NHS trusts and NHS foundation trusts "NHS
 * providers" and every other provider of NHS services a "non-NHS provider" (2023/25 NHS Payment
 * Scheme, section 1, paragraph 5).
 */
public enum ProviderType {
  /** An NHS trust. */
  NHS_TRUST(true),
  /** An NHS foundation trust. */
  NHS_FOUNDATION_TRUST(true),
  /** A voluntary, community or social enterprise organisation. */
  VCSE(false),
  /** An independent-sector (private) provider. */
  INDEPENDENT_SECTOR(false),
  /** A GP practice. */
  GP_PRACTICE(false);

  private final boolean nhsProvider;

  ProviderType(boolean nhsProvider) {
    this.nhsProvider = nhsProvider;
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
