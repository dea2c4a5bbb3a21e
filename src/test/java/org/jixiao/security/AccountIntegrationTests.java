package org.jixiao.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jixiao.audit.AuditEvent;
import org.jixiao.audit.AuditLog;
import org.jixiao.support.IntegrationTest;
import org.jixiao.support.TestTokens;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts below the pages: what is stored, what is refused, what the audit log keeps. The journeys through the
 * pages are in WorkbenchBrowserTests.
 */
@IntegrationTest
class AccountIntegrationTests {

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    DatabaseClient db;

    @Test
    void thePasswordIsKeptAsABcryptHashAndTheAuditLogNeverSeesIt() {
        Account account = accounts.create(Caller.SYSTEM, "acct-hash", "哈希", "plain-password-1", false,
                EnumSet.of(Role.OWNER), Set.of("102"), Set.of(3L)).block();

        String hash = db.sql("select password_hash from account where id = :id").bind("id", account.id())
                .map(row -> row.get("password_hash", String.class)).one().block();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("plain-password-1");
        assertThat(account.caller()).isEqualTo(new Caller("acct-hash", null, EnumSet.of(Role.OWNER), Set.of("102"),
                Set.of(3L)));
        assertThat(history(account)).extracting(AuditEvent::action).containsExactly("create");
        assertThat(history(account).getFirst().after().toString()).doesNotContain("plain-password-1", hash);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswerAndAGoodLoginIsAudited() {
        Account account = accounts.create(Caller.SYSTEM, "acct-login", "登录", "good-password-1", false,
                EnumSet.of(Role.VIEWER), Set.of(), Set.of()).block();

        assertThat(accounts.login("acct-nobody", "good-password-1").block().result())
                .isEqualTo(LoginOutcome.Result.BAD_CREDENTIALS);
        assertThat(accounts.login("acct-login", "bad-password-1").block().result())
                .isEqualTo(LoginOutcome.Result.BAD_CREDENTIALS);
        LoginOutcome good = accounts.login("acct-login", "good-password-1").block();

        assertThat(good.result()).isEqualTo(LoginOutcome.Result.SUCCESS);
        assertThat(accounts.find(account.id()).block().failedAttempts()).as("a good login resets the count").isZero();
        assertThat(history(account)).extracting(AuditEvent::action).containsExactly("create", "login");
    }

    @Test
    void aPasswordChangeNamesEachBadFieldAndEndsTheOtherSessions() {
        Account account = accounts.create(Caller.SYSTEM, "acct-change", "改密", "first-password-1", true,
                EnumSet.of(Role.VIEWER), Set.of(), Set.of()).block();

        assertThatThrownBy(() -> accounts.changePassword(account.id(), "wrong", "short", "other").block())
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.field() + " " + violation.text().key())
                        .containsExactly("currentPassword problem.account.wrong-password",
                                "newPassword problem.account.password-short",
                                "confirmPassword problem.account.password-mismatch"));
        Account changed = accounts.changePassword(account.id(), "first-password-1", "second-password-2",
                "second-password-2").block();

        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(changed.sessionVersion()).isEqualTo(account.sessionVersion() + 1);
        assertThat(accounts.login("acct-change", "second-password-2").block().result())
                .isEqualTo(LoginOutcome.Result.SUCCESS);
        assertThat(history(account)).extracting(AuditEvent::action).contains("change-password");
    }

    @Test
    void onlyAnAdministratorCreatesAccountsAndAnExistingAdminIsLeftAlone() {
        Caller owner = new Caller("someone", null, EnumSet.of(Role.OWNER), Set.of(), Set.of(1L));
        assertThatThrownBy(() -> accounts.create(owner, "acct-x", "x", "some-password-1", false,
                EnumSet.of(Role.OWNER), Set.of(), Set.of()).block()).isInstanceOf(ForbiddenException.class);

        assertThat(accounts.ensureBootstrapAccount("another-password-9").block()).isEmpty();
        assertThat(accounts.login("admin", TestTokens.ADMIN_PASSWORD).block().result())
                .as("the preset password of the first start still works").isEqualTo(LoginOutcome.Result.SUCCESS);
    }

    private List<AuditEvent> history(Account account) {
        return audit.history("account", String.valueOf(account.id())).collectList().block();
    }
}
