package org.palimpsest.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document says who may call what, with the same rules as SecurityConfiguration: reads are
 * public, writes need a signed-in user, undo, restore and rollback REVIEWER or ADMIN, {@code /api/admin/**} needs ADMIN. Declaring HTTP Basic gives Swagger
 * UI its Authorize button.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";
    private static final String ADMIN_PATHS = "/api/admin/";
    private static final List<String> REVIEWER_PATH_ENDS = List.of("/undo", "/restore", "/rollback");

    @Bean
    OpenAPI palimpsestApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null
                ? "unknown"
                : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("Palimpsest API").version(version).description("""
                        Collaborative editing of historical encyclopedia entries: every edit is an event, \
                        and the entry, its revision history and the timelines are read models built from them. \
                        Reads are public; writes need HTTP Basic (Authorize), the admin endpoints the ADMIN role. \
                        Errors are application/problem+json."""))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("palimpsest.accounts, or the demo accounts (password = name)")));
    }

    @Bean
    OpenApiCustomizer rolesOnWrites() {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        if (path.startsWith(ADMIN_PATHS)) {
                            needs(operation, "ADMIN");
                        } else if (method == PathItem.HttpMethod.POST
                                && REVIEWER_PATH_ENDS.stream().anyMatch(path::endsWith)) {
                            needs(operation, "REVIEWER or ADMIN");
                        } else if (method != PathItem.HttpMethod.GET
                                && method != PathItem.HttpMethod.HEAD
                                && method != PathItem.HttpMethod.OPTIONS) {
                            needs(operation, "any signed-in user (EDITOR, REVIEWER or ADMIN)");
                        }
                    }));
        };
    }

    private static void needs(Operation operation, String role) {
        operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
        String note = "Needs role: " + role + ".";
        operation.setDescription(
                operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
    }
}
