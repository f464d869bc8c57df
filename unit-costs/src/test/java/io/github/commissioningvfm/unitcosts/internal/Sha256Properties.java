package io.github.commissioningvfm.unitcosts.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The library's SHA-256 agrees with the platform's for any input, across every padding boundary. */
class Sha256Properties {

  private static String platform(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void agreesWithMessageDigest() {
    // Lengths up to 300 bytes cover the 55/56 and 63/64 padding boundaries of several blocks.
    qt().forAll(integers().between(0, 300), integers().all()).checkAssert((length, seed) -> {
      byte[] bytes = new byte[length];
      new Random(seed).nextBytes(bytes);
      String ours = Sha256.hex(bytes);
      if (!ours.equals(platform(bytes))) {
        throw new AssertionError("length " + length + " seed " + seed + ": " + ours + " vs " + platform(bytes));
      }
    });
  }
}
