package org.strategytracker.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file of the database folder atomically (a reader sees the old or the new content, never
 * half) and readable by its owner only from its creation on.
 */
final class OwnerOnlyFile {

  static final Set<PosixFilePermission> PERMISSIONS = PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFile() {}

  static void write(Path file, String content) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    if (posix()) {
      Files.createFile(partial, PosixFilePermissions.asFileAttribute(PERMISSIONS));
    } else {
      Files.createFile(partial);
    }
    Files.writeString(partial, content, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Narrows the file's permissions to its owner; true when they were wider. */
  static boolean restrict(Path file) throws IOException {
    if (!posix() || Files.getPosixFilePermissions(file).equals(PERMISSIONS)) {
      return false;
    }
    Files.setPosixFilePermissions(file, PERMISSIONS);
    return true;
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
