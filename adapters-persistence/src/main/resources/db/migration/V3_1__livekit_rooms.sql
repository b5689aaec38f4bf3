-- Issue 3 (LiveKit): consultation rooms, room exports (recordings and audio taps), recording output per tenant.

create table consultations (
    id                  uuid primary key,
    tenant_id           uuid        not null references tenants (id) on delete cascade,
    contact_id          uuid        not null references contacts (id) on delete cascade,
    call_id             uuid        not null references calls (id) on delete cascade,  -- carries the transcript
    room_name           text        not null,
    title               text,
    status              text        not null,
    recording_requested boolean     not null default false,
    created_by          text        not null,
    created_at          timestamptz not null,
    started_at          timestamptz,
    ended_at            timestamptz,
    version             bigint      not null default 0
);
create unique index consultations_room on consultations (tenant_id, room_name);
create index consultations_tenant_created on consultations (tenant_id, created_at desc, id);

-- One row per LiveKit egress. updated_at is LiveKit's own report time: an older report never overwrites a newer one,
-- and nothing overwrites a terminal status.
create table room_egresses (
    tenant_id     uuid        not null references tenants (id) on delete cascade,
    egress_id     text        not null,
    room_name     text        not null,
    purpose       text        not null,
    track_sid     text,
    status        text        not null,
    file_location text,
    error         text,
    started_at    timestamptz,
    ended_at      timestamptz,
    updated_at    timestamptz not null,
    primary key (tenant_id, egress_id)
);
create index room_egresses_room on room_egresses (tenant_id, room_name);

-- Non-secret: the storage itself (bucket, keys) is configured on the tenant's egress service.
create table tenant_recording_settings (
    tenant_id  uuid primary key references tenants (id) on delete cascade,
    file_type  text        not null,
    filepath   text        not null,
    audio_only boolean     not null,
    updated_at timestamptz not null
);

-- When each room last finished: a join delivered after its room finished (a late webhook retry) must not make
-- a participant look connected forever. Only the latest closure of a room name matters.
create table room_closures (
    tenant_id uuid        not null references tenants (id) on delete cascade,
    room_name text        not null,
    closed_at timestamptz not null,
    primary key (tenant_id, room_name)
);
