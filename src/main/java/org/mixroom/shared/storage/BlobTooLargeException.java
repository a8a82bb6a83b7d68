package org.mixroom.shared.storage;

import java.io.IOException;

/** Content offered to {@link BlobStore#stage} is longer than the limit it was given. */
public class BlobTooLargeException extends IOException {
    private final long maxBytes;

    public BlobTooLargeException(long maxBytes) {
        super("content exceeds " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
