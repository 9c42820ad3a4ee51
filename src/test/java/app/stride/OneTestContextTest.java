package app.stride;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Every Spring test of a JVM runs in one context, started once: each carries {@link StrideTest}
 * and nothing that would make Spring start another (own properties, profiles, imports, mock
 * beans, a nested configuration, a dirtied context).
 */
class OneTestContextTest {

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("app.stride");

    private static final DescribedPredicate<JavaClass> THE_SHARED_SET_UP = DescribedPredicate.describe(
            "the shared set-up", c -> c.isEquivalentTo(StrideTest.class));

    private static final DescribedPredicate<JavaClass> A_SPRING_TEST = DescribedPredicate.describe(
            "are Spring tests", OneTestContextTest::springTest);

    @Test
    void springTestsAreStrideTests() {
        noClasses().that(DescribedPredicate.not(THE_SHARED_SET_UP))
                .should().beAnnotatedWith(SpringBootTest.class)
                .orShould().beAnnotatedWith(ContextConfiguration.class)
                .because("@StrideTest is the one set-up of the shared context")
                .check(TESTS);
    }

    @Test
    void noTestChangesTheSharedContext() {
        noClasses().that(A_SPRING_TEST)
                .should().beAnnotatedWith(ActiveProfiles.class)
                .orShould().beAnnotatedWith(TestPropertySource.class)
                .orShould().beAnnotatedWith(Import.class)
                .orShould().beAnnotatedWith(AutoConfigureMockMvc.class)
                .orShould().beAnnotatedWith(DirtiesContext.class)
                .because("each of these makes Spring start a context of its own for the test")
                .check(TESTS);
        noMethods().should().beAnnotatedWith(DynamicPropertySource.class)
                .orShould().beAnnotatedWith(DirtiesContext.class)
                .check(TESTS);
        noFields().should().beAnnotatedWith(MockitoBean.class).orShould().beAnnotatedWith(MockitoSpyBean.class)
                .check(TESTS);
    }

    @Test
    void noSpringTestBringsAConfigurationOfItsOwn() {
        noClasses().that().areAnnotatedWith(Configuration.class).or().areAnnotatedWith(TestConfiguration.class)
                .should(ArchConditions.be(DescribedPredicate.describe("nested in a Spring test",
                        OneTestContextTest::nestedInASpringTest)))
                .because("Spring picks up a test's nested configuration and starts a context for it")
                .check(TESTS);
    }

    private static boolean nestedInASpringTest(JavaClass type) {
        return type.getEnclosingClass().map(OneTestContextTest::springTest).orElse(false);
    }

    /** A test class Spring runs, by its own annotations or those it inherits. */
    private static boolean springTest(JavaClass type) {
        return !type.isAnnotation() && Stream.concat(Stream.of(type), type.getAllRawSuperclasses().stream())
                .anyMatch(c -> c.isMetaAnnotatedWith(SpringBootTest.class));
    }
}
