package io.github.commissioningvfm.unitcosts.internal;

import java.util.Comparator;

/**
 * Orders edition names oldest to newest: runs of digits compare as numbers, everything else
 * character by character, and a name that extends another sorts after it. So
 * {@code "2023/24" < "2024/25"}, {@code "2024" < "2024-amended-2025-10-12" < "2025"} and
 * {@code "v2" < "v10"}.
 */
public final class EditionOrder implements Comparator<String> {

  /** The order. */
  public static final EditionOrder INSTANCE = new EditionOrder();

  private EditionOrder() {
  }

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int c = new java.math.BigInteger(a.substring(i, endA)).compareTo(new java.math.BigInteger(b.substring(j, endB)));
        if (c != 0) {
          return c;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }
}
