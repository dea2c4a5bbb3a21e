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
    void tokensSubscriptionsAndSilencesAreManagedByTheirCreatorOrAnAdministrator() {
        Caller viewer = caller(EnumSet.of(Role.VIEWER), Set.of(), Set.of());
        Caller admin = caller(EnumSet.of(Role.ADMIN), Set.of(), Set.of());

        assertThat(AccessRules.canManageOwn(viewer, "someone")).isTrue();
        assertThat(AccessRules.canManageOwn(viewer, "other")).isFalse();
        assertThat(AccessRules.canManageOwn(admin, "other")).isTrue();
        assertThat(AccessRules.canManageEveryones(admin)).isTrue();
        assertThat(AccessRules.canManageEveryones(viewer)).isFalse();
    }

    /**
     * The rules asked before anything is looked up, role by role (docs/security.md, "Roles and scopes"): a request a
     * role may never make is refused whatever its target.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # role     | api   | actuator | change projects | create, move, delete | grade, finalize | acknowledge | silence | audit, checks | everyone's
            ADMIN      | true  | true     | true            | true                 | true            | true        | true    | true          | true
            OWNER      | true  | false    | true            | false                | false           | true        | false   | false         | false
            MANAGER    | true  | false    | false           | false                | false           | true        | true    | false         | false
            EVALUATOR  | true  | false    | false           | false                | true            | false       | false   | false         | false
            VIEWER     | true  | false    | false           | false                | false           | false       | false   | false         | false
            NONE       | false | false    | false           | false                | false           | false       | false   | false         | false
            """)
    void whatEachRoleMayDoAtAll(String role, boolean api, boolean actuator, boolean changeProjects,
            boolean administerProjects, boolean evaluate, boolean acknowledge, boolean silence, boolean operate,
            boolean everyones) {
        // NONE: a caller without roles, like the scrape token's or a single-sign-on user with unknown roles.
        Caller caller = caller(role.equals("NONE") ? EnumSet.noneOf(Role.class) : EnumSet.of(Role.valueOf(role)),
                Set.of("102"), Set.of(5L));

        assertThat(AccessRules.canUseApi(caller)).as("use the API").isEqualTo(api);
        assertThat(AccessRules.canReadActuator(caller)).as("read the actuator").isEqualTo(actuator);
        assertThat(AccessRules.canChangeProjects(caller)).as("change projects").isEqualTo(changeProjects);
        assertThat(AccessRules.canCreateProject(caller)).as("create projects").isEqualTo(administerProjects);
        assertThat(AccessRules.canMoveProject(caller)).as("move projects").isEqualTo(administerProjects);
        assertThat(AccessRules.canDeleteProject(caller)).as("delete projects").isEqualTo(administerProjects);
        assertThat(AccessRules.canGrade(caller)).as("grade").isEqualTo(evaluate);
        assertThat(AccessRules.canFinalize(caller)).as("finalize").isEqualTo(evaluate);
        assertThat(AccessRules.canAcknowledgeAlerts(caller)).as("acknowledge alerts").isEqualTo(acknowledge);
        assertThat(AccessRules.canSilenceAlerts(caller)).as("silence alerts").isEqualTo(silence);
        assertThat(AccessRules.canReadAudit(caller)).as("read the audit log").isEqualTo(operate);
        assertThat(AccessRules.canRunChecks(caller)).as("run the checks").isEqualTo(operate);
        assertThat(AccessRules.canManageEveryones(caller)).as("manage everyone's tokens").isEqualTo(everyones);
    }

    @ParameterizedTest(name = "{0} of departments [102] and projects [5]: alert of project {1} in {2} → {3}")
    @CsvSource({"ADMIN,9,777,true", "MANAGER,9,102,true", "MANAGER,5,777,false", "OWNER,5,777,true",
            "OWNER,9,102,false", "EVALUATOR,5,102,false", "VIEWER,5,102,false"})
    void alertsAreAcknowledgedByAdministratorsTheirManagersAndTheirOwners(Role role, long project, String department,
            boolean may) {
        Caller caller = caller(EnumSet.of(role), Set.of("102"), Set.of(5L));

        assertThat(AccessRules.canAcknowledgeAlert(caller, project, department)).isEqualTo(may);
    }

    @Test
    void aManagerSilencesOnlyAlertsNamingADepartmentOfItsOwn() {
        Caller manager = caller(EnumSet.of(Role.MANAGER), Set.of("102"), Set.of());

        assertThat(AccessRules.canSilence(manager, "102")).isTrue();
        assertThat(AccessRules.canSilence(manager, "777")).isFalse();
        assertThat(AccessRules.canSilence(manager, null)).as("a silence over every department").isFalse();
        assertThat(AccessRules.canSilence(caller(EnumSet.of(Role.ADMIN), Set.of(), Set.of()), null)).isTrue();
    }

    @Test
    void aSubscriptionCoversOnlyWhatItsCreatorSeesInFull() {
        Caller manager = caller(EnumSet.of(Role.MANAGER), Set.of("102"), Set.of());
        Caller viewer = caller(EnumSet.of(Role.VIEWER), Set.of(), Set.of());

        assertThat(AccessRules.canSubscribe(manager, null, 1L, "102")).isTrue();
        assertThat(AccessRules.canSubscribe(manager, null, 1L, "777")).isFalse();
        assertThat(AccessRules.canSubscribe(manager, "102", null, null)).isTrue();
        assertThat(AccessRules.canSubscribe(manager, "777", null, null)).isFalse();
        assertThat(AccessRules.canSubscribe(manager, null, null, null)).as("everything").isFalse();
        assertThat(AccessRules.canSubscribe(viewer, null, null, null)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"ADMIN,777,9,true", "EVALUATOR,777,9,true", "MANAGER,102,9,true", "MANAGER,777,9,false",
            "OWNER,777,5,true", "OWNER,102,9,false", "VIEWER,102,5,false"})
    void rectificationItemsAreManagedByTheReviewersAndTheAssignedOwner(Role role, String department, long project,
            boolean manages) {
        Caller caller = caller(EnumSet.of(role), Set.of("102"), Set.of(5L));

        assertThat(AccessRules.canManageRectification(caller, project, department)).isEqualTo(manages);
        assertThat(AccessRules.canManageRectifications(caller)).isEqualTo(role != Role.VIEWER);
    }
}
