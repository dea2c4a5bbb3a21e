package org.jixiao.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The title and summary shown at /v3/api-docs and /swagger-ui.html, and the bearer credential every API operation
 * needs, so that Swagger UI's "Authorize" button sends it with "Try it out".
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name of the security scheme in the description. */
    static final String BEARER_AUTH = "bearerAuth";

    private static final String API_PATHS = "/api/";

    @Bean
    OpenAPI jixiaoOpenApi() {
        return new OpenAPI().info(new Info()
                        .title("Jixiao API")
                        .version("v1")
                        .description("Performance target sheets (项目支出绩效目标表) of public-budget projects: import, "
                                + "export and typed target values. Errors are application/problem+json; see "
                                + "docs/api.md."))
                .components(new Components().addSecuritySchemes(BEARER_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API token (jx_…), sent as 'Authorization: Bearer <token>'; in Swagger UI paste "
                                + "the token alone under Authorize. The first administrator token is printed once in "
                                + "the log at the first start (or preset with jixiao.security.bootstrap-token); with "
                                + "it, create personal and machine tokens with POST /api/v1/tokens. Where single "
                                + "sign-on is set up, the identity provider's JWT works too. See docs/security.md.")));
    }

    /**
     * Every operation under /api/ needs the bearer credential. Open paths (the health probes, should the actuator be
     * described) are left without a requirement, as they are served.
     */
    @Bean
    OpenApiCustomizer bearerAuthOnApiOperations() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith(API_PATHS)) {
                    // An operation that declares its own requirement keeps it.
                    item.readOperations().stream()
                            .filter(operation -> operation.getSecurity() == null || operation.getSecurity().isEmpty())
                            .forEach(operation -> operation.addSecurityItem(
                                    new SecurityRequirement().addList(BEARER_AUTH)));
                }
            });
        };
    }
}
