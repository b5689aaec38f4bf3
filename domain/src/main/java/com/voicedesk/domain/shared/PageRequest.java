package com.voicedesk.domain.shared;

/** A zero-based page of at most {@link #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        Require.range(page, 0, 1_000_000, "page");
        Require.range(size, 1, MAX_SIZE, "size");
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }
}
