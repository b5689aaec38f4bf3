-- Real-time notifications (issue 6): the feed sequence, per-admin read state, preferences, event idempotency.

-- Each tenant's notifications are numbered 1, 2, 3, ... with no gaps, in commit order, so that a stream's
-- position is one number (the SSE event id) and "everything after n" never skips a late commit. The number is
-- taken at COMMIT by a deferred trigger, under the lock of the tenant's notification_sequences row: the lock is
-- held only while the commit itself runs (not across the caller's round trips), a second committing
-- transaction of the same tenant waits for it, and a rolled-back notification takes no number. Until its
-- transaction commits, a notification's seq is null (nobody else can see the row then anyway).
create table notification_sequences (
    tenant_id uuid   primary key references tenants (id) on delete cascade,
    last_seq  bigint not null
);

alter table notifications add column seq bigint;
update notifications n set seq = numbered.seq
from (select id, row_number() over (partition by tenant_id order by created_at, id) as seq from notifications) numbered
where n.id = numbered.id;
insert into notification_sequences (tenant_id, last_seq)
select tenant_id, max(seq) from notifications group by tenant_id;
create unique index notifications_feed on notifications (tenant_id, seq);

-- ... and, with its number, wakes every instance's listener (NOTIFY is delivered on commit, in commit order).
-- The payload is only a position, "n:<tenant>:<seq>": listeners read the feed. The channel name is
-- PostgresNotificationSignals.CHANNEL.
create function notification_take_seq() returns trigger language plpgsql as $$
declare
    next_seq bigint;
begin
    insert into notification_sequences as s (tenant_id, last_seq) values (new.tenant_id, 1)
    on conflict (tenant_id) do update set last_seq = s.last_seq + 1
    returning last_seq into next_seq;
    update notifications set seq = next_seq where id = new.id;
    perform pg_notify('voicedesk_notifications', 'n:' || new.tenant_id || ':' || next_seq);
    return null;
end
$$;
create constraint trigger notifications_sequence after insert on notifications
    deferrable initially deferred
    for each row execute function notification_take_seq();

drop index notifications_inbox;
create index notifications_admin_feed on notifications (tenant_id, recipient, seq) where recipient is not null;
create index notifications_pending on notifications (tenant_id, created_at) where state = 'PENDING';

-- Reading is per admin (a notification to every admin is read by each separately). "Mark all read" is a
-- watermark, so that it writes one row however long the inbox is; single reads are rows.
create table notification_reads (
    notification_id uuid        not null references notifications (id) on delete cascade,
    admin           text        not null,
    tenant_id       uuid        not null references tenants (id) on delete cascade,
    read_at         timestamptz not null,
    primary key (notification_id, admin)
);
create index notification_reads_admin on notification_reads (tenant_id, admin);

create table notification_read_marks (
    tenant_id        uuid        not null references tenants (id) on delete cascade,
    admin            text        not null,
    read_through_seq bigint      not null,
    marked_at        timestamptz not null,
    primary key (tenant_id, admin)
);

create table notification_preferences (
    tenant_id   uuid        not null references tenants (id) on delete cascade,
    admin       text        not null,
    muted_types text[]      not null default '{}',
    updated_at  timestamptz not null,
    primary key (tenant_id, admin)
);

-- The key is claimed in the same transaction as the notification it produced (checked at commit).
create table event_idempotency_keys (
    tenant_id       uuid        not null references tenants (id) on delete cascade,
    idempotency_key text        not null,
    fingerprint     text        not null,
    notification_id uuid        not null references notifications (id) on delete cascade deferrable initially deferred,
    created_at      timestamptz not null,
    primary key (tenant_id, idempotency_key)
);
create index event_idempotency_keys_age on event_idempotency_keys (created_at);
