package org.jixiao.project;

import reactor.core.publisher.Mono;

/**
 * A feature that follows project writes: milestones, lights and alerts implement it, so the writers depend on
 * none of them. It runs inside the writer's transaction, after the write and with the projects locked, in
 * {@code @Order}: a failure rolls the write back, and the answer to the write already reflects what followed.
 */
public interface ProjectChangeListener {

    Mono<Void> projectsChanged(ProjectChange change);
}
