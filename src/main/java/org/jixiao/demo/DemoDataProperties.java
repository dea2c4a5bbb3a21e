package org.jixiao.demo;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled load the demo sheets at start-up; unset means "only on the embedded database", so a production
 *        server never receives demo data by accident
 * @param location where the demo sheets are (a resource pattern)
 */
@Validated
@ConfigurationProperties("jixiao.demo-data")
public record DemoDataProperties(Boolean enabled,
        @NotBlank @DefaultValue("classpath:demo/jincheng-2025/*.json") String location) {
}
