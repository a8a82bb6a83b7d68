-- An artist's or owner's decision on one revision (APPROVED or CHANGES_REQUESTED), bound to the SHA-256 of
-- the bytes decided on. Rows are never changed: a later decision is a new row, so the history stays.
create table approval (
    id          uuid                     not null,
    revision_id uuid                     not null,
    track_id    uuid                     not null,
    decision    varchar(20)              not null,
    note        varchar(5000)            not null,
    sha256      varchar(64)              not null,
    decided_by  uuid                     not null,
    decided_at  timestamp with time zone not null,
    constraint approval_pk primary key (id),
    constraint approval_revision_fk foreign key (revision_id) references revision (id) on delete cascade,
    constraint approval_track_fk foreign key (track_id) references track (id) on delete cascade,
    constraint approval_decided_by_fk foreign key (decided_by) references app_user (id),
    constraint approval_decision_ck check (decision in ('APPROVED', 'CHANGES_REQUESTED'))
);
create index approval_track_ix on approval (track_id, decided_at);
create index approval_revision_ix on approval (revision_id);

-- A project's audit history: who did what when (project created, members added or their roles changed,
-- revisions approved or changes requested). track_id and revision_id carry no foreign key on purpose:
-- the history outlives what it mentions.
create table project_audit (
    id              uuid                     not null,
    project_id      uuid                     not null,
    recorded_at     timestamp with time zone not null,
    kind            varchar(30)              not null,
    actor_id        uuid,
    member_id       uuid,
    role            varchar(20),
    previous_role   varchar(20),
    track_id        uuid,
    revision_id     uuid,
    revision_number integer,
    sha256          varchar(64),
    note            varchar(5000),
    constraint project_audit_pk primary key (id),
    constraint project_audit_project_fk foreign key (project_id) references project (id) on delete cascade,
    constraint project_audit_kind_ck check (kind in
        ('PROJECT_CREATED', 'MEMBER_ADDED', 'ROLE_CHANGED', 'APPROVED', 'CHANGES_REQUESTED'))
);
create index project_audit_project_ix on project_audit (project_id, recorded_at);

-- A comment carried forward from the previous revision: the comment it was copied from, and the number of
-- the revision where it was first posted.
alter table review_comment add column carried_from_comment_id uuid;
alter table review_comment add column carried_from_revision integer;
alter table review_comment add constraint review_comment_carried_from_fk
    foreign key (carried_from_comment_id) references review_comment (id) on delete set null;
