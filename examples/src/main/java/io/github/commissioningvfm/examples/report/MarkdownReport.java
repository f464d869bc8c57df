package io.github.commissioningvfm.examples.report;

import io.github.commissioningvfm.model.internal.Args;
import java.util.List;

/** A short Markdown report under construction: headings, paragraphs, lists, tables and images. */
public final class MarkdownReport {

  private final StringBuilder text = new StringBuilder();

  private MarkdownReport(String title) {
    text.append("# ").append(Args.notBlank(title, "title")).append("\n\n");
  }

  /**
   * Starts a report with a top-level title.
   *
   * @param title the title
   * @return a new report
   */
  public static MarkdownReport titled(String title) {
    return new MarkdownReport(title);
  }

  /**
   * The plain-language bottom line a board reads first, as its own section: what it cost, what it
   * achieved and how sure we are, each a sentence or two with its units.
   *
   * @param cost what it cost
   * @param achieved what it achieved
   * @param howSure how sure we are, and why
   * @return this report
   */
  public MarkdownReport bottomLine(String cost, String achieved, String howSure) {
    section("Bottom line");
    return bullets(List.of("**What it cost.** " + Args.notBlank(cost, "cost"),
        "**What it achieved.** " + Args.notBlank(achieved, "achieved"),
        "**How sure we are.** " + Args.notBlank(howSure, "howSure")));
  }

  /**
   * Adds a second-level heading.
   *
   * @param heading the heading
   * @return this report
   */
  public MarkdownReport section(String heading) {
    text.append("## ").append(Args.notBlank(heading, "heading")).append("\n\n");
    return this;
  }

  /**
   * Adds a paragraph.
   *
   * @param paragraph the paragraph text (Markdown)
   * @return this report
   */
  public MarkdownReport paragraph(String paragraph) {
    text.append(Args.notBlank(paragraph, "paragraph").strip()).append("\n\n");
    return this;
  }

  /**
   * Adds a bulleted list.
   *
   * @param items the items (Markdown)
   * @return this report
   */
  public MarkdownReport bullets(List<String> items) {
    for (String item : Args.notEmpty(items, "items")) {
      text.append("- ").append(item).append('\n');
    }
    text.append('\n');
    return this;
  }

  /**
   * Adds a table. Pipe characters in cells are escaped.
   *
   * @param header the column headings
   * @param rows the rows, each with one cell per heading
   * @return this report
   */
  public MarkdownReport table(List<String> header, List<List<String>> rows) {
    Args.notEmpty(header, "header");
    row(header);
    text.append('|');
    for (int i = 0; i < header.size(); i++) {
      text.append("---|");
    }
    text.append('\n');
    for (List<String> row : Args.noNullElements(rows, "rows")) {
      Args.check(row.size() == header.size(), "rows", "have " + header.size() + " cells per row", row);
      row(row);
    }
    text.append('\n');
    return this;
  }

  /**
   * Adds an image (a chart written next to the report).
   *
   * @param caption the caption, also the image's alternative text
   * @param fileName the image file name, relative to the report
   * @return this report
   */
  public MarkdownReport image(String caption, String fileName) {
    text.append("![").append(Args.notBlank(caption, "caption")).append("](")
        .append(Args.notBlank(fileName, "fileName")).append(")\n\n");
    return this;
  }

  private void row(List<String> cells) {
    text.append('|');
    for (String cell : cells) {
      text.append(' ').append(Args.notNull(cell, "cell").replace("|", "\\|").replace('\n', ' ')).append(" |");
    }
    text.append('\n');
  }

  /**
   * The report text.
   *
   * @return the Markdown text
   */
  @Override
  public String toString() {
    return text.toString();
  }
}
