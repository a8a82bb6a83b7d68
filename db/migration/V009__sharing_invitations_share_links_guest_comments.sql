-- Guests comment through a share link: such a comment has no account, only the name the guest typed.
alter table review_comment alter column author_id drop not null;
alter table review_comment add column guest_name varchar(100);
alter table review_comment add constraint review_comment_author_ck
    check (author_id is not null or guest_name is not null);

-- One-time links that add the person who opens them to a project with a role. Only the SHA-256 of the
-- token is kept; accepted_by is set when the link is used, after which it no longer works.
create table sharing_invitation (
    id          uuid                     not null,
    project_id  uuid                     not null,
    role        varchar(20)              not null,
    token_hash  varchar(64)              not null,
    created_by  uuid                     not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    accepted_by uuid,
    accepted_at timestamp with time zone,
    constraint sharing_invitation_pk primary key (id),
    constraint sharing_invitation_hash_uq unique (token_hash),
    constraint sharing_invitation_project_fk foreign key (project_id) references project (id) on delete cascade,
    constraint sharing_invitation_created_by_fk foreign key (created_by) references app_user (id),
    constraint sharing_invitation_accepted_by_fk foreign key (accepted_by) references app_user (id),
    constraint sharing_invitation_role_ck check (role in ('OWNER', 'ENGINEER', 'ARTIST', 'VIEWER'))
);
create index sharing_invitation_project_ix on sharing_invitation (project_id);

-- Links that let a guest without an account listen to one revision, and maybe comment or download.
-- Only the SHA-256 of the token is kept; password_hash is the app's password encoding, null without one.
create table sharing_link (
    id            uuid                     not null,
    revision_id   uuid                     not null,
    permission    varchar(20)              not null,
    token_hash    varchar(64)              not null,
    password_hash varchar(100),
    download      boolean                  not null,
    created_by    uuid                     not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    constraint sharing_link_pk primary key (id),
    constraint sharing_link_hash_uq unique (token_hash),
    constraint sharing_link_revision_fk foreign key (revision_id) references revision (id) on delete cascade,
    constraint sharing_link_created_by_fk foreign key (created_by) references app_user (id),
    constraint sharing_link_permission_ck check (permission in ('LISTEN', 'COMMENT'))
);
create index sharing_link_revision_ix on sharing_link (revision_id);
