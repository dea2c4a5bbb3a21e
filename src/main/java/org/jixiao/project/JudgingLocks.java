package org.jixiao.project;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped advisory locks that order the judging of projects (milestones, lights, alerts) across writers,
 * checks and replicas. A write holds the shared lock and its projects' own locks: writes to different projects run
 * side by side, writes to one project take turns. A check over all projects holds the exclusive lock, so it never
 * stores what it judged before a write that committed meanwhile. Each lock is released when its transaction ends.
 */
@Component
public class JudgingLocks {

    /** The namespace of the per-project locks (two-integer form), and the key of the all-projects lock. */
    private static final String NAMESPACE = "jixiao.judging";

    private final DatabaseClient db;

    JudgingLocks(DatabaseClient db) {
        this.db = db;
    }

    /** The shared lock, then each project's lock in ascending order, so two writers never wait on each other. */
    public Mono<Void> forProjects(ProjectChange change) {
        Mono<Void> shared = db.sql("select pg_advisory_xact_lock_shared(hashtext(:namespace)::bigint)")
                .bind("namespace", NAMESPACE)
                .then();
        // unnest yields the sorted array in order; ids beyond the int range share a lock now and then, which only
        // makes two writers take turns.
        Mono<Void> projects = db.sql("""
                select pg_advisory_xact_lock(hashtext(:namespace), (id % 2147483647)::int)
                  from unnest(:ids::bigint[]) as p(id)
                """)
                .bind("namespace", NAMESPACE)
                .bind("ids", change.sortedIds())
                .fetch().all().then();
        return shared.then(projects);
    }

    /** The exclusive lock: waits for every write that is judging, and holds new ones back until commit. */
    public Mono<Void> forAll() {
        return db.sql("select pg_advisory_xact_lock(hashtext(:namespace)::bigint)")
                .bind("namespace", NAMESPACE)
                .then();
    }
}
