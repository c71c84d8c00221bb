package org.palimpsest;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The package boundaries of docs/architecture.md, checked on the main classes. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.palimpsest");

    private static final List<String> READ_MODELS = List.of(
            "org.palimpsest.entry.article",
            "org.palimpsest.entry.history",
            "org.palimpsest.entry.timeline",
            "org.palimpsest.entry.recent");

    @Test
    void theTextEngineImportsNothingFromSpringAxonOrJackson() {
        noClasses()
                .that()
                .resideInAPackage("org.palimpsest.text..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework..", "com.fasterxml.jackson..")
                .check(APP);
    }

    @Test
    void theStoreDependsOnNothingOfTheAppOutsideItself() {
        noClasses()
                .that()
                .resideInAPackage("org.palimpsest.store..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.palimpsest..")
                        .and(DescribedPredicate.not(resideInAPackage("org.palimpsest.store.."))))
                .check(APP);
    }

    @Test
    void aWebControllerNeverDependsOnARepository() {
        DescribedPredicate<JavaClass> repository =
                DescribedPredicate.or(annotatedWith(Repository.class), simpleNameEndingWith("Repository"));
        noClasses()
                .that()
                .areAnnotatedWith(RestController.class)
                .or()
                .areAnnotatedWith(Controller.class)
                .should()
                .dependOnClassesThat(repository.as("are repositories (@Repository or *Repository)"))
                .check(APP);
    }

    @Test
    void aProjectionNeverDependsOnAnotherProjectionsPackage() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Projection")
                .should(dependOnNoReadModelButItsOwn())
                .check(APP);
    }

    @Test
    void theEntryAggregateDependsOnNoReadModel() {
        noClasses()
                .that()
                .haveFullyQualifiedName("org.palimpsest.entry.command.Entry")
                .or()
                .haveNameMatching("org\\.palimpsest\\.entry\\.command\\.Entry\\$.*")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        READ_MODELS.stream().map(readModel -> readModel + "..").toArray(String[]::new))
                .check(APP);
    }

    private static ArchCondition<JavaClass> dependOnNoReadModelButItsOwn() {
        return new ArchCondition<>("depend on no read-model package but its own (" + READ_MODELS + ")") {
            @Override
            public void check(JavaClass projection, ConditionEvents events) {
                Optional<String> own = readModelOf(projection);
                for (Dependency dependency : projection.getDirectDependenciesFromSelf()) {
                    Optional<String> target = readModelOf(dependency.getTargetClass());
                    if (target.isPresent() && !target.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> readModelOf(JavaClass type) {
        String name = type.getPackageName();
        return READ_MODELS.stream()
                .filter(readModel -> name.equals(readModel) || name.startsWith(readModel + "."))
                .findFirst();
    }
}
