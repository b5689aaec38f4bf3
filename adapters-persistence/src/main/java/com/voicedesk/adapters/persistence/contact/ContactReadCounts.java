package com.voicedesk.adapters.persistence.contact;

/** Reads of contacts by id since start, and the queries that answered them: their ratio is the batching at work. */
public record ContactReadCounts(long reads, long queries) {
}
