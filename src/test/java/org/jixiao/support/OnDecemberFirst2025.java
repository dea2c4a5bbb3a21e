package org.jixiao.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An integration context whose clock is pinned to 2025-12-01 09:00 in Beijing, late in the demo sheets' fiscal
 * year: most deadlines have passed. Classes with it share one context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = "jixiao.clock.fixed=2025-12-01T09:00:00+08:00")
public @interface OnDecemberFirst2025 {
}
