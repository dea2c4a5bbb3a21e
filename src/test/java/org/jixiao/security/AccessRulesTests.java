package org.jixiao.security;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccessRulesTests {

    private static Caller caller(Set<Role> roles, Set<String> departments, Set<Long> projects) {
        return new Caller("someone", null, roles, departments, projects);
    }

    @Test
    void administratorsAndEvaluatorsSeeEverything() {
        assertThat(AccessRules.visibility(caller(EnumSet.of(Role.ADMIN), Set.of(), Set.of())).everything()).isTrue();
        assertThat(AccessRules.visibility(caller(EnumSet.of(Role.EVALUATOR), Set.of("102"), Set.of())).everything())
                .isTrue();
    }

    @Test
    void anUnscopedViewerSeesEverythingAndAScopedOneItsScope() {
        assertThat(AccessRules.visibility(caller(EnumSet.of(Role.VIEWER), Set.of(), Set.of())).everything()).isTrue();
        ProjectVisibility scoped = AccessRules.visibility(caller(EnumSet.of(Role.VIEWER), Set.of("102"), Set.of(9L)));
        assertThat(scoped.admits(1, "102")).isTrue();
        assertThat(scoped.admits(9, "777")).isTrue();
        assertThat(scoped.admits(2, "777")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"MANAGER,102,1,true", "MANAGER,777,1,false", "OWNER,777,5,true", "OWNER,777,6,false"})
    void managersAndOwnersSeeTheirDepartmentsAndProjects(Role role, String department, long project, boolean sees) {
        Caller caller = caller(EnumSet.of(role), Set.of("102"), Set.of(5L));

        assertThat(AccessRules.canRead(caller, project, department)).isEqualTo(sees);
    }

    @Test
    void aCallerWithoutRolesSeesNothing() {
        assertThat(AccessRules.canRead(caller(EnumSet.noneOf(Role.class), Set.of("102"), Set.of(1L)), 1, "102"))
                .isFalse();
    }

    @Test
    void onlyAssignedOwnersAndAdministratorsWriteASheet() {
        Caller owner = caller(EnumSet.of(Role.OWNER), Set.of("102"), Set.of(5L));
        Caller manager = caller(EnumSet.of(Role.MANAGER), Set.of("102"), Set.of(5L));

        assertThat(AccessRules.canWriteProject(owner, 5)).isTrue();
        assertThat(AccessRules.canWriteProject(owner, 6)).isFalse();
        assertThat(AccessRules.canWriteProject(manager, 5)).isFalse();
        assertThat(AccessRules.canWriteProject(caller(EnumSet.of(Role.ADMIN), Set.of(), Set.of()), 6)).isTrue();
    }

    @Test
    void aTokenCannotCarryMoreThanItsCreator() {
        Caller manager = caller(EnumSet.of(Role.MANAGER, Role.VIEWER), Set.of("102"), Set.of());

        assertThat(AccessRules.canGrant(manager, EnumSet.of(Role.VIEWER), Set.of("102"), Set.of())).isTrue();
        assertThat(AccessRules.canGrant(manager, EnumSet.of(Role.OWNER), Set.of(), Set.of())).isFalse();
        assertThat(AccessRules.canGrant(manager, EnumSet.of(Role.MANAGER), Set.of("777"), Set.of())).isFalse();
        assertThat(AccessRules.excessGrants(manager, EnumSet.of(Role.ADMIN, Role.VIEWER), Set.of("102", "777"),
                Set.of(3L))).containsExactlyInAnyOrder("role ADMIN", "department 777", "project 3");
        assertThat(AccessRules.canGrant(caller(EnumSet.of(Role.ADMIN), Set.of(), Set.of()), EnumSet.allOf(Role.class),
                Set.of("1"), Set.of(1L))).isTrue();
    }

    @Test
    void tokensAreManagedByTheirCreatorOrAnAdministrator() {
        assertThat(AccessRules.canManageToken(caller(EnumSet.of(Role.VIEWER), Set.of(), Set.of()), "someone"))
                .isTrue();
        assertThat(AccessRules.canManageToken(caller(EnumSet.of(Role.VIEWER), Set.of(), Set.of()), "other"))
                .isFalse();
        assertThat(AccessRules.canManageToken(caller(EnumSet.of(Role.ADMIN), Set.of(), Set.of()), "other")).isTrue();
    }
}
