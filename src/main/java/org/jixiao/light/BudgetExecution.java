package org.jixiao.light;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.system.text.Message;

/**
 * Budget execution (预算执行率) against time progress (序时进度) on a day, with its light.
 *
 * @param execution paid ÷ annual budget, four decimals ({@code 0.3000} is 30%); {@code null} without a budget
 * @param timeProgress the elapsed share of the fiscal year, four decimals, from 0 to 1
 * @param light red, yellow or green on execution ÷ time progress × 100; NONE when it cannot be judged
 * @param reason why, as a message for the reader's language
 */
public record BudgetExecution(BigDecimal execution, BigDecimal timeProgress, Light light, Message reason) {

    public BudgetExecution {
        Objects.requireNonNull(timeProgress, "timeProgress is required");
        Objects.requireNonNull(light, "light is required");
        Objects.requireNonNull(reason, "reason is required");
    }

    /** The light and reason alone, to combine with indicator lights. */
    public Verdict evaluation() {
        return new Verdict(this.light, this.reason);
    }

}
