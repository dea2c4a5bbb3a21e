package org.jixiao.project;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the features that follow project data (milestones, lights, alerts) that a write changed some projects.
 * Called by a writer inside its own transaction, after its write: the projects are locked first, so two writes to
 * one project judge one after the other and the second sees the first; a check over all projects waits for them
 * (see {@link JudgingLocks}).
 */
@Component
public class ProjectChanges {

    private final JudgingLocks locks;
    private final ObjectProvider<ProjectChangeListener> listeners;

    ProjectChanges(JudgingLocks locks, ObjectProvider<ProjectChangeListener> listeners) {
        this.locks = locks;
        this.listeners = listeners;
    }

    /** Must run in the writer's transaction; completes once every listener has. */
    public Mono<Void> publish(ProjectChange change) {
        if (change.projectIds().isEmpty()) {
            return Mono.empty();
        }
        List<ProjectChangeListener> ordered = listeners.orderedStream().toList();
        return locks.forProjects(change)
                .thenMany(Flux.fromIterable(ordered).concatMap(listener -> listener.projectsChanged(change)))
                .then();
    }
}
