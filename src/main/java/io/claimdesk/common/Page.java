package io.claimdesk.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; pass nextCursor back as cursor for the next page, null on the last. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true) String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
