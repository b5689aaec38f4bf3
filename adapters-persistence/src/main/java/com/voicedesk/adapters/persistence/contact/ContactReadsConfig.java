package com.voicedesk.adapters.persistence.contact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How reads of contacts by id are coalesced (see {@link ContactReadBatcher} and docs/decisions.md #12). */
@ConfigMapping(prefix = "voicedesk.persistence.contact-reads")
public interface ContactReadsConfig {

    /** The most reads one query answers; 1 turns coalescing off (every read is its own query). */
    @WithDefault("64")
    int maxBatchSize();

    /** Queries of coalesced reads that one event loop has on their way to PostgreSQL at a time. */
    @WithDefault("1")
    int inFlightPerEventLoop();
}
