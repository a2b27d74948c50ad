package org.strategytracker.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeysTest {

  @TempDir Path temp;

  @Test
  void generatesKeyFilesReadableByTheOwnerOnly() throws Exception {
    Path folder = temp.resolve("keys");
    AuditKeys.inFolder(folder);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files)
          .extracting(Path::getFileName)
          .extracting(Path::toString)
          .containsExactlyInAnyOrder(
              AuditKeys.SEAL_KEY, AuditKeys.SIGNING_KEY, AuditKeys.PUBLIC_KEY);
    }
    for (String name : new String[] {AuditKeys.SEAL_KEY, AuditKeys.SIGNING_KEY}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(name))))
          .as(name)
          .isEqualTo("rw-------");
    }
  }

  @Test
  void keepsTheKeysOfTheFirstStart() {
    Path folder = temp.resolve("keys");
    AuditKeys first = AuditKeys.inFolder(folder);
    byte[] content = "anchor".getBytes(StandardCharsets.UTF_8);
    byte[] signature = first.sign(content);
    AuditKeys again = AuditKeys.inFolder(folder);
    assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(again.verifies(content, signature)).isTrue();
  }

  @Test
  void takesAwayReadAccessOthersWereGiven() throws Exception {
    Path folder = temp.resolve("keys");
    AuditKeys.inFolder(folder);
    Path seal = folder.resolve(AuditKeys.SEAL_KEY);
    Files.setPosixFilePermissions(seal, PosixFilePermissions.fromString("rw-r--r--"));
    AuditKeys.inFolder(folder);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(seal)))
        .isEqualTo("rw-------");
  }
}
