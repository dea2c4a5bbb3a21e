package org.jixiao.project;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentTests {

    @Test
    void aDerivedCodeIsStableAndCannotBeMistakenForAPrintedOne() {
        Department department = Department.named("晋城市数据局");

        assertThat(department.code()).matches("dn-[0-9a-f]{10}").isEqualTo(Department.named("晋城市数据局").code());
        assertThat(department.name()).isEqualTo("晋城市数据局");
        assertThat(department.codeDerived()).isTrue();
        assertThat(new Department("102", "晋城市数据局").codeDerived()).isFalse();
    }

    @Test
    void spacesAndFullWidthFormsDoNotMakeAnotherDepartment() {
        String code = Department.named("晋城市数据局").code();

        assertThat(Department.named("晋城市 数据局").code()).isEqualTo(code);
        assertThat(Department.named("晋城市\u3000数据局").code()).isEqualTo(code);
        assertThat(Department.named("晋城市财政局").code()).isNotEqualTo(code);
        assertThat(Department.named("ＡＢＣ局").code()).isEqualTo(Department.named("ABC局").code());
    }

    @Test
    void aNameIsRecognisedDespiteSpacesAndFullWidthForms() {
        Department department = new Department("102", "晋城市数据局");

        assertThat(department.hasName("晋城市　数据局 ")).isTrue();
        assertThat(department.hasName("晋城市财政局")).isFalse();
        assertThat(department.hasName(null)).isFalse();
    }

    @Test
    void theUnassignedDepartmentIsNeitherPrintedNorDerived() {
        assertThat(Department.UNASSIGNED.unassigned()).isTrue();
        assertThat(Department.UNASSIGNED.codeDerived()).isFalse();
        assertThat(Department.named("未注明主管部门").unassigned()).isFalse();
    }
}
