package org.mixroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    /** shared sits at the bottom: every feature may use it, it uses none. */
    @ArchTest
    static final ArchRule sharedUsesNoFeature = noClasses().that().resideInAPackage("org.mixroom.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mixroom.project..", "org.mixroom.revision..",
                    "org.mixroom.analysis..", "org.mixroom.review..", "org.mixroom.comparison..",
                    "org.mixroom.approval..", "org.mixroom.sharing..", "org.mixroom.notification..");

    /** Calls go down: a project knows nothing of revisions, analyses, comments or comparisons. */
    @ArchTest
    static final ArchRule projectIsBelowTheOtherFeatures = noClasses().that().resideInAPackage("org.mixroom.project..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mixroom.revision..", "org.mixroom.analysis..",
                    "org.mixroom.review..", "org.mixroom.comparison..", "org.mixroom.approval..",
                    "org.mixroom.engine..");

    /** Revisions publish news of uploads; they never call the analysis, comments or comparisons. */
    @ArchTest
    static final ArchRule revisionDoesNotReachUp = noClasses().that().resideInAPackage("org.mixroom.revision..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mixroom.analysis..", "org.mixroom.review..",
                    "org.mixroom.comparison..", "org.mixroom.approval..");

    /** Notifications sit on top: they listen to the others' news, and nothing else knows of them. */
    @ArchTest
    static final ArchRule nothingReachesUpToNotifications = noClasses().that()
            .resideOutsideOfPackage("org.mixroom.notification..")
            .should().dependOnClassesThat().resideInAPackage("org.mixroom.notification..");

    /** Nothing below the review workflow knows of comments or comparisons. */
    @ArchTest
    static final ArchRule analysisDoesNotReachUp = noClasses().that().resideInAPackage("org.mixroom.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mixroom.review..", "org.mixroom.comparison..");

    /** Approval sits on revisions and projects; comments and comparisons sit above it. */
    @ArchTest
    static final ArchRule approvalDoesNotReachUp = noClasses().that().resideInAPackage("org.mixroom.approval..")
            .should().dependOnClassesThat().resideInAnyPackage("org.mixroom.review..", "org.mixroom.comparison..");
}
