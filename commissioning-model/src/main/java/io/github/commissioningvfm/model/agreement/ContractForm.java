package io.github.commissioningvfm.model.agreement;

/**
 * The two forms of the NHS Standard Contract.
 *
 * @since 0.1.0
 */
public enum ContractForm {
  /** The full-length form, for large or complex services. */
  FULL_LENGTH,
  /** The shorter form, for small single-service providers. */
  SHORTER_FORM
}
