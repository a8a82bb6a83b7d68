package org.mixroom.project;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the state of tracks comes from. The approval module implements this, so the project's pages and API
 * can show each track's state without depending on the modules above that decide it.
 */
public interface TrackStatuses {

    /** The state of each track named; the caller has checked that the asker may see them. */
    Map<UUID, TrackStatus> of(List<UUID> trackIds);
}
