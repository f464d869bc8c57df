package io.github.commissioningvfm.unitcosts;

import java.util.Optional;

/**
 * Thrown when a file listed in a manifest does not match the manifest: its SHA-256 differs (the
 * file was edited or corrupted), its row count differs, or it is missing. A published edition is
 * never edited; a correction is a new edition with its own manifest entry.
 *
 * @since 0.1.0
 */
public final class TableIntegrityException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String expectedSha256;
  private final String actualSha256;

  private TableIntegrityException(String file, String message, String expected, String actual) {
    super(message);
    this.file = file;
    this.expectedSha256 = expected;
    this.actualSha256 = actual;
  }

  /**
   * A checksum mismatch.
   *
   * @param file the file
   * @param expected the SHA-256 in the manifest
   * @param actual the SHA-256 of the file as read
   * @return the exception
   */
  public static TableIntegrityException checksumMismatch(String file, String expected, String actual) {
    return new TableIntegrityException(file, "Table file '" + file + "' does not match its manifest: its SHA-256 "
        + "differs from the manifest's; a published edition must not be edited (publish a correction as a "
        + "new edition)", expected, actual);
  }

  /**
   * A row-count mismatch.
   *
   * @param file the file
   * @param expected the row count in the manifest
   * @param actual the number of data rows read
   * @return the exception
   */
  public static TableIntegrityException rowCountMismatch(String file, int expected, int actual) {
    return new TableIntegrityException(file, "Table file '" + file + "' does not match its manifest: expected "
        + expected + " rows, found " + actual, null, null);
  }

  /**
   * A file the manifest lists but that cannot be found.
   *
   * @param file the file
   * @param manifest the manifest listing it
   * @return the exception
   */
  public static TableIntegrityException missingFile(String file, String manifest) {
    return new TableIntegrityException(file, "Manifest '" + manifest + "' lists table file '" + file
        + "', which does not exist", null, null);
  }

  /**
   * The file concerned.
   *
   * @return the file name or resource path
   */
  public String file() {
    return file;
  }

  /**
   * The SHA-256 the manifest expects, for a checksum mismatch.
   *
   * @return the expected checksum, if this is a checksum mismatch
   */
  public Optional<String> expectedSha256() {
    return Optional.ofNullable(expectedSha256);
  }

  /**
   * The SHA-256 of the file as read, for a checksum mismatch.
   *
   * @return the actual checksum, if this is a checksum mismatch
   */
  public Optional<String> actualSha256() {
    return Optional.ofNullable(actualSha256);
  }
}
