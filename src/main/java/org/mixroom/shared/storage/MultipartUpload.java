package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Uploads a local file as one S3 object, all or nothing: 16 MiB parts read straight from the file (never the
 * whole file in memory), each sent with its CRC32C so the store checks every part as it arrives. The object
 * only becomes visible when the upload is completed; on any failure the upload is aborted, so the store
 * keeps no parts. Afterwards the object's length and recorded SHA-256 are checked once more.
 */
final class MultipartUpload {

    /** Part size; S3 needs at least 5 MiB for every part but the last. */
    static final long PART_SIZE = 16L << 20;

    /** User metadata under which the object carries the SHA-256 it was stored under. */
    static final String SHA256_METADATA = "sha256";

    private static final String OCTETS = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;

    MultipartUpload(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    void upload(Path file, long size, String key, String sha256) throws IOException {
        String uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(key).contentType(OCTETS)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32_C)
                .metadata(Map.of(SHA256_METADATA, sha256))).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long offset = 0;
            do {
                long length = Math.min(PART_SIZE, size - offset);
                parts.add(uploadPart(file, offset, length, key, uploadId, parts.size() + 1));
                offset += length;
            } while (offset < size);
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        } catch (IOException | RuntimeException e) {
            abort(key, uploadId, e);
            throw e;
        }
        verify(key, size, sha256);
    }

    private CompletedPart uploadPart(Path file, long offset, long length, String key, String uploadId, int number)
            throws IOException {
        String crc32c = crc32c(file, offset, length);
        UploadPartResponse response = s3.uploadPart(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                        .partNumber(number).contentLength(length)
                        .checksumAlgorithm(ChecksumAlgorithm.CRC32_C).checksumCRC32C(crc32c),
                RequestBody.fromContentProvider(() -> slice(file, offset, length), length, OCTETS));
        if (response.checksumCRC32C() != null && !response.checksumCRC32C().equals(crc32c)) {
            throw new IOException("the S3 store received part " + number + " of " + key + " with CRC32C "
                    + response.checksumCRC32C() + " instead of " + crc32c);
        }
        return CompletedPart.builder().partNumber(number).eTag(response.eTag()).checksumCRC32C(crc32c).build();
    }

    /** The completed object must have the staged length and carry the staged hash, or it is removed again. */
    private void verify(String key, long size, String sha256) throws IOException {
        HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key));
        String recorded = head.metadata().get(SHA256_METADATA);
        if (head.contentLength() != size || !sha256.equals(recorded)) {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
            throw new IOException("the S3 store holds " + head.contentLength() + " bytes with sha256 " + recorded
                    + " under " + key + " after the upload, not " + size + " bytes; the object was removed");
        }
    }

    private void abort(String key, String uploadId, Exception failure) {
        try {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
        } catch (RuntimeException e) {
            // The upload never completed, so no object is visible; the store expires the parts (lifecycle rule).
            failure.addSuppressed(e);
        }
    }

    private static InputStream slice(Path file, long offset, long length) {
        try {
            return new FileSlice(file, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base64 of the big-endian CRC32C of the slice, as S3's {@code x-amz-checksum-crc32c} header wants it. */
    static String crc32c(Path file, long offset, long length) throws IOException {
        CRC32C crc = new CRC32C();
        try (InputStream in = new FileSlice(file, offset, length)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) != -1) {
                crc.update(buffer, 0, n);
            }
        }
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
