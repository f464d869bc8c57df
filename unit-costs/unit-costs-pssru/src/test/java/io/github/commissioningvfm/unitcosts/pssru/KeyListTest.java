package io.github.commissioningvfm.unitcosts.pssru;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioningvfm.unitcosts.UnitCostTable;
import io.github.commissioningvfm.unitcosts.UnitCosts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published key list (unit-costs/KEYS.md) names every key of every bundled edition. */
class KeyListTest {

  @Test
  void everyBundledKeyIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("..", "KEYS.md"));
    List<String> missing = new ArrayList<>();
    for (String source : UnitCosts.standard().sources()) {
      for (UnitCostTable t : UnitCosts.standard().tables(source)) {
        String heading = "### " + t.edition().label() + ":";
        int section = doc.indexOf(heading);
        int next = section < 0 ? -1 : doc.indexOf("\n### ", section + 1);
        String text = section < 0 ? "" : doc.substring(section, next < 0 ? doc.length() : next);
        t.keys().forEach(k -> {
          if (!text.contains("| `" + k + "` |")) {
            missing.add(t.edition().label() + " " + k);
          }
        });
      }
    }
    assertEquals(List.of(), missing);
  }
}
