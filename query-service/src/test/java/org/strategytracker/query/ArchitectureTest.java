package org.strategytracker.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  static final JavaClasses QUERY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.strategytracker.query");

  @Test
  void neverImportsTheCommandSide() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.strategytracker.command..")
        .check(QUERY);
  }

  @Test
  void projectionsDoNotDependOnOperations() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "..query.portfolio..",
            "..query.history..",
            "..query.kpi..",
            "..query.dashboard..",
            "..query.projection..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..query.operations..")
        .check(QUERY);
  }

  @Test
  void theHistoryAndKpiFeaturesStandAlone() {
    noClasses()
        .that()
        .resideInAnyPackage("..query.history..", "..query.kpi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..query.portfolio..", "..query.dashboard..")
        .check(QUERY);
  }
}
