-- Issue 5: call analysis settings, assistant conversations, spoken replies.

-- The custom facts a tenant wants from every call (call analysis); absent = none.
create table analysis_settings (
    tenant_id    uuid primary key references tenants (id) on delete cascade,
    custom_facts jsonb       not null,
    updated_at   timestamptz not null
);

-- One row per exchange with the assistant: the admin's message, the tool calls and results, the reply.
-- Stored whole, so that a history never holds a tool call without its result.
create table assistant_turns (
    tenant_id       uuid        not null references tenants (id) on delete cascade,
    conversation_id uuid        not null,
    turn_no         integer     not null,
    messages        jsonb       not null,
    model           text        not null,
    actor           text        not null,
    created_at      timestamptz not null,
    primary key (tenant_id, conversation_id, turn_no)
);

-- Spoken assistant replies, served to the frontend; short-lived (purged after the configured retention).
create table assistant_reply_audio (
    id              uuid primary key,
    tenant_id       uuid        not null references tenants (id) on delete cascade,
    conversation_id uuid        not null,
    text            text        not null,
    content_type    text        not null,
    engine          text        not null,
    audio           bytea       not null,
    created_at      timestamptz not null
);
create index assistant_reply_audio_created on assistant_reply_audio (created_at);
