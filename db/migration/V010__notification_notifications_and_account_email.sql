-- In-app notifications: one row per person per event (source_id names what happened: the comment,
-- reply, revision or approval), read once read_at is set.
create table notification (
    id           uuid                     not null,
    recipient_id uuid                     not null,
    kind         varchar(20)              not null,
    source_id    uuid                     not null,
    actor_id     uuid                     not null,
    project_id   uuid                     not null,
    revision_id  uuid                     not null,
    comment_id   uuid,
    subject      varchar(300)             not null,
    excerpt      varchar(300),
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    constraint notification_pk primary key (id),
    constraint notification_once_uq unique (recipient_id, source_id),
    constraint notification_recipient_fk foreign key (recipient_id) references app_user (id) on delete cascade,
    constraint notification_kind_ck check (kind in
        ('MENTION', 'REPLY', 'NEW_REVISION', 'APPROVAL', 'CHANGES_REQUESTED'))
);
create index notification_recipient_ix on notification (recipient_id, created_at);

-- Where notification mail goes; null: no mail.
alter table app_user add column email varchar(254);
