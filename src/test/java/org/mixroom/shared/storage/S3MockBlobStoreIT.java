package org.mixroom.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** The S3 contract on S3Mock, which verifies the parts' checksums and reports them back. */
class S3MockBlobStoreIT extends S3BlobStoreContract {

    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension(S3TestServer::s3Mock);

    @Override
    S3TestServer server() {
        return S3.server();
    }

    @Test
    void sendsTheCrc32cOfEverySixteenMebibytePart() throws Exception {
        long size = 20 * MIB;
        long seed = ThreadLocalRandom.current().nextLong();
        String sha;
        try (BlobStore.StagedBlob staged = store.stage(new GeneratedContent(size, seed), size)) {
            sha = staged.sha256();
            staged.commit();
        }

        HeadObjectResponse head;
        try (S3Client client = server().client()) {
            head = client.headObject(request -> request.bucket(S3TestServer.BUCKET).key(ContentAddress.of(sha))
                    .checksumMode(ChecksumMode.ENABLED));
        }
        // S3's composite checksum: the CRC32C of the parts' CRC32Cs, then the number of parts.
        CRC32C ofParts = new CRC32C();
        ofParts.update(crc32c(seed, 0, 16 * MIB));
        ofParts.update(crc32c(seed, 16 * MIB, 4 * MIB));
        assertThat(head.checksumCRC32C()).isEqualTo(base64(ofParts.getValue()) + "-2");
    }

    private static byte[] crc32c(long seed, long from, long count) {
        CRC32C crc = new CRC32C();
        for (long position = from; position < from + count; position += MIB) {
            crc.update(GeneratedContent.range(seed, position, (int) MIB));
        }
        return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
    }

    private static String base64(long crc) {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc).array());
    }
}
