package io.github.commissioningvfm.unitcosts.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.commissioningvfm.model.internal.Decimals;
import io.github.commissioningvfm.model.internal.io.Utf8;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.unitcosts.TableFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Streaming JSON input for manifests and JSON tables, through {@code jackson-core}: strict
 * UTF-8 (decoded by the I/O layer first, so a bad byte is named at its line), a key given twice in
 * one object refused, and every error turned into a {@link TableFormatException} naming file,
 * line and column.
 */
final class JsonInput {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonInput() {
  }

  /** Something that reads from a parser. */
  interface Reading<T> {
    T read(JsonParser p) throws IOException;
  }

  /**
   * Parses a whole document, refusing trailing content.
   *
   * @param bytes the bytes
   * @param file the file name for messages
   * @param reading what to read; starts on the first token
   * @return what was read
   */
  static <T> T parse(byte[] bytes, String file, Reading<T> reading) {
    String text;
    try {
      text = Utf8.decode(bytes, file);
    } catch (InputFormatException e) {
      throw TableErrors.of(e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (JsonParser p = FACTORY.createParser(text)) {
      p.nextToken();
      T value = reading.read(p);
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw error(file, p, "(document)", p.getText(), "unexpected content after the JSON document");
      }
      return value;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      String message = e.getOriginalMessage();
      String problem = message.startsWith("Duplicate field") ? "key is duplicated (" + message + ")"
          : "malformed JSON: " + message;
      throw new TableFormatException(file, line, String.valueOf(column), "", problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An error at the parser's current token.
   *
   * @param file the file
   * @param p the parser
   * @param column the field name or a description
   * @param value the offending text
   * @param problem what is wrong
   * @return the exception
   */
  static TableFormatException error(String file, JsonParser p, String column, String value, String problem) {
    return new TableFormatException(file, p.currentTokenLocation().getLineNr(), column, value, problem);
  }

  /**
   * The current scalar as text: a string as is, a number as its literal (checked by the bounded
   * decimal parser, refused beyond its limits), anything else an error.
   *
   * @param p the parser, on a value token
   * @param file the file
   * @param field the field name
   * @return the text
   * @throws IOException if the parser fails
   */
  static String scalar(JsonParser p, String file, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      String literal = p.getText();
      try {
        return Decimals.parse(literal, field).toPlainString();
      } catch (IllegalArgumentException e) {
        throw error(file, p, field, literal, "number is out of range (at most " + Decimals.MAX_DIGITS
            + " digits, exponent within -" + Decimals.MAX_EXPONENT + ".." + Decimals.MAX_EXPONENT + ")");
      }
    }
    throw error(file, p, field, shown(p), "expected a string or a number");
  }

  /**
   * The current token as it might be shown in a message: text for scalars, the kind otherwise.
   *
   * @param p the parser
   * @return the shown value
   * @throws IOException if the parser fails
   */
  static String shown(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return "\"" + p.getText() + "\"";
    }
    if (t == null) {
      return "";
    }
    return t.isScalarValue() ? p.getText() : t.asString() == null ? t.name() : t.asString();
  }
}
