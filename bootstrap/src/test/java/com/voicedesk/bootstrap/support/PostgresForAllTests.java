package com.voicedesk.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every @QuarkusTest of the module. */
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class, restrictToAnnotatedClass = false)
public final class PostgresForAllTests {

    private PostgresForAllTests() {
    }
}
