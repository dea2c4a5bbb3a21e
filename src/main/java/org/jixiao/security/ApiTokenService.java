package org.jixiao.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jixiao.audit.AuditLog;
import org.jixiao.system.error.ForbiddenException;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/** Creating, listing, revoking and checking API tokens. */
@Service
public class ApiTokenService {

    static final int MAX_NAME_LENGTH = 100;
    /** last_used_at is refreshed at most this often per token, so that reads do not turn into writes. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public ApiTokenService(ApiTokenRepository tokens, AuditLog audit, TransactionalOperator transaction, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Mono<CreatedToken> create(Caller creator, TokenRequest request) {
        return Mono.fromCallable(() -> validate(request)).flatMap(grant -> {
            if (!AccessRules.canGrant(creator, grant.roles(), grant.departments(), grant.projects())) {
                return Mono.error(new ForbiddenException(Message.of("problem.forbidden.token-grants", String.join(", ", AccessRules.excessGrants(creator, grant.roles(), grant.departments(),
                                grant.projects()).stream().sorted().toList()))));
            }
            String secret = TokenSecrets.generate();
            // An administrator makes machine tokens that act as themselves; anyone else makes personal tokens.
            String subject = creator.has(Role.ADMIN) ? null : creator.subject();
            return tokens.insert(request.name().strip(), secret, grant.roles(), grant.departments(),
                            grant.projects(), subject, creator.subject(), clock.instant(), request.expiresAt())
                    .flatMap(token -> audit.record(creator.actor(), "create", "token", token.id(), null, summary(token))
                            .thenReturn(new CreatedToken(token, secret)))
                    .as(transaction::transactional);
        });
    }

    public Flux<ApiToken> list(Caller caller) {
        return tokens.findAll(AccessRules.canManageEveryones(caller) ? null : caller.subject());
    }

    /** Revokes at once: the next request with the token is refused. Someone else's token is "not found". */
    public Mono<Void> revoke(Caller caller, long id) {
        return tokens.findById(id)
                .filter(token -> AccessRules.canManageOwn(caller, token.createdBy()))
                .switchIfEmpty(Mono.error(() -> new TokenNotFoundException(id)))
                .flatMap(token -> token.revokedAt() != null ? Mono.<Void>empty()
                        : tokens.revoke(id, clock.instant())
                                .then(audit.record(caller.actor(), "revoke", "token", id, summary(token), null))
                                .as(transaction::transactional));
    }

    /** The caller a secret stands for, or empty when it is unknown, revoked or expired. */
    public Mono<Caller> authenticate(String secret) {
        Instant now = clock.instant();
        return tokens.findBySecret(secret)
                .filter(token -> token.usableAt(now))
                .flatMap(token -> {
                    boolean stale = token.lastUsedAt() == null
                            || token.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION));
                    Mono<Void> touch = stale ? tokens.markUsed(token.id(), now) : Mono.empty();
                    return touch.thenReturn(token.caller());
                });
    }

    /**
     * Makes sure an administrator can get in on a new installation: the preset secret is registered if it is not
     * yet, or, with no preset and no token at all, a new secret is made. Returns a secret only when it was generated
     * here, for the one log line that shows it.
     */
    public Mono<Optional<String>> ensureBootstrapToken(String presetSecret) {
        Mono<Optional<String>> ensure = presetSecret != null
                ? tokens.findBySecret(presetSecret).map(existing -> Optional.<String>empty())
                        .switchIfEmpty(Mono.defer(() -> insertBootstrap(presetSecret).thenReturn(Optional.empty())))
                : tokens.anyExists().flatMap(present -> {
                    if (present) {
                        return Mono.just(Optional.<String>empty());
                    }
                    String secret = TokenSecrets.generate();
                    return insertBootstrap(secret).thenReturn(Optional.of(secret));
                });
        return tokens.lockBootstrap().then(ensure).as(transaction::transactional);
    }

    private Mono<ApiToken> insertBootstrap(String secret) {
        return tokens.insert("bootstrap-admin", secret, EnumSet.of(Role.ADMIN), Set.of(), Set.of(), null,
                        Caller.SYSTEM.subject(), clock.instant(), null)
                .flatMap(token -> audit.record(Caller.SYSTEM.actor(), "create", "token", token.id(), null,
                        summary(token)).thenReturn(token));
    }

    private Grant validate(TokenRequest request) {
        Violations violations = new Violations();
        violations.requiredText("name", request.name(), MAX_NAME_LENGTH);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (request.roles() == null || request.roles().isEmpty()) {
            violations.add("roles", Message.of("problem.token.no-roles", List.of(Role.values())));
        }
        else {
            for (int i = 0; i < request.roles().size(); i++) {
                Optional<Role> role = Role.parse(request.roles().get(i));
                if (role.isPresent()) {
                    roles.add(role.get());
                }
                else {
                    violations.add("roles[" + i + "]", Message.of("problem.token.not-a-role", request.roles().get(i),
                            List.of(Role.values())));
                }
            }
        }
        Set<String> departments = new LinkedHashSet<>();
        List<String> requestedDepartments = request.departments() == null ? List.of() : request.departments();
        for (int i = 0; i < requestedDepartments.size(); i++) {
            String code = requestedDepartments.get(i);
            if (code == null || code.isBlank() || code.length() > 32) {
                violations.add("departments[" + i + "]", Message.of("problem.token.department"));
            }
            else {
                departments.add(code.strip());
            }
        }
        Set<Long> projects = new LinkedHashSet<>();
        List<Long> requestedProjects = request.projects() == null ? List.of() : request.projects();
        for (int i = 0; i < requestedProjects.size(); i++) {
            Long project = requestedProjects.get(i);
            if (project == null || project < 1) {
                violations.add("projects[" + i + "]", Message.of("problem.token.project"));
            }
            else {
                projects.add(project);
            }
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(clock.instant())) {
            violations.add("expiresAt", Message.of("problem.field.in-future"));
        }
        violations.throwIfAny();
        return new Grant(roles, departments, projects);
    }

    /** What the audit log keeps of a token: never its secret or hash. */
    private static Map<String, Object> summary(ApiToken token) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", token.name());
        summary.put("roles", token.roles().stream().map(Enum::name).sorted().toList());
        summary.put("departments", token.departments().stream().sorted().toList());
        summary.put("projects", token.projects().stream().sorted().toList());
        summary.put("expiresAt", token.expiresAt());
        return summary;
    }

    private record Grant(Set<Role> roles, Set<String> departments, Set<Long> projects) {
    }
}
