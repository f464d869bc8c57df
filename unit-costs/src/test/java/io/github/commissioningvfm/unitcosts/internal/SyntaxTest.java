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
}
