package org.jixiao.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jixiao.audit.AuditLog;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Workbench accounts: logging in with lockout, changing the password, the first administrator. Password hashing is
 * slow on purpose, so it runs off the event loop.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 128;
    static final String BOOTSTRAP_USERNAME = "admin";

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final TransactionalOperator transaction;
    private final SecurityProperties.Lockout lockout;
    private final Clock clock;

    public AccountService(AccountRepository accounts, AuditLog audit, TransactionalOperator transaction,
            SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.lockout = properties.lockout();
        this.clock = clock;
    }

    /**
     * Checks a user name and password. A locked account refuses even the right password until the lock ends; the
     * failure that reaches the limit locks it.
     */
    public Mono<LoginOutcome> login(String username, String password) {
        Instant now = clock.instant();
        return accounts.findByUsername(username == null ? "" : username.strip())
                .flatMap(account -> {
                    if (account.lockedAt(now)) {
                        return Mono.just(LoginOutcome.failed(LoginOutcome.Result.LOCKED));
                    }
                    return accounts.passwordHash(account.id())
                            .flatMap(hash -> matches(password, hash))
                            .flatMap(good -> good ? succeed(account, now) : fail(account, now));
                })
                .switchIfEmpty(Mono.defer(() -> matches(password, Passwords.DECOY_HASH)
                        .thenReturn(LoginOutcome.failed(LoginOutcome.Result.BAD_CREDENTIALS))));
    }

    /** The account a session cookie names, as it is now. */
    public Mono<Account> find(long id) {
        return accounts.findById(id);
    }

    /**
     * Sets a new password, ending the account's other sessions. Refuses, naming the field, a wrong current password,
     * a new one too short or unchanged, and a confirmation that differs.
     */
    public Mono<Account> changePassword(long accountId, String current, String replacement, String confirmation) {
        return accounts.findById(accountId)
                .zipWhen(account -> accounts.passwordHash(accountId))
                .flatMap(found -> matches(current, found.getT2()).flatMap(currentGood -> {
                    Violations violations = new Violations();
                    if (!currentGood) {
                        violations.add("currentPassword", Message.of("problem.account.wrong-password"));
                    }
                    checkNewPassword(violations, "newPassword", replacement);
                    if (replacement != null && replacement.equals(current)) {
                        violations.add("newPassword", Message.of("problem.account.password-unchanged"));
                    }
                    if (replacement == null || !replacement.equals(confirmation)) {
                        violations.add("confirmPassword", Message.of("problem.account.password-mismatch"));
                    }
                    violations.throwIfAny();
                    return encode(replacement);
                }).flatMap(hash -> accounts.changePassword(accountId, hash, clock.instant()))
                        .flatMap(changed -> audit.record(changed.username(), "change-password", "account",
                                changed.id(), null, null).thenReturn(changed))
                        .as(transaction::transactional));
    }

    /** Logging out ends every session of the account: a copied cookie is worth nothing afterwards. */
    public Mono<Void> logout(Account account) {
        return accounts.endSessions(account.id(), clock.instant())
                .then(audit.record(account.username(), "logout", "account", account.id(), null, null))
                .as(transaction::transactional);
    }

    /** A new account; administrators only. With {@code mustChangePassword} its first login asks for a new one. */
    public Mono<Account> create(Caller creator, String username, String displayName, String password,
            boolean mustChangePassword, Set<Role> roles, Set<String> departments, Set<Long> projects) {
        if (!AccessRules.canManageAccounts(creator)) {
            return Mono.error(new ForbiddenException(Message.of("problem.forbidden.accounts")));
        }
        Violations violations = new Violations();
        violations.requiredText("username", username, 64);
        violations.requiredText("displayName", displayName, 100);
        checkNewPassword(violations, "password", password);
        if (roles.isEmpty()) {
            violations.add("roles", Message.of("problem.token.no-roles", List.of(Role.values())));
        }
        return Mono.fromRunnable(violations::throwIfAny).then(encode(password))
                .flatMap(hash -> accounts.insert(username.strip(), displayName.strip(), hash, roles, departments,
                        projects, mustChangePassword, clock.instant()))
                .flatMap(account -> audit.record(creator.actor(), "create", "account", account.id(), null,
                        summary(account)).thenReturn(account))
                .as(transaction::transactional);
    }

    /**
     * Makes sure somebody can log in on a new installation: creates {@code admin} if it does not exist yet, with the
     * preset password, or else with a generated one that must be changed at the first login. Returns the password
     * only when it was generated here, for the one log line that shows it. An existing {@code admin} is left alone.
     */
    public Mono<Optional<String>> ensureBootstrapAccount(String presetPassword) {
        Mono<Optional<String>> ensure = accounts.findByUsername(BOOTSTRAP_USERNAME)
                .map(existing -> Optional.<String>empty())
                .switchIfEmpty(Mono.defer(() -> {
                    String password = presetPassword != null ? presetPassword : Passwords.generate();
                    return encode(password)
                            .flatMap(hash -> accounts.insert(BOOTSTRAP_USERNAME, "管理员", hash, EnumSet.of(Role.ADMIN),
                                    Set.of(), Set.of(), presetPassword == null, clock.instant()))
                            .flatMap(account -> audit.record(Caller.SYSTEM.actor(), "create", "account",
                                    account.id(), null, summary(account)))
                            .thenReturn(presetPassword == null ? Optional.of(password) : Optional.empty());
                }));
        return accounts.lockBootstrap().then(ensure).as(transaction::transactional);
    }

    private Mono<LoginOutcome> succeed(Account account, Instant now) {
        return accounts.clearFailures(account.id(), now)
                .then(audit.record(account.username(), "login", "account", account.id(), null, null))
                .thenReturn(LoginOutcome.success(account));
    }

    private Mono<LoginOutcome> fail(Account account, Instant now) {
        return accounts.countFailure(account.id(), lockout.maxFailures(), now, now.plus(lockout.duration()))
                .flatMap(locked -> locked
                        ? audit.record(Caller.SYSTEM.actor(), "lock", "account", account.id(), null,
                                Map.of("lockedFor", lockout.duration().toString()))
                                .thenReturn(LoginOutcome.failed(LoginOutcome.Result.LOCKED))
                        : Mono.just(LoginOutcome.failed(LoginOutcome.Result.BAD_CREDENTIALS)));
    }

    private static void checkNewPassword(Violations violations, String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            violations.add(field, Message.of("problem.account.password-short", MIN_PASSWORD_LENGTH));
        }
        else if (password.length() > MAX_PASSWORD_LENGTH) {
            violations.add(field, Violations.tooLong(MAX_PASSWORD_LENGTH));
        }
    }

    private static Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> password != null && password.length() <= MAX_PASSWORD_LENGTH
                && Passwords.ENCODER.matches(password, hash)).subscribeOn(Schedulers.boundedElastic());
    }

    private static Mono<String> encode(String password) {
        return Mono.fromCallable(() -> Passwords.ENCODER.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    /** What the audit log keeps of an account: never its password or hash. */
    private static Map<String, Object> summary(Account account) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("username", account.username());
        summary.put("displayName", account.displayName());
        summary.put("roles", account.roles().stream().map(Enum::name).sorted().toList());
        summary.put("departments", account.departments().stream().sorted().toList());
        summary.put("projects", account.projects().stream().sorted().toList());
        summary.put("mustChangePassword", account.mustChangePassword());
        return summary;
    }
}
