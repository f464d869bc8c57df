package io.github.commissioningvfm.unitcosts.internal;

import io.github.commissioningvfm.model.internal.io.InputFiles;
import io.github.commissioningvfm.model.io.InputFormatException;
import io.github.commissioningvfm.unitcosts.TableFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a manifest and the files it lists are read from: the class path or a directory.
 *
 * <p>A listed path must be relative, '/'-separated, without {@code .} or {@code ..} segments, and
 * must resolve inside the manifest's folder after links are followed; it must name a regular file
 * (never a directory, FIFO or device) of at most {@link TableReader#MAX_FILE_BYTES} bytes. Anything
 * else is refused before a byte is read.
 */
public interface ResourceSource {

  /**
   * The bytes of a file, by its path relative to the manifest's folder.
   *
   * @param path the relative path, '/'-separated
   * @return the bytes, or empty if there is no such file
   * @throws TableFormatException if the path leaves the folder, is not a regular file or is too large
   */
  Optional<byte[]> read(String path);

  /**
   * The full name of a file, for messages.
   *
   * @param path the relative path
   * @return e.g. "classpath:/io/.../ncc-2024-25.csv"
   */
  String describe(String path);

  /**
   * Files in a class-path folder.
   *
   * @param anchor a class whose class loader holds the resources
   * @param folder the absolute resource folder, e.g. "/io/github/commissioningvfm/unitcosts/data"
   * @return the source
   */
  static ResourceSource classpath(Class<?> anchor, String folder) {
    String base = folder.endsWith("/") ? folder : folder + "/";
    return new ResourceSource() {
      @Override
      public Optional<byte[]> read(String path) {
        checkShape(path, describe(path));
        try (InputStream in = anchor.getResourceAsStream(base + path)) {
          return in == null ? Optional.empty()
              : Optional.of(InputFiles.readAtMost(in, TableReader.MAX_FILE_BYTES, describe(path)));
        } catch (InputFormatException e) {
          throw TableErrors.of(e);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read resource '" + base + path + "'", e);
        }
      }

      @Override
      public String describe(String path) {
        return "classpath:" + base + path;
      }
    };
  }

  /**
   * Files in a directory.
   *
   * @param folder the directory
   * @return the source
   */
  static ResourceSource directory(Path folder) {
    return new ResourceSource() {
      @Override
      public Optional<byte[]> read(String path) {
        checkShape(path, folder + "/" + path);
        String name = describe(path);
        Path file = folder.resolve(path);
        if (!Files.exists(file)) {
          return Optional.empty();
        }
        try {
          Path root = folder.toRealPath();
          Path real = file.toRealPath();
          if (!real.startsWith(root)) {
            throw new TableFormatException(name, 0, "path", path,
                "resolves outside the manifest's folder (through a link); refused");
          }
          return Optional.of(InputFiles.read(real, TableReader.MAX_FILE_BYTES));
        } catch (InputFormatException e) {
          throw TableErrors.of(e);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read '" + name + "'", e);
        }
      }

      @Override
      public String describe(String path) {
        try {
          return folder.resolve(path).toString();
        } catch (java.nio.file.InvalidPathException e) {
          // a path the file system cannot hold (e.g. with a NUL) is refused by checkShape on reading
          return folder + "/" + path.replace('\0', '?');
        }
      }
    };
  }

  /**
   * Refuses a path that is absolute, empty, uses '\', or has an empty, '.' or '..' segment.
   *
   * @param path the path as listed
   * @param name the file name for messages
   */
  private static void checkShape(String path, String name) {
    boolean bad = path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0
        || path.indexOf('\0') >= 0;
    for (String segment : path.split("/", -1)) {
      bad |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
    }
    if (bad) {
      throw new TableFormatException(name, 0, "path", path,
          "must be a relative path inside the manifest's folder ('/'-separated, no '.', '..' or drive)");
    }
  }
}
