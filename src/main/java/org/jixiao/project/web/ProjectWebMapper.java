package org.jixiao.project.web;

import org.jixiao.project.Project;
import org.jixiao.project.ProjectPage;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Domain projects to API answers. */
@Mapper
public interface ProjectWebMapper {

    @Mapping(target = "funding", expression = "java(new FundingView(project.periodFunding(), project.annualFunding()))")
    @Mapping(target = "text", source = "texts")
    @Mapping(target = "links", expression = "java(ProjectLinks.of(project.id()))")
    ProjectResponse toResponse(Project project);

    @Mapping(target = "funding", expression = "java(new FundingView(project.periodFunding(), project.annualFunding()))")
    @Mapping(target = "links", expression = "java(ProjectLinks.of(project.id()))")
    ProjectSummaryResponse toSummary(Project project);

    ProjectPageResponse toResponse(ProjectPage page);
}
