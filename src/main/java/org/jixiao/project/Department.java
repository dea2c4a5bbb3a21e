package org.jixiao.project;

/** 主管部门: the code (e.g. {@code 102}) identifies it; the name is as printed on the sheet. */
public record Department(String code, String name) {
}
