package io.github.evident.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipFile;

/**
 * Reads the compiled {@code module-info.class} of an Evident module, so that a test can pin what
 * the module exports. Shared with the other modules through core's test-jar.
 */
public final class ModuleDescriptors {

  private ModuleDescriptors() {}

  /**
   * The descriptor of the module (directory of classes or jar) that holds {@code type}.
   *
   * @param type any class of the module
   * @return its module descriptor
   */
  public static ModuleDescriptor of(Class<?> type) {
    try {
      Path where = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        try (InputStream in = Files.newInputStream(where.resolve("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
      try (ZipFile jar = new ZipFile(where.toFile());
          InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The exported packages, each mapped to the modules it is exported to (empty: to everyone).
   *
   * @param descriptor a module descriptor
   * @return package name to target modules, sorted
   */
  public static Map<String, Set<String>> exports(ModuleDescriptor descriptor) {
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports e : descriptor.exports()) {
      exports.put(e.source(), new TreeSet<>(e.targets()));
    }
    return exports;
  }
}
