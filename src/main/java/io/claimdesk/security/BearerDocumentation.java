package io.claimdesk.security;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Describes the bearer scheme once, and gives every operation that requires it (@SecurityRequirement(name =
 * "bearer")) its 401 and 403 problem responses, so the resources need not repeat them.
 */
public class BearerDocumentation implements OASFilter {

    public static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("A JWT from the configured identity provider; roles come from its groups claim"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (requiresBearer(operation)) {
                operation.getResponses().addAPIResponse("401", problem("Missing, expired or invalid bearer token"));
                // An operation with finer rules than its role describes its own 403.
                if (operation.getResponses().getAPIResponse("403") == null) {
                    operation.getResponses().addAPIResponse("403", problem("The token's roles do not allow this"));
                }
            }
        }));
    }

    private static boolean requiresBearer(Operation operation) {
        return operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(requirement -> requirement.hasScheme(SCHEME));
    }

    private static APIResponse problem(String description) {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("ProblemDetail"));
        Content content = OASFactory.createContent().addMediaType("application/problem+json", problem);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
