package io.github.commissioningvfm.unitcosts.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums in lower-case hexadecimal, as manifests record them. */
public final class Sha256 {

  private Sha256() {
  }

  /**
   * The SHA-256 of some bytes.
   *
   * @param bytes the bytes
   * @return 64 lower-case hexadecimal digits
   */
  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform but is missing", e);
    }
  }
}
