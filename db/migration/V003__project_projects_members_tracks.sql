-- Projects (an album, EP or single), their members with a role, and their tracks in album order.
create table project (
    id         uuid                     not null,
    name       varchar(200)             not null,
    created_by uuid                     not null,
    created_at timestamp with time zone not null,
    constraint project_pk primary key (id),
    constraint project_created_by_fk foreign key (created_by) references app_user (id)
);

create table project_member (
    id         uuid                     not null,
    project_id uuid                     not null,
    user_id    uuid                     not null,
    role       varchar(20)              not null,
    added_at   timestamp with time zone not null,
    constraint project_member_pk primary key (id),
    constraint project_member_uq unique (project_id, user_id),
    constraint project_member_project_fk foreign key (project_id) references project (id) on delete cascade,
    constraint project_member_user_fk foreign key (user_id) references app_user (id) on delete cascade,
    constraint project_member_role_ck check (role in ('OWNER', 'ENGINEER', 'ARTIST', 'VIEWER'))
);
create index project_member_user_ix on project_member (user_id);

-- position: 0-based place in the album's running order.
create table track (
    id         uuid                     not null,
    project_id uuid                     not null,
    title      varchar(200)             not null,
    position   integer                  not null,
    created_at timestamp with time zone not null,
    constraint track_pk primary key (id),
    constraint track_project_fk foreign key (project_id) references project (id) on delete cascade,
    constraint track_position_ck check (position >= 0)
);
create index track_project_ix on track (project_id);
