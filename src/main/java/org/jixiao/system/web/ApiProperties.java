package org.jixiao.system.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxRequestSize the largest request body the API reads; larger ones get 413 before anything is stored
 */
@Validated
@ConfigurationProperties("jixiao.api")
public record ApiProperties(@NotNull @DefaultValue("1MB") DataSize maxRequestSize) {
}
