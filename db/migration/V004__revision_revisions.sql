-- Numbered revisions of a track. The audio itself lives in the blob store under sha256.
-- file_name is the uploader's name for the file, shown to people only, never used for storage.
create table revision (
    id               uuid                     not null,
    track_id         uuid                     not null,
    number           integer                  not null,
    note             varchar(5000)            not null,
    uploaded_by      uuid                     not null,
    uploaded_at      timestamp with time zone not null,
    sha256           varchar(64)              not null,
    size_bytes       bigint                   not null,
    file_name        varchar(255)             not null,
    container        varchar(32)              not null,
    sample_format    varchar(16)              not null,
    sample_rate      integer                  not null,
    channels         integer                  not null,
    bit_depth        integer,
    duration_seconds double precision,
    status           varchar(20)              not null,
    failure          varchar(2000),
    constraint revision_pk primary key (id),
    constraint revision_track_number_uq unique (track_id, number),
    constraint revision_track_fk foreign key (track_id) references track (id) on delete cascade,
    constraint revision_uploaded_by_fk foreign key (uploaded_by) references app_user (id),
    constraint revision_number_ck check (number >= 1),
    constraint revision_status_ck check (status in ('QUEUED', 'ANALYSING', 'READY', 'FAILED'))
);
create index revision_status_ix on revision (status);
