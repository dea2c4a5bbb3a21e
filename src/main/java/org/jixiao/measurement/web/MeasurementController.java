package org.jixiao.measurement.web;

import java.util.List;

import org.jixiao.measurement.Measurement;
import org.jixiao.measurement.MeasurementInput;
import org.jixiao.measurement.MeasurementService;
import org.jixiao.security.Caller;
import org.jixiao.system.error.InvalidInputException;
import org.jixiao.system.text.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeasurementController {

    private final MeasurementService measurements;

    MeasurementController(MeasurementService measurements) {
        this.measurements = measurements;
    }

    @GetMapping("/api/v1/indicators/{id}/measurements")
    Flux<Measurement> list(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return measurements.list(caller, id);
    }

    /** {@code {"value": 96.5 | "96.5%", "observedAt": "2025-11-30", "note": "...", "evidenceUrl": "https://..."}}. */
    @PostMapping(path = "/api/v1/indicators/{id}/measurements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Measurement> record(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestBody MeasurementRequest request) {
        return measurements.record(caller, id, request.input());
    }

    /** A CSV of measurements, stored whole or not at all; answers what was stored. */
    @PostMapping(path = "/api/v1/measurements", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<BulkResult> recordAll(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) byte[] csv,
            @RequestHeader HttpHeaders headers) {
        MediaType type = headers.getContentType();
        return measurements.recordAll(caller, csv, type == null ? null : type.getCharset())
                .map(recording -> new BulkResult(recording.measurements().size(),
                        recording.measurements().stream().map(Measurement::id).toList(), recording.encoding()));
    }

    /** The value may be a JSON number or text with a unit. */
    record MeasurementRequest(JsonNode value, String observedAt, String note, String evidenceUrl) {

        MeasurementInput input() {
            if (value != null && !value.isNull() && !value.isNumber() && !value.isString()) {
                throw InvalidInputException.malformed("value", Message.of("problem.measurement.value-type", "96.5%"));
            }
            boolean number = value != null && value.isNumber();
            String text = value == null || value.isNull() ? null
                    : number ? value.decimalValue().toPlainString() : value.asString();
            return new MeasurementInput(text, number, observedAt, note, evidenceUrl);
        }
    }

    /** How many rows were stored, their ids, and the encoding the file was read in (UTF-8, GB18030 (GBK)…). */
    record BulkResult(int recorded, List<Long> ids, String encoding) {
    }
}
