package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.springframework.core.io.AbstractResource;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An S3 object as a Spring resource whose length is known without reading it. Spring MVC answers a
 * {@code Range} request by skipping to the range's start on {@link #getInputStream()} and reading the range's
 * length; the stream therefore opens nothing until the first read, and then asks the store for the bytes from
 * that position on only. Closing it early drops the rest of the transfer.
 */
final class S3ObjectResource extends AbstractResource {

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final long length;
    private final Instant lastModified;

    S3ObjectResource(S3Client s3, String bucket, String key, long length, Instant lastModified) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.length = length;
        this.lastModified = lastModified;
    }

    @Override
    public String getDescription() {
        return "S3 object s3://" + bucket + "/" + key;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public long lastModified() {
        return lastModified == null ? 0 : lastModified.toEpochMilli();
    }

    @Override
    public InputStream getInputStream() {
        return new RangedStream();
    }

    /** Reads the object from where {@link #skip} left it, opening the request at the first read. */
    private final class RangedStream extends InputStream {
        private long position;
        private ResponseInputStream<GetObjectResponse> body;

        @Override
        public long skip(long n) throws IOException {
            if (body != null) {
                long skipped = body.skip(n);
                position += skipped;
                return skipped;
            }
            long skipped = Math.max(0, Math.min(n, length - position));
            position += skipped;
            return skipped;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (count == 0) {
                return 0;
            }
            if (position >= length) {
                return -1;
            }
            if (body == null) {
                body = open();
            }
            int n = body.read(buffer, offset, count);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        private ResponseInputStream<GetObjectResponse> open() {
            try {
                return s3.getObject(request -> request.bucket(bucket).key(key).range("bytes=" + position + "-"));
            } catch (SdkException e) {
                throw S3Errors.of(bucket, "read " + key, e);
            }
        }

        @Override
        public void close() throws IOException {
            if (body != null) {
                if (position < length) {
                    body.abort(); // the rest of the object is not wanted: do not drain it
                }
                body.close();
            }
        }
    }
}
