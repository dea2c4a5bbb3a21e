package org.jixiao.system.error;

/**
 * One thing wrong with a request.
 *
 * @param field where, as a JSON path into the body ({@code indicators.annual[3].level1}) or a parameter name
 * @param message what is wrong, for a person
 */
public record FieldViolation(String field, String message) {
}
