package io.github.commissioningvfm.vfm.outcomes.load;

import io.github.commissioningvfm.model.internal.Args;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads comma-separated text (RFC 4180: fields may be quoted with {@code "}, a quote inside a
 * quoted field is doubled, a quoted field may span lines). Blank lines are skipped; a leading
 * byte-order mark is dropped.
 *
 * @since 0.1.0
 */
public final class CsvReader implements Closeable {

  private final BufferedReader in;
  private final String source;
  private long lineNumber;
  private long recordLine;

  /**
   * Wraps a reader.
   *
   * @param reader the text
   * @param source the file or source name used in messages
   */
  public CsvReader(Reader reader, String source) {
    Args.notNull(reader, "reader");
    this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    this.source = Args.notBlank(source, "source");
  }

  /**
   * The source name.
   *
   * @return the file or source name
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line on which the last record returned by {@link #next()} started.
   *
   * @return the line number
   */
  public long recordLine() {
    return recordLine;
  }

  /**
   * The next record.
   *
   * @return its fields, or empty at end of input
   * @throws OutcomeDataException if a quoted field is never closed
   */
  public Optional<String[]> next() {
    try {
      String line;
      do {
        line = in.readLine();
        if (line == null) {
          return Optional.empty();
        }
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
      } while (line.isBlank());
      recordLine = lineNumber;
      if (line.indexOf('"') < 0) {
        return Optional.of(splitPlain(line));
      }
      return Optional.of(splitQuoted(line));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + source + "' at line " + lineNumber, e);
    }
  }

  private static String[] splitPlain(String line) {
    int count = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ',') {
        count++;
      }
    }
    String[] out = new String[count];
    int start = 0;
    int k = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ',') {
        out[k++] = line.substring(start, i);
        start = i + 1;
      }
    }
    out[k] = line.substring(start);
    return out;
  }

  private String[] splitQuoted(String first) throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String line = first;
    boolean quoted = false;
    int i = 0;
    while (true) {
      if (i >= line.length()) {
        if (quoted) {
          String more = in.readLine();
          if (more == null) {
            throw new OutcomeDataException(source, recordLine, "", "", "a quoted field is never closed");
          }
          lineNumber++;
          field.append('\n');
          line = more;
          i = 0;
          continue;
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
      }
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
      i++;
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close '" + source + "'", e);
    }
  }
}
