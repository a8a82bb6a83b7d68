-- Streaming platforms' loudness normalisation, as data (analysis-spec section 6). Published figures
-- disagree and none has been checked against the platform's own documentation yet: every row ships with
-- checked_on null and recheck true, and the UI shows that.
create table streaming_preset (
    id               uuid primary key,
    position         integer          not null,
    platform         varchar(80)      not null unique,
    reference_lufs   double precision not null,
    direction        varchar(16)      not null check (direction in ('DOWN_ONLY', 'DOWN_AND_UP', 'UNKNOWN')),
    ceiling_dbtp     double precision,
    limiter          boolean          not null,
    source           varchar(200)     not null,
    checked_on       date,
    recheck          boolean          not null
);

insert into streaming_preset (id, position, platform, reference_lufs, direction, ceiling_dbtp, limiter, source,
                              checked_on, recheck)
values ('5e0c6d1a-0000-4000-8000-000000000001', 1, 'Spotify (Normal)', -14, 'DOWN_AND_UP', -1, false,
        'Spotify for Artists; PreSonus', null, true),
       ('5e0c6d1a-0000-4000-8000-000000000002', 2, 'Spotify (Loud)', -11, 'DOWN_AND_UP', -1, true,
        'Spotify for Artists; PreSonus', null, true),
       ('5e0c6d1a-0000-4000-8000-000000000003', 3, 'Spotify (Quiet)', -19, 'DOWN_AND_UP', -1, false,
        'Spotify for Artists; PreSonus', null, true),
       ('5e0c6d1a-0000-4000-8000-000000000004', 4, 'Apple Music (Sound Check)', -16, 'UNKNOWN', -1, false,
        'Production Expert; AES TD1008', null, true),
       ('5e0c6d1a-0000-4000-8000-000000000005', 5, 'YouTube / YouTube Music', -14, 'UNKNOWN', -1, false,
        'Youlean; dualview; levelrebel', null, true),
       ('5e0c6d1a-0000-4000-8000-000000000006', 6, 'Tidal', -14, 'UNKNOWN', -1, false,
        'levelrebel; dualview', null, true),
       ('5e0c6d1a-0000-4000-8000-000000000007', 7, 'Amazon Music', -14, 'UNKNOWN', -1, false,
        'dualview; backinthebarn', null, true),
       ('5e0c6d1a-0000-4000-8000-000000000008', 8, 'Deezer', -15, 'UNKNOWN', -1, false,
        'Production Expert; andres.audio', null, true);
