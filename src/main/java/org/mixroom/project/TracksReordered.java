package org.mixroom.project;

import java.util.UUID;

/** A project's running order or a track's title changed. */
public record TracksReordered(UUID projectId) {
}
