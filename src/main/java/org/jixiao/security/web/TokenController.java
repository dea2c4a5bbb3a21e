package org.jixiao.security.web;

import java.net.URI;

import org.jixiao.security.ApiTokenService;
import org.jixiao.security.Caller;
import org.jixiao.security.TokenRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal and machine API tokens: administrators manage all, everyone else their own. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final ApiTokenService tokens;

    TokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    Mono<ResponseEntity<TokenResponse>> create(@AuthenticationPrincipal Caller caller,
            @RequestBody TokenRequest request) {
        return tokens.create(caller, request).map(created -> ResponseEntity
                .created(URI.create("/api/v1/tokens/" + created.token().id()))
                .body(TokenResponse.of(created.token(), created.secret())));
    }

    @GetMapping
    Flux<TokenResponse> list(@AuthenticationPrincipal Caller caller) {
        return tokens.list(caller).map(token -> TokenResponse.of(token, null));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> revoke(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return tokens.revoke(caller, id);
    }
}
