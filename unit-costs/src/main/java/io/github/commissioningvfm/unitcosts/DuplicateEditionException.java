package io.github.commissioningvfm.unitcosts;

/**
 * Thrown when two providers (or one provider twice) supply the same table edition, the same
 * index edition, or when the same provider is registered twice. The message names both.
 *
 * @since 0.1.0
 */
public final class DuplicateEditionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what what is duplicated, e.g. "table edition ncc 2024/25"
   * @param first the provider that supplied it first
   * @param second the provider that supplied it again
   */
  public DuplicateEditionException(String what, String first, String second) {
    super("Duplicate " + what + ": supplied by provider '" + first + "' and again by provider '" + second
        + "'; remove one of them, or publish the data as a new edition");
  }
}
