-- Real-time notifications (issue 6): the feed sequence, per-admin read state, preferences, event idempotency.

-- Each tenant's notifications are numbered 1, 2, 3, ... with no gaps, in commit order: the number is taken
-- from notification_sequences under the row's lock, held until the inserting transaction commits. A stream's
-- position is therefore one number (the SSE event id), and "everything after n" never skips a late commit.
create table notification_sequences (
    tenant_id uuid   primary key references tenants (id) on delete cascade,
    last_seq  bigint not null
);

alter table notifications add column seq bigint;
update notifications n set seq = numbered.seq
from (select id, row_number() over (partition by tenant_id order by created_at, id) as seq from notifications) numbered
where n.id = numbered.id;
alter table notifications alter column seq set not null;
insert into notification_sequences (tenant_id, last_seq)
select tenant_id, max(seq) from notifications group by tenant_id;

create unique index notifications_feed on notifications (tenant_id, seq);
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
