-- Reference tracks: a commercial master uploaded to a project to compare against. It is a track with
-- revisions like any other, but of kind REFERENCE, which keeps it out of the album order; its position
-- counts among the project's references only.
alter table track add column kind varchar(16) default 'SONG' not null;
alter table track add constraint track_kind_ck check (kind in ('SONG', 'REFERENCE'));

-- Streaming presets are edited by project owners; who changed a preset last, and when.
alter table streaming_preset add column updated_by uuid;
alter table streaming_preset add column updated_at timestamp with time zone;
alter table streaming_preset add constraint streaming_preset_updated_by_fk
    foreign key (updated_by) references app_user (id);
