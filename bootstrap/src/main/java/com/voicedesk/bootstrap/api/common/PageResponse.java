package com.voicedesk.bootstrap.api.common;

import com.voicedesk.domain.shared.Page;

import java.util.List;
import java.util.function.Function;

/** A page of results: {@code page} is zero-based; {@code total} counts all matches. */
public record PageResponse<T>(List<T> items, int page, int size, long total, boolean hasNext) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total(),
                page.hasNext());
    }
}
