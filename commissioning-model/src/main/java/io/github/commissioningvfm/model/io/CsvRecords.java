package io.github.commissioningvfm.model.io;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.model.internal.io.CsvReader;
import io.github.commissioningvfm.model.internal.io.CsvStream;
import io.github.commissioningvfm.model.internal.io.InputFiles;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small CSV file (a report written by the library, a look-up table) into its records, in
 * the library's lenient dialect for files exported by other tools: RFC 4180 quoting, a UTF-8 byte
 * order mark dropped, CRLF or a lone CR read as a line end, blank lines skipped. A {@code "}
 * inside an unquoted field is a literal character and never opens a quoted field. Bad input (not
 * UTF-8, an unclosed quote, text after a closing quote, more than {@value #MAX_BYTES} bytes) is an
 * {@link InputFormatException} naming file, line and column.
 *
 * <p>For large participant or contact files use the loaders of the analytics module, which keep
 * only the declared columns instead of every record.
 *
 * @since 0.1.0
 */
public final class CsvRecords {

  /** The largest input read: {@value} bytes (256 MiB). */
  public static final long MAX_BYTES = InputFiles.DEFAULT_MAX_BYTES;

  private CsvRecords() {
  }

  /**
   * Reads every record of a UTF-8 file, the header first.
   *
   * @param file a regular file
   * @return the records, each its fields in order
   * @throws InputFormatException for bad input, naming file, line and column
   * @throws IllegalArgumentException if the file does not exist
   */
  public static List<List<String>> read(Path file) {
    Args.notNull(file, "file");
    try (CsvStream csv = CsvStream.open(file, file.toString(), CsvReader.Dialect.LENIENT, MAX_BYTES)) {
      return collect(csv);
    }
  }

  /**
   * Reads every record of a text, the header first.
   *
   * @param reader the text; closed when read
   * @param source the name used in messages
   * @return the records, each its fields in order
   * @throws InputFormatException for bad input, naming the source, line and column
   */
  public static List<List<String>> read(Reader reader, String source) {
    Args.notNull(reader, "reader");
    Args.notBlank(source, "source");
    try (CsvStream csv = CsvStream.of(reader, source, CsvReader.Dialect.LENIENT, MAX_BYTES)) {
      return collect(csv);
    }
  }

  private static List<List<String>> collect(CsvStream csv) {
    List<List<String>> records = new ArrayList<>();
    while (csv.next()) {
      records.add(csv.record().fields());
    }
    return List.copyOf(records);
  }
}
