package org.jixiao.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jixiao.project.DuplicateProjectException;
import org.jixiao.security.Caller;
import org.jixiao.sheet.SheetService;
import org.jixiao.system.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import static org.jixiao.system.database.Timestamps.utc;

/**
 * Loads the real 2025 sheets of the Jincheng data bureau so that a first run has something to show. Each sheet is
 * loaded once per database, ever: restarts do not duplicate it, and a demo project that was deleted stays deleted.
 */
@Component
@Order(2)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataProperties properties;
    private final boolean embeddedDatabase;
    private final SheetService sheets;
    private final DatabaseClient db;
    private final Clock clock;

    DemoDataLoader(DemoDataProperties properties, ObjectProvider<EmbeddedPostgresServer> embeddedServer,
            SheetService sheets, DatabaseClient db, Clock clock) {
        this.properties = properties;
        this.embeddedDatabase = embeddedServer.getIfAvailable() != null;
        this.sheets = sheets;
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = properties.enabled() != null ? properties.enabled() : embeddedDatabase;
        if (!enabled) {
            log.info("Demo data not loaded (jixiao.demo-data.enabled={})", properties.enabled());
            return;
        }
        List<Resource> resources = demoSheets();
        Long loaded = Flux.fromIterable(resources)
                .concatMap(resource -> loadOnce(resource).map(done -> done ? 1L : 0L))
                .reduce(0L, Long::sum)
                .block();
        log.info("Demo data: {} of {} sheets newly loaded from {}", loaded, resources.size(), properties.location());
    }

    private Mono<Boolean> loadOnce(Resource resource) {
        String sheet = resource.getFilename();
        return db.sql("select 1 from demo_sheet_load where sheet = :sheet").bind("sheet", sheet)
                .map(row -> true).one()
                .map(alreadyLoaded -> false)
                .switchIfEmpty(Mono.defer(() -> sheets.importSheet(Caller.SYSTEM, read(resource))
                        .doOnNext(project -> log.info("Loaded demo sheet {}: {} (project {})", sheet, project.name(),
                                project.id()))
                        .thenReturn(true)
                        .onErrorResume(DuplicateProjectException.class, duplicate -> {
                            log.info("Demo sheet {} is already stored as project {}", sheet, duplicate.existingId());
                            return Mono.just(false);
                        })
                        .flatMap(done -> markLoaded(sheet).thenReturn(done))));
    }

    private Mono<Void> markLoaded(String sheet) {
        return db.sql("insert into demo_sheet_load (sheet, loaded_at) values (:sheet, :at) on conflict do nothing")
                .bind("sheet", sheet)
                .bind("at", utc(clock.instant()))
                .fetch().rowsUpdated().then();
    }

    private List<Resource> demoSheets() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(properties.location());
            return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list demo sheets at " + properties.location(), ex);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read demo sheet " + resource, ex);
        }
    }
}
