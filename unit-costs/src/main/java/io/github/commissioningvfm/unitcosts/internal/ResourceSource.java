package io.github.commissioningvfm.unitcosts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a manifest and the files it lists are read from: the class path or a directory. */
public interface ResourceSource {

  /**
   * The bytes of a file, by its path relative to the manifest's folder.
   *
   * @param path the relative path, '/'-separated
   * @return the bytes, or empty if there is no such file
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
        try (InputStream in = anchor.getResourceAsStream(base + path)) {
          return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
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
        try {
          return Optional.of(Files.readAllBytes(folder.resolve(path)));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read '" + folder.resolve(path) + "'", e);
        }
      }

      @Override
      public String describe(String path) {
        return folder.resolve(path).toString();
      }
    };
  }
}
