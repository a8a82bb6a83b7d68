-- Comments on a revision at a point (end_seconds null) or over a range, optionally in a frequency band.
create table review_comment (
    id            uuid                     not null,
    revision_id   uuid                     not null,
    author_id     uuid                     not null,
    start_seconds double precision         not null,
    end_seconds   double precision,
    low_hz        double precision,
    high_hz       double precision,
    category      varchar(20),
    body          varchar(5000)            not null,
    created_at    timestamp with time zone not null,
    resolved      boolean                  not null,
    resolved_by   uuid,
    resolved_at   timestamp with time zone,
    constraint review_comment_pk primary key (id),
    constraint review_comment_revision_fk foreign key (revision_id) references revision (id) on delete cascade,
    constraint review_comment_author_fk foreign key (author_id) references app_user (id),
    constraint review_comment_time_ck check (start_seconds >= 0 and (end_seconds is null or end_seconds >= start_seconds)),
    constraint review_comment_band_ck check ((low_hz is null and high_hz is null)
        or (low_hz is not null and high_hz is not null and low_hz >= 1 and high_hz <= 96000 and low_hz < high_hz)),
    constraint review_comment_category_ck check (category is null or category in
        ('TONAL_BALANCE', 'DYNAMICS', 'STEREO', 'NOISE_CLICKS', 'ARRANGEMENT', 'VOCAL', 'OTHER'))
);
create index review_comment_revision_ix on review_comment (revision_id);

create table review_reply (
    id         uuid                     not null,
    comment_id uuid                     not null,
    author_id  uuid                     not null,
    body       varchar(5000)            not null,
    created_at timestamp with time zone not null,
    constraint review_reply_pk primary key (id),
    constraint review_reply_comment_fk foreign key (comment_id) references review_comment (id) on delete cascade,
    constraint review_reply_author_fk foreign key (author_id) references app_user (id)
);
create index review_reply_comment_ix on review_reply (comment_id);
