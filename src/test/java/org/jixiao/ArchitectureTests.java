package org.jixiao;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the house style, checked rather than hoped for. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jixiao");

    private static final String[] FRAMEWORKS = {"org.springframework..", "io.r2dbc..", "tools.jackson.."};

    @Test
    void theTargetGrammarIsPlainJava() {
        classes().that().resideInAPackage("org.jixiao.indicator.grammar..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jixiao.indicator.grammar..")
                .check(CLASSES);
    }

    @Test
    void theScoringEngineIsPlainJava() {
        classes().that().resideInAnyPackage("org.jixiao.evaluation.scoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jixiao.evaluation.scoring..",
                        "org.jixiao.indicator.grammar..")
                .check(CLASSES);
    }

    /** The rules of lights, milestone states and measured values, each in its feature, read no framework. */
    @Test
    void theMonitoringRulesArePlainJava() {
        String rules = "org\\.jixiao\\.(light\\.(Light|Verdict|IndicatorLights|BudgetLights|BudgetExecution|"
                + "ProjectLights|DeadlineLight|DirectComparison|ProRata|FiscalCalendar|RulePack)|"
                + "milestone\\.(MilestoneRules|MilestoneState|DueSoonWindow)|"
                + "measurement\\.(MeasurementReader|MeasuredValue|MeasureUnits|MeasurementException|UnitFormatter))"
                + "(\\$.*)?";
        classes().that().haveNameMatching(rules)
                .should().onlyDependOnClassesThat().haveNameMatching(rules + "|java\\..*|"
                        + "org\\.jixiao\\.indicator\\.grammar\\..*|org\\.jixiao\\.system\\.Decimals|"
                        + "org\\.jixiao\\.system\\.text\\..*|\\[.*")
                .check(CLASSES);
    }

    /** Messages and their bundles are rendered by plain Java, so the rules' tests need no Spring. */
    @Test
    void messagesArePlainJava() {
        classes().that().resideInAPackage("org.jixiao.system.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jixiao.system.text..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("org.jixiao.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Inside a feature too: its web layer and sub-features (delivery, subscriptions) lean on the core, not back. */
    @Test
    void packagesDoNotDependOnEachOtherInCircles() {
        slices().matching("org.jixiao.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theWorkingCalendarIsPlainJava() {
        classes().that().resideInAPackage("org.jixiao.calendar..")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jixiao.calendar..")
                .check(CLASSES);
    }

    @Test
    void theAlertRulesAndTextsArePlainJava() {
        noClasses().that().haveNameMatching("org\\.jixiao\\.alert\\..*\\.?(AlertCadence|AlertReconciler|AlertCondition|"
                        + "QuietHours|Backoff|AlertTexts|GroupTexts|MessageGrouping|AlertLabels|RobotSignatures|"
                        + "RobotLimits|Utf8Text)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat().resideInAnyPackage("reactor..")
                .check(CLASSES);
    }

    /** The report workflow, the form's required fields and the projection read no framework. */
    @Test
    void theRoundRulesArePlainJava() {
        noClasses().that().haveNameMatching("org\\.jixiao\\.round\\.(ReportWorkflow|ReportRules|Projection|ReportState|"
                        + "ReportAction|ReportForm|ReportEntry)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat().resideInAnyPackage("reactor..")
                .check(CLASSES);
    }

    /** Which items an approval opens and when they are due read no framework. */
    @Test
    void theRectificationRulesArePlainJava() {
        noClasses().that().haveNameMatching("org\\.jixiao\\.rectification\\.(RectificationRules|RectificationDraft|"
                        + "RectificationState)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat().resideInAnyPackage("reactor..")
                .check(CLASSES);
    }

    @Test
    void domainRulesUseNeitherSpringNorTheDatabase() {
        noClasses().that().haveSimpleNameEndingWith("Validator")
                .or().haveSimpleNameEndingWith("Consistency")
                .or().haveSimpleNameEndingWith("Reconciliation")
                .or().haveSimpleNameEndingWith("Levels")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void domainRecordsUseNeitherSpringNorTheDatabase() {
        noClasses().that().areRecords()
                .and().resideInAnyPackage("org.jixiao.project", "org.jixiao.indicator", "org.jixiao.sheet")
                .and().haveSimpleNameNotEndingWith("Properties")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(CLASSES);
    }

    @Test
    void onlyTheWebLayerUsesTheWebLayer() {
        noClasses().that().resideOutsideOfPackages("..web..")
                .should().dependOnClassesThat().resideInAPackage("org.jixiao..web..")
                .check(CLASSES);
    }

    @Test
    void domainCodeDoesNotReachIntoControllers() {
        noClasses().that().resideInAnyPackage("org.jixiao.project", "org.jixiao.indicator", "org.jixiao.sheet")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..")
                .check(CLASSES);
    }
}
