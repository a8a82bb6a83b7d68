package org.mixroom.project;

/** What a track is to its project. */
enum TrackKind {
    /** A song of the album, in the running order. */
    SONG,
    /** A commercial master uploaded to compare against; kept out of the album order. */
    REFERENCE
}
