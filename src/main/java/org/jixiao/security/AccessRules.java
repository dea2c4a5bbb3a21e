package org.jixiao.security;

import java.util.HashSet;
import java.util.Set;

/**
 * Who may do what, in one place, as plain rules (docs/security.md is their prose). The security configuration only
 * tells callers from strangers; every service operation asks these rules. A project a caller may not see is answered
 * as if it did not exist, so denials never tell whether another department's project exists. Rules that take no
 * resource ({@link #canChangeProjects}, {@link #canGrade}, ...) are asked before anything is looked up, so that a
 * request a role may never make answers 403 whether or not its target exists.
 */
public final class AccessRules {

    private AccessRules() {
    }

    /**
     * Whether the caller may use the API at all: any role will do. The scrape token's caller has none (it reads
     * {@code /actuator/prometheus} only), nor has a single-sign-on user whose roles Jixiao does not know.
     */
    public static boolean canUseApi(Caller caller) {
        return !caller.roles().isEmpty();
    }

    /** The actuator's endpoints other than health and the Prometheus scrape: administrators. */
    public static boolean canReadActuator(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** The union of what each of the caller's roles lets it see. */
    public static ProjectVisibility visibility(Caller caller) {
        if (caller.has(Role.ADMIN) || caller.has(Role.EVALUATOR)
                || caller.has(Role.VIEWER) && caller.departments().isEmpty() && caller.projects().isEmpty()) {
            return ProjectVisibility.EVERYTHING;
        }
        boolean scoped = caller.has(Role.VIEWER) || caller.has(Role.MANAGER) || caller.has(Role.OWNER);
        return scoped ? new ProjectVisibility(false, caller.departments(), caller.projects())
                : new ProjectVisibility(false, Set.of(), Set.of());
    }

    public static boolean canRead(Caller caller, long projectId, String departmentCode) {
        return visibility(caller).admits(projectId, departmentCode);
    }

    /**
     * Whether the caller's roles let it change any project at all (an administrator, or an owner); asked before the
     * project is looked up. Which projects it may change is {@link #canWriteProject}.
     */
    public static boolean canChangeProjects(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.OWNER);
    }

    /**
     * Changing a project (its sheet, measurements, payments, milestones): an administrator, or an owner the project is
     * assigned to.
     */
    public static boolean canWriteProject(Caller caller, long projectId) {
        return caller.has(Role.ADMIN) || caller.has(Role.OWNER) && caller.projects().contains(projectId);
    }

    /** New projects come from an administrator: an owner is assigned projects, it does not create them. */
    public static boolean canCreateProject(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    public static boolean canDeleteProject(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** Moving a project to another department changes who may see it: administrators only. */
    public static boolean canMoveProject(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** Writing the year-end evaluation inputs (grades, overrides, deviations): evaluators and administrators. */
    public static boolean canGrade(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.EVALUATOR);
    }

    /** Finalizing a year-end evaluation, and reopening a finalized one: evaluators and administrators. */
    public static boolean canFinalize(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.EVALUATOR);
    }

    /**
     * Whether the caller's roles let it dispatch any round at all (an administrator, or a department manager); asked
     * before the scope is looked at. Which scopes it may dispatch to is {@link #canManageRound}.
     */
    public static boolean canManageRounds(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.MANAGER);
    }

    /**
     * Dispatching a round: an administrator to any scope; a manager only to its own departments, so every department
     * named and every project's department must be one of its.
     */
    public static boolean canManageRound(Caller caller, Set<String> departmentsInScope) {
        return caller.has(Role.ADMIN)
                || caller.has(Role.MANAGER) && caller.departments().containsAll(departmentsInScope);
    }

    /**
     * Whether the caller's roles let it fill in and submit any report (an administrator, or an owner); asked before the
     * report is looked up. Which reports is {@link #canWriteProject}: those of the projects assigned to it.
     */
    public static boolean canFillReports(Caller caller) {
        return canChangeProjects(caller);
    }

    /**
     * Whether the caller's roles let it review any report (an administrator, a manager, an evaluator); asked before
     * the report is looked up. Which reports is {@link #canReview}.
     */
    public static boolean canReviewReports(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.MANAGER) || caller.has(Role.EVALUATOR);
    }

    /** Returning or approving a report: an administrator, an evaluator, or a manager of the project's department. */
    public static boolean canReview(Caller caller, String departmentCode) {
        return caller.has(Role.ADMIN) || caller.has(Role.EVALUATOR)
                || caller.has(Role.MANAGER) && caller.departments().contains(departmentCode);
    }

    /** Reopening an approved (frozen) report: administrators only. */
    public static boolean canReopenReports(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /**
     * Whether the caller's roles let it add, change or close any rectification item at all (an administrator, an
     * evaluator, a manager or an owner); asked before the item or project is looked up. Which items is
     * {@link #canManageRectification}.
     */
    public static boolean canManageRectifications(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.EVALUATOR) || caller.has(Role.MANAGER)
                || caller.has(Role.OWNER);
    }

    /**
     * Adding, changing or closing a project's rectification items: whoever reviews its reports (an administrator, an
     * evaluator, a manager of its department) and the owner the project is assigned to, who carries the items out.
     */
    public static boolean canManageRectification(Caller caller, long projectId, String departmentCode) {
        return canReview(caller, departmentCode) || caller.has(Role.OWNER) && caller.projects().contains(projectId);
    }

    /**
     * Whether the caller's roles let it acknowledge any alert at all (an administrator, a manager or an owner); asked
     * before the alert is looked up. Which alerts it may acknowledge is {@link #canAcknowledgeAlert}.
     */
    public static boolean canAcknowledgeAlerts(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.MANAGER) || caller.has(Role.OWNER);
    }

    /**
     * Acknowledging an alert says "we are on it": an administrator, a manager of the project's department, or an
     * owner the project is assigned to.
     */
    public static boolean canAcknowledgeAlert(Caller caller, long projectId, String departmentCode) {
        return caller.has(Role.ADMIN) || caller.has(Role.MANAGER) && caller.departments().contains(departmentCode)
                || caller.has(Role.OWNER) && caller.projects().contains(projectId);
    }

    /**
     * Subscribing to alerts: anyone who may see the whole scope subscribed to (a project, a department, or
     * everything), so a subscription never carries news of projects its creator may not see.
     */
    public static boolean canSubscribe(Caller caller, String departmentCode, Long projectId,
            String projectDepartmentCode) {
        ProjectVisibility visibility = visibility(caller);
        if (projectId != null) {
            return visibility.admits(projectId, projectDepartmentCode);
        }
        if (departmentCode != null) {
            return visibility.everything() || visibility.departments().contains(departmentCode);
        }
        return visibility.everything();
    }

    /**
     * Whether the caller's roles let it create or end silences at all (an administrator or a manager); asked before
     * the silence is read or looked up. Which alerts it may silence is {@link #canSilence}.
     */
    public static boolean canSilenceAlerts(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.MANAGER);
    }

    /**
     * Silencing alerts: an administrator anything; a manager only alerts of a department of theirs, so the silence
     * must name that department.
     */
    public static boolean canSilence(Caller caller, String matchedDepartment) {
        return caller.has(Role.ADMIN)
                || caller.has(Role.MANAGER) && matchedDepartment != null
                        && caller.departments().contains(matchedDepartment);
    }

    /**
     * Whether the caller lists and manages everyone's tokens, subscriptions and silences (administrators), or only
     * those it created.
     */
    public static boolean canManageEveryones(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** Tokens, subscriptions and silences are managed by whoever created them, and by administrators. */
    public static boolean canManageOwn(Caller caller, String createdBy) {
        return canManageEveryones(caller) || caller.subject().equals(createdBy);
    }

    /** The audit log: administrators. */
    public static boolean canReadAudit(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** Creating workbench accounts: administrators. */
    public static boolean canManageAccounts(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** Running the scheduled checks now, and reading when each last ran: administrators. */
    public static boolean canRunChecks(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /**
     * A token can carry what its creator has and no more: an administrator grants anything; anyone else only
     * roles, departments and projects of their own.
     */
    public static boolean canGrant(Caller creator, Set<Role> roles, Set<String> departments, Set<Long> projects) {
        if (creator.has(Role.ADMIN)) {
            return true;
        }
        return creator.roles().containsAll(roles) && creator.departments().containsAll(departments)
                && creator.projects().containsAll(projects);
    }

    /** The grants a non-administrator asked for beyond their own, to name in a refusal. */
    public static Set<String> excessGrants(Caller creator, Set<Role> roles, Set<String> departments,
            Set<Long> projects) {
        Set<String> excess = new HashSet<>();
        roles.stream().filter(role -> !creator.has(role)).forEach(role -> excess.add("role " + role));
        departments.stream().filter(code -> !creator.departments().contains(code))
                .forEach(code -> excess.add("department " + code));
        projects.stream().filter(id -> !creator.projects().contains(id)).forEach(id -> excess.add("project " + id));
        return excess;
    }
}
