package org.strategytracker.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries the design relies on, checked on every build. */
@AnalyzeClasses(
    packages = "org.strategytracker",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule sharedEventsDependOnNoSpring =
      noClasses()
          .that()
          .resideInAPackage("org.strategytracker.events..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "jakarta.persistence..", "org.strategytracker.platform..");

  @ArchTest
  static final ArchRule sharedEventsKnowNoService =
      noClasses()
          .that()
          .resideInAPackage("org.strategytracker.events..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.strategytracker.command..", "org.strategytracker.query..");

  @ArchTest
  static final ArchRule queryServiceNeverImportsCommandServiceInternals =
      noClasses()
          .that()
          .resideInAPackage("org.strategytracker.query..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.strategytracker.command..");

  @ArchTest
  static final ArchRule commandServiceNeverReadsTheQuerySide =
      noClasses()
          .that()
          .resideInAPackage("org.strategytracker.command..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.strategytracker.query..");

  @ArchTest
  static final ArchRule platformKnowsNoService =
      noClasses()
          .that()
          .resideInAPackage("org.strategytracker.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.strategytracker.command..", "org.strategytracker.query..");
}
