package org.jixiao.budget.web;

import org.jixiao.budget.Payment;
import org.jixiao.budget.PaymentService;
import org.jixiao.budget.PaymentService.PaymentRequest;
import org.jixiao.security.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaymentController {

    private final PaymentService payments;

    PaymentController(PaymentService payments) {
        this.payments = payments;
    }

    @GetMapping("/api/v1/projects/{id}/payments")
    Flux<Payment> list(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return payments.list(caller, id);
    }

    @PostMapping("/api/v1/projects/{id}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Payment> record(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody PaymentRequest request) {
        return payments.record(caller, id, request);
    }
}
