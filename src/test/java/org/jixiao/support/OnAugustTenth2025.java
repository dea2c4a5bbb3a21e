package org.jixiao.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An integration context whose clock is pinned to 2025-08-10 09:00 in Beijing, the day the August monitoring round
 * (January–July, due 8月15日) goes out on the demo sheets. Classes with it share one context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = "jixiao.clock.fixed=2025-08-10T09:00:00+08:00")
public @interface OnAugustTenth2025 {
}
