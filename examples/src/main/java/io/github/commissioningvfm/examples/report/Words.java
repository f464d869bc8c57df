package io.github.commissioningvfm.examples.report;

import io.github.commissioningvfm.model.internal.Args;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Identifiers as words for reports: a constant such as {@code NEEDS_ASSESSMENT} reads "needs assessment". */
public final class Words {

  private static final Set<String> ACRONYMS = Set.of("NHS", "ICB", "GP", "VCSE", "CCG", "JSNA", "KPI", "API");

  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  private Words() {
  }

  /**
   * A constant's name in lower-case words.
   *
   * @param constant the constant
   * @return its name with underscores as spaces, in lower case but for acronyms such as NHS and ICB
   */
  public static String of(Enum<?> constant) {
    StringBuilder out = new StringBuilder();
    for (String word : Args.notNull(constant, "constant").name().split("_")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(ACRONYMS.contains(word) ? word : word.toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /**
   * A text with every constant's name in it (e.g. {@code COMPETITIVE_PROCESS}) read as words, as
   * {@link #of(Enum)} does; other text is unchanged.
   *
   * @param text the text, e.g. a note or a finding's message
   * @return the text in words
   */
  public static String inText(String text) {
    return CONSTANT.matcher(Args.notNull(text, "text")).replaceAll(m -> {
      StringBuilder out = new StringBuilder();
      for (String word : m.group().split("_")) {
        out.append(out.isEmpty() ? "" : " ").append(ACRONYMS.contains(word) ? word : word.toLowerCase(Locale.ROOT));
      }
      return out.toString();
    });
  }
}
