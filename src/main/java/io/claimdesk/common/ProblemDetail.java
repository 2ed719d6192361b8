package io.claimdesk.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of every error answer (RFC 9457), for the API description. */
@Schema(name = "ProblemDetail", description = "RFC 9457 problem details, served as application/problem+json")
public record ProblemDetail(
        @Schema(example = "urn:claimdesk:problem:quote-not-found") String type,
        @Schema(example = "Quote not found in source") String title,
        @Schema(example = "422") int status,
        @Schema(example = "The quote does not occur in the text of source 0b6f3f8e-2f7c-4a59-9a43-0c8f1f1f7a11") String detail,
        @Schema(example = "/api/v1/claims") String instance,
        @Schema(description = "For validation failures: each field and what is wrong with it") List<Violation> violations) {

    public record Violation(
            @Schema(example = "kind") String field,
            @Schema(example = "body") String in,
            @Schema(example = "must not be null") String message) {
    }
}
