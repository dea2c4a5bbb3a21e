package org.jixiao.system.error;

import org.jixiao.support.InEnglish;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ViolationsTests {

    @Test
    void partsOfARequestShareOneListUnderTheirPath() {
        Violations all = new Violations();
        all.add("name", "is required");
        Violations line = all.under("lines[3].");
        line.add("value", "is not a number");
        line.under("evidence.").add("url", "must be an http or https link");

        assertThat(InEnglish.violations(all.list())).containsExactly(new FieldViolation("name", "is required"),
                new FieldViolation("lines[3].value", "is not a number"),
                new FieldViolation("lines[3].evidence.url", "must be an http or https link"));
        assertThat(all.count()).isEqualTo(3);
        assertThat(line.count()).isEqualTo(3);
    }

    @Test
    void aRequiredTextMustBeGivenAndNotTooLong() {
        Violations violations = new Violations();

        assertThat(violations.requiredText("a", null, 5)).isFalse();
        assertThat(violations.requiredText("b", "   ", 5)).isFalse();
        assertThat(violations.requiredText("c", "  一二三四五  ", 5)).as("stripped, five characters").isTrue();
        assertThat(violations.requiredText("d", "一二三四五六", 5)).isFalse();

        assertThat(InEnglish.violations(violations.list())).containsExactly(new FieldViolation("a", "is required"),
                new FieldViolation("b", "is required"), new FieldViolation("d", "is longer than 5 characters"));
    }

    @Test
    void anOptionalTextMayBeAbsentAndCountsCharactersNotUtf16Units() {
        Violations violations = new Violations();
        String rare = "𠀀".repeat(5);

        assertThat(violations.optionalText("a", null, 5)).isTrue();
        assertThat(violations.optionalText("b", rare, 5)).as("ten UTF-16 units, five characters").isTrue();
        assertThat(violations.optionalText("c", rare + "𠀀", 5)).isFalse();
        assertThat(InEnglish.violations(violations.list()))
                .containsExactly(new FieldViolation("c", "is longer than 5 characters"));
    }

    @Test
    void throwIfAnyRefusesWithEverythingFoundAndPassesWhenNothingWas() {
        Violations violations = new Violations();
        assertThatNoException().isThrownBy(violations::throwIfAny);

        violations.add("x", "is wrong");
        violations.add("y", "is wrong too");

        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(violations::throwIfAny)
                .satisfies(ex -> assertThat(ex.violations()).hasSize(2))
                .satisfies(ex -> assertThat(ex.malformed()).isFalse())
                .withMessage("x: is wrong (and 1 more)");
    }
}
