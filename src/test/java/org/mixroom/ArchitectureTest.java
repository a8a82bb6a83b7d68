package org.mixroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Boundaries the compiler does not check. */
@AnalyzeClasses(packages = "org.mixroom", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The engine runs the same from the command line and in the server: plain Java and its own libraries. */
    @ArchTest
    static final ArchRule engineIsPlainJava = classes().that().resideInAPackage("org.mixroom.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.mixroom.engine..", "java..",
                    "org.jtransforms..", "org.visnow.jlargearrays..", "org.bytedeco..");
}
