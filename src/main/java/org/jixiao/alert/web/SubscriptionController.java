package org.jixiao.alert.web;

import java.net.URI;

import org.jixiao.alert.subscription.Subscription;
import org.jixiao.alert.subscription.SubscriptionRequest;
import org.jixiao.alert.subscription.SubscriptionService;
import org.jixiao.security.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubscriptionController {

    private final SubscriptionService subscriptions;

    SubscriptionController(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/api/v1/subscriptions")
    Mono<ResponseEntity<Subscription>> create(@AuthenticationPrincipal Caller caller,
            @RequestBody(required = false) SubscriptionRequest request) {
        return subscriptions.create(caller, request).map(created -> ResponseEntity
                .created(URI.create("/api/v1/subscriptions/" + created.id())).body(created));
    }

    /** The caller's own subscriptions; all of them for an administrator. */
    @GetMapping("/api/v1/subscriptions")
    Flux<Subscription> find(@AuthenticationPrincipal Caller caller) {
        return subscriptions.find(caller);
    }

    @DeleteMapping("/api/v1/subscriptions/{id}")
    Mono<ResponseEntity<Void>> delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return subscriptions.delete(caller, id).thenReturn(ResponseEntity.noContent().build());
    }
}
