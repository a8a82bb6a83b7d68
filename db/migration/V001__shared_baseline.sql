-- Accounts of the people who sign in to Mixroom. Portable SQL: runs on H2 and PostgreSQL.
-- role is the instance-wide role; roles within a project belong to the project module.
create table app_user (
    id            uuid                     not null,
    username      varchar(64)              not null,
    password_hash varchar(100)             not null,
    display_name  varchar(100)             not null,
    role          varchar(20)              not null,
    created_at    timestamp with time zone not null,
    constraint app_user_pk primary key (id),
    constraint app_user_username_uq unique (username),
    constraint app_user_role_ck check (role in ('ADMIN', 'USER'))
);
