package io.github.commissioningvfm.vfm.outcomes.load;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import io.github.commissioningvfm.model.io.InputFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Record-by-record access to comma-separated text in the library's lenient CSV dialect (the one
 * used for files exported by other tools): RFC 4180 quoting, a UTF-8 byte order mark dropped, CRLF
 * or a lone CR read as a line end, blank lines skipped. A {@code "} inside an unquoted field is a
 * literal character and never opens a quoted field, so a stray quote cannot swallow the following
 * lines; an unclosed quote and text after a closing quote are refused with an
 * {@link InputFormatException} naming file, line and column. The text is read whole (at most
 * {@value #MAX_CHARS} characters) on the first call to {@link #next()}.
 *
 * @since 0.1.0
 */
public final class CsvReader implements Closeable {

  /** The most characters read from one source: {@value} (256 Mi). */
  public static final long MAX_CHARS = InputFiles.DEFAULT_MAX_BYTES;

  private final Reader in;
  private final String source;
  private Iterator<io.github.commissioningvfm.model.internal.io.CsvReader.Record> records;
  private long recordLine;

  /**
   * Wraps a reader.
   *
   * @param reader the text
   * @param source the file or source name used in messages
   */
  public CsvReader(Reader reader, String source) {
    this.in = Args.notNull(reader, "reader");
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
   * @throws InputFormatException for an unclosed quote, text after a closing quote or a source
   *     longer than {@value #MAX_CHARS} characters
   */
  public Optional<String[]> next() {
    if (records == null) {
      records = records(in, source).iterator();
    }
    if (!records.hasNext()) {
      return Optional.empty();
    }
    var record = records.next();
    recordLine = record.line();
    return Optional.of(record.fields().toArray(new String[0]));
  }

  /**
   * Reads all records of a text in the lenient dialect.
   *
   * @param reader the text
   * @param source the name used in messages
   * @return the records
   */
  static List<io.github.commissioningvfm.model.internal.io.CsvReader.Record> records(Reader reader,
      String source) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1 << 16];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_CHARS) {
          throw new InputFormatException(source, 0, "(file)", source,
              "is longer than the limit of " + MAX_CHARS + " characters");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read '" + source + "'", e);
    }
    return io.github.commissioningvfm.model.internal.io.CsvReader.read(text.toString(), source,
        io.github.commissioningvfm.model.internal.io.CsvReader.Dialect.LENIENT);
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
