package io.github.commissioningvfm.unitcosts.spi;

import io.github.commissioningvfm.model.internal.Args;
import io.github.commissioningvfm.unitcosts.internal.ManifestLoader;
import io.github.commissioningvfm.unitcosts.internal.ResourceSource;
import java.nio.file.Path;

/**
 * A provider whose editions are listed in a {@code manifest.json} with their checksums, read from
 * the class path or a directory through the same validated path as the bundled tables.
 *
 * <p>A data artifact subclasses it with a public no-argument constructor and lists the subclass
 * in {@code META-INF/services}; an integrator can also use {@link #ofDirectory(String, Path)}.
 *
 * @since 0.1.0
 */
public class ManifestProvider implements UnitCostProvider {

  private final String name;
  private final ResourceSource source;
  private final String manifest;

  /**
   * A provider reading a class-path manifest.
   *
   * @param name the provider's name
   * @param anchor a class whose class loader holds the resources
   * @param folder the absolute resource folder holding {@code manifest.json} and the files it lists
   */
  protected ManifestProvider(String name, Class<?> anchor, String folder) {
    this(name, ResourceSource.classpath(Args.notNull(anchor, "anchor"), Args.notBlank(folder, "folder")),
        "manifest.json");
  }

  private ManifestProvider(String name, ResourceSource source, String manifest) {
    this.name = Args.notBlank(name, "name");
    this.source = source;
    this.manifest = manifest;
  }

  /**
   * A provider reading a manifest file; the files it lists are resolved against its folder.
   *
   * @param name the provider's name
   * @param manifest the manifest file, e.g. {@code /data/local-costs/manifest.json}
   * @return the provider
   */
  public static ManifestProvider ofDirectory(String name, Path manifest) {
    Args.notNull(manifest, "manifest");
    Path folder = manifest.toAbsolutePath().getParent();
    return new ManifestProvider(name, ResourceSource.directory(folder), manifest.getFileName().toString());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ProvidedData load() {
    return ManifestLoader.load(source, manifest);
  }

  /** Reads the manifest and only the files of the index's editions. */
  @Override
  public ProvidedData loadIndex(String index) {
    return ManifestLoader.loadIndex(source, manifest, index);
  }

  /**
   * The name.
   *
   * @return the provider's name
   */
  @Override
  public String toString() {
    return name;
  }
}
