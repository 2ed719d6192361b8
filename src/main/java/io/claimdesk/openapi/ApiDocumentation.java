package io.claimdesk.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.claimdesk.security.BearerDocumentation;

/**
 * Completes the API description with what every operation shares, so that the resources need not repeat it: the
 * bearer scheme, the answers the HTTP layer and the database give to any operation, one true example under each
 * problem status, and schemas that client generators can use.
 */
public class ApiDocumentation implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    private static final String API = "/api/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new BearerDocumentation().filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API)) {
                item.getOperations().forEach((method, operation) -> complete(path, item, method, operation));
            }
        });
        ContractSchemas.tidy(openAPI);
    }

    private static void complete(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean takesBody = operation.getRequestBody() != null;
        boolean namesResource = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.PATH);
        if (namesResource) {
            addIfMissing(responses, "400", "A malformed id, or an invalid or unknown query parameter");
        } else {
            addIfMissing(responses, "400", "An invalid or unknown query parameter");
        }
        if (method == PathItem.HttpMethod.GET && operation.getSecurity() == null) {
            // Reads are public unless the service is configured otherwise; a token is then required.
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement())
                    .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BearerDocumentation.SCHEME));
            addIfMissing(responses, "401",
                    "Missing, expired or invalid bearer token, when reads are restricted (claimdesk.security.public-reads=false)");
        }
        if (responses.hasAPIResponse("403")) {
            APIResponse forbidden = responses.getAPIResponse("403");
            forbidden.setDescription(forbidden.getDescription() + ", or a browser page from an origin the service does not allow");
        } else {
            responses.addAPIResponse("403", problem("A browser page from an origin the service does not allow"));
        }
        addIfMissing(responses, "405", "The path does not take this method");
        addIfMissing(responses, "406", "The Accept header allows none of the media types this operation answers with");
        if (takesBody) {
            addIfMissing(responses, "413", "The request body is larger than the service accepts");
            addIfMissing(responses, "415", "The request body is not in a media type this operation takes");
        }
        addIfMissing(responses, "414", "The URL is longer than the service accepts");
        addIfMissing(responses, "431", "The request's headers are larger than the service accepts");
        addIfMissing(responses, "503", "The service has more requests than it can take (one waited too long for a worker"
                + " thread), or its database is out of reach or too busy to answer in time; retry after the seconds in Retry-After");
        responses.getAPIResponses().forEach((status, response) -> {
            MediaType problem = response.getContent() == null ? null : response.getContent().getMediaType(PROBLEM);
            if (problem != null && problem.getExamples() == null && problem.getExample() == null) {
                ProblemExamples.of(Integer.parseInt(status), path, item, operation)
                        .forEach((name, example) -> problem.addExample(name, example));
            }
        });
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, problem(description));
        }
    }

    static APIResponse problem(String description) {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("ProblemDetail"));
        Content content = OASFactory.createContent().addMediaType(PROBLEM, problem);
        return OASFactory.createAPIResponse().description(description).content(content);
    }
}
