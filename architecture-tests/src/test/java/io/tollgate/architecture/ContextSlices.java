package io.tollgate.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;

/** Groups every module's classes by bounded context (identity in domain, application and adapters is one slice). */
final class ContextSlices implements SliceAssignment {

    static final Set<String> CONTEXTS = Set.of("identity", "billing", "account", "relay", "totp", "moderation", "shareauth");

    static final ArchRule RULE = SlicesRuleDefinition.slices().assignedFrom(new ContextSlices())
            .should().beFreeOfCycles()
            .because("contexts depend on each other in one direction only");

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        if (!javaClass.getPackageName().startsWith("io.tollgate.")) {
            return SliceIdentifier.ignore();
        }
        for (String segment : javaClass.getPackageName().split("\\.")) {
            if (CONTEXTS.contains(segment)) {
                return SliceIdentifier.of(segment);
            }
        }
        return SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
        return "bounded contexts across modules";
    }
}
