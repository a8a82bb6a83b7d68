-- Demo accounts are marked, so mixroom.demo.enabled=false can switch them off.
alter table app_user add column demo boolean default false not null;

-- Personal access tokens for scripts. Only the SHA-256 of the secret is kept.
create table personal_access_token (
    id         uuid                     not null,
    user_id    uuid                     not null,
    name       varchar(100)             not null,
    token_hash varchar(64)              not null,
    created_at timestamp with time zone not null,
    constraint personal_access_token_pk primary key (id),
    constraint personal_access_token_hash_uq unique (token_hash),
    constraint personal_access_token_user_fk foreign key (user_id) references app_user (id) on delete cascade
);
create index personal_access_token_user_ix on personal_access_token (user_id);
