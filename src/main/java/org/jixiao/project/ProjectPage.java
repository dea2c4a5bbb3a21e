package org.jixiao.project;

import java.util.List;

/** One page of projects and how many match in all. */
public record ProjectPage(List<Project> items, int page, int size, long total) {
}
