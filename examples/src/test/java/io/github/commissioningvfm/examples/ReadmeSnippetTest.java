package io.github.commissioningvfm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioningvfm.vfm.roi.RoiFigures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadmeSnippetTest {

  @Test
  void theSnippetRebasesThePublishedCostAndReportsBothRoiFigures() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RoiFigures roi = ReadmeSnippet.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // NCC 2024/25 emergency care GBP 280.17 [D] x GDP deflator 85.1002 / 100 (2020-21, March 2026 release)
    // x 1,250 attendances / GBP 250,000 = 1.19213...; net ROI = ratio - 1.
    BigDecimal expected = new BigDecimal("280.17").multiply(new BigDecimal("0.851002"))
        .multiply(new BigDecimal("1250")).divide(new BigDecimal("250000"), MathContext.DECIMAL64);
    assertEquals(expected.doubleValue(), roi.roiRatio().toDouble().orElseThrow(), 1e-12);
    assertEquals(expected.doubleValue() - 1, roi.netRoi().toDouble().orElseThrow(), 1e-12);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("ncc.emergency-care.weighted-all"), printed);
    assertTrue(printed.contains("2020/21"), printed);
    assertTrue(printed.contains("1.192 back per £1; net ROI 0.1921"), printed);
  }
}
