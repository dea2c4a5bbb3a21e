package org.jixiao.system.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary shown at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI jixiaoOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Jixiao API")
                .version("v1")
                .description("Performance target sheets (项目支出绩效目标表) of public-budget projects: import, "
                        + "export and typed target values. Errors are application/problem+json; see docs/api.md."));
    }
}
