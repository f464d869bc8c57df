package io.github.commissioningvfm.unitcosts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * SHA-256 against the examples of NIST FIPS 180-4 ("Secure Hash Standard", August 2015), as
 * published in NIST's "Example Algorithms" for SHA-256 (csrc.nist.gov, SHA256.pdf) and the
 * one-million-'a' test of FIPS 180-2 Appendix B.3.
 */
class Sha256Test {

  private static String hex(String ascii) {
    return Sha256.hex(ascii.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void oneBlockMessage() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hex("abc"));
  }

  @Test
  void twoBlockMessage() {
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
  }

  @Test
  void emptyMessage() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", hex(""));
  }

  @Test
  void oneMillionLetterA() {
    assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", hex("a".repeat(1_000_000)));
  }
}
