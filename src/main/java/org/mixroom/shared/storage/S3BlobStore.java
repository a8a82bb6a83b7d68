package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The blob store in an S3-compatible bucket ({@code mixroom.storage.type=s3}), under the key
 * {@code ab/cd/<sha256>}, shared by every node that points at the bucket.
 *
 * <p>Staging writes to a local temporary file under {@code ${mixroom.data-dir}/s3-cache/tmp} (the upload
 * pipeline inspects it before committing); commit uploads it in parts unless the bucket already holds the
 * hash, then keeps the file as the local copy. Reads stream from the bucket, ranges included; readers that
 * need a file get a verified local copy from a bounded cache. Failures of the store surface as a
 * {@link org.mixroom.shared.web.MixroomException} of kind UNAVAILABLE that says what happened.
 */
final class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final BlobCache cache;
    private final MultipartUpload uploads;

    S3BlobStore(S3Client s3, String bucket, Path cacheDir, long cacheBytes) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.cache = new BlobCache(cacheDir, cacheBytes);
        this.uploads = new MultipartUpload(s3, bucket);
    }

    /** Where staged files live (for tests that check nothing is left behind). */
    Path tmpDir() {
        return cache.tmpDir();
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) throws IOException {
        StagingFiles.Written written = StagingFiles.write(content, cache.tmpDir(), maxBytes);
        return new Staged(written);
    }

    @Override
    public Optional<Resource> find(String sha256) {
        String key = ContentAddress.of(sha256);
        return head(key, "look up blob " + sha256).map(head ->
                new S3ObjectResource(s3, bucket, key, head.contentLength(), head.lastModified()));
    }

    @Override
    public Path localFile(String sha256) throws IOException {
        Optional<Path> cached = cache.get(sha256);
        if (cached.isPresent()) {
            return cached.get();
        }
        String key = ContentAddress.of(sha256);
        StagingFiles.Written copy;
        try (ResponseInputStream<GetObjectResponse> body = s3.getObject(request -> request.bucket(bucket).key(key))) {
            copy = StagingFiles.write(body, cache.tmpDir(), body.response().contentLength());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException("s3://" + bucket + "/" + key, null, "no blob " + sha256);
        } catch (SdkException e) {
            throw S3Errors.of(bucket, "download blob " + sha256, e);
        }
        if (!copy.sha256().equals(sha256)) {
            Files.delete(copy.file());
            throw new IOException("the S3 object " + key + " does not hash to its name (sha256 " + copy.sha256()
                    + "); it was altered in the bucket");
        }
        return cache.adopt(copy.file(), sha256);
    }

    @Override
    public boolean contains(String sha256) {
        return head(ContentAddress.of(sha256), "look up blob " + sha256).isPresent();
    }

    @Override
    public void delete(String sha256) throws IOException {
        String key = ContentAddress.of(sha256);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw S3Errors.of(bucket, "delete blob " + sha256, e);
        }
        cache.remove(sha256);
    }

    @Override
    public void close() {
        s3.close();
    }

    private Optional<HeadObjectResponse> head(String key, String action) {
        try {
            return Optional.of(s3.headObject(request -> request.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty(); // HEAD answers carry no body, hence often no NoSuchKey code
            }
            throw S3Errors.of(bucket, action, e);
        } catch (SdkException e) {
            throw S3Errors.of(bucket, action, e);
        }
    }

    private final class Staged implements StagedBlob {
        private final StagingFiles.Written written;
        private boolean committed;

        Staged(StagingFiles.Written written) {
            this.written = written;
        }

        @Override
        public String sha256() {
            return written.sha256();
        }

        @Override
        public long size() {
            return written.size();
        }

        @Override
        public Path file() {
            return written.file();
        }

        @Override
        public boolean commit() throws IOException {
            if (committed) {
                throw new IllegalStateException("blob " + sha256() + " is already committed");
            }
            String key = ContentAddress.of(sha256());
            boolean fresh = head(key, "look up blob " + sha256()).isEmpty();
            if (fresh) {
                try {
                    uploads.upload(file(), size(), key, sha256());
                } catch (SdkException e) {
                    throw S3Errors.of(bucket, "store blob " + sha256(), e);
                }
            }
            cache.adopt(file(), sha256()); // the analysis reads it next: keep it instead of downloading it again
            committed = true;
            return fresh;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(file());
            }
        }
    }
}
