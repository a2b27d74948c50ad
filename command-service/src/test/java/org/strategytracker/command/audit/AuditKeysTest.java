package org.strategytracker.command.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeysTest {

  static final Supplier<AuditKeys.Before> NOTHING_STORED = () -> new AuditKeys.Before(0, 0);

  @TempDir Path temp;

  @Test
  void generatesKeyFilesReadableByTheOwnerOnly() throws Exception {
    Path folder = temp.resolve("keys");
    AuditKeys.inFolder(folder, NOTHING_STORED);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
        .isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files)
          .extracting(Path::getFileName)
          .extracting(Path::toString)
          .containsExactlyInAnyOrder(
              AuditKeys.SEAL_KEY,
              AuditKeys.SIGNING_KEY,
              AuditKeys.PUBLIC_KEY,
              AuditKeys.SEALED_FROM);
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
    AuditKeys first = AuditKeys.inFolder(folder, NOTHING_STORED);
    byte[] content = "anchor".getBytes(StandardCharsets.UTF_8);
    byte[] signature = first.sign(content);
    AuditKeys again = AuditKeys.inFolder(folder, NOTHING_STORED);
    assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(again.verifies(content, signature)).isTrue();
  }

  @Test
  void remembersWhatWasStoredBeforeSealsOnlyOnFirstStart() {
    Path folder = temp.resolve("keys");
    AuditKeys.inFolder(folder, () -> new AuditKeys.Before(41, 3));
    AuditKeys again = AuditKeys.inFolder(folder, () -> new AuditKeys.Before(99, 9));
    assertThat(again.before()).isEqualTo(new AuditKeys.Before(41, 3));
  }

  @Test
  void takesAwayReadAccessOthersWereGiven() throws Exception {
    Path folder = temp.resolve("keys");
    AuditKeys.inFolder(folder, NOTHING_STORED);
    Path seal = folder.resolve(AuditKeys.SEAL_KEY);
    Files.setPosixFilePermissions(seal, PosixFilePermissions.fromString("rw-r--r--"));
    AuditKeys.inFolder(folder, NOTHING_STORED);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(seal)))
        .isEqualTo("rw-------");
  }
}
