package org.jixiao.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * An integration context whose clock is pinned to 2026-01-10 09:00 in Beijing, just after the demo sheets' fiscal
 * year: the year-end self-evaluation season, when evaluations are finalized without a reason. Classes with it share
 * one context and one database, apart from the shared one, so they may finalize demo evaluations.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = "jixiao.clock.fixed=2026-01-10T09:00:00+08:00")
public @interface OnJanuaryTenth2026 {
}
