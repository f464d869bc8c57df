package io.github.commissioningvfm.unitcosts.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Keys, identifiers and plain decimals at their edges. */
class SyntaxTest {

  @Test
  void keys() {
    assertTrue(Syntax.isKey("ncc.mh-care-contact.a21"));
    assertTrue(Syntax.isKey("a"));
    assertFalse(Syntax.isKey(""));
    assertFalse(Syntax.isKey(".a"));
    assertFalse(Syntax.isKey("a."));
    assertFalse(Syntax.isKey("a..b"));
    assertFalse(Syntax.isKey("a.-b"));
    assertFalse(Syntax.isKey("Local Crisis"));
  }

  @Test
  void identifiers() {
    assertTrue(Syntax.isIdentifier("hmt-gdp-deflator"));
    assertTrue(Syntax.isIdentifier("a-"));
    assertFalse(Syntax.isIdentifier(""));
    assertFalse(Syntax.isIdentifier("-a"));
    assertFalse(Syntax.isIdentifier("a.b"));
    assertFalse(Syntax.isIdentifier("NCC"));
  }

  @Test
  void decimals() {
    assertTrue(Syntax.isDecimal("45.10", false));
    assertTrue(Syntax.isDecimal("0", false));
    assertFalse(Syntax.isDecimal("-1", false));
    assertTrue(Syntax.isDecimal("-1", true));
    assertFalse(Syntax.isDecimal("-", true));
    assertFalse(Syntax.isDecimal("1.", false));
    assertFalse(Syntax.isDecimal(".5", false));
    assertFalse(Syntax.isDecimal("1,000", false));
    assertFalse(Syntax.isDecimal("\u00a31", false));
    assertFalse(Syntax.isDecimal("", true));
  }
}
