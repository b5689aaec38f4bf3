/**
 * The PostgreSQL adapter: Hibernate Reactive Panache repositories behind the domain's repository ports,
 * Flyway migrations ({@code db/migration}), the outbox, and sealed provider credentials.
 * <p>
 * Conventions:
 * <ul>
 * <li>Every query filters by {@code tenant_id}; entities never leave this module (mappers sit beside them).</li>
 * <li>Reads run in {@code Panache.withSession}, writes in {@code Panache.withTransaction}, which joins the
 * caller's unit of work. A session is not concurrent: repository calls are chained, never combined.</li>
 * <li>jsonb columns are mapped as {@code String} with
 * {@code @ColumnTransformer(read = "col::text", write = "cast(cast(? as text) as jsonb)")}: Hibernate Reactive would
 * otherwise hand a jsonb array to the attribute as a Vert.x {@code JsonArray}. Each repository converts the
 * text with {@link com.voicedesk.adapters.persistence.JsonCodec} to a document record whose field names are
 * the stored format.</li>
 * <li>Hot reads outside a unit of work may go straight to the reactive pool as cached prepared statements
 * (see {@link com.voicedesk.adapters.persistence.PanacheUnitOfWork#isActive()}).</li>
 * </ul>
 */
package com.voicedesk.adapters.persistence;
