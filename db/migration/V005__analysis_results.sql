-- The stored result of analysing a revision: the report JSON (the analysis contract) and the hashes of
-- the display artefacts in the blob store (waveform peaks, spectrogram; formats in docs/formats/).
create table analysis_result (
    revision_id         uuid                     not null,
    engine_version      varchar(20)              not null,
    report_json         text                     not null,
    peaks_sha256        varchar(64),
    spectrogram_sha256  varchar(64),
    analysed_at         timestamp with time zone not null,
    constraint analysis_result_pk primary key (revision_id),
    constraint analysis_result_revision_fk foreign key (revision_id) references revision (id) on delete cascade
);
