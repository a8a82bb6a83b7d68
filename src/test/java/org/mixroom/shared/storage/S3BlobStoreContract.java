package org.mixroom.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mixroom.shared.web.MixroomException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * The contract on an S3-compatible server running as a child process, plus what only a remote store can do
 * wrong: fail half way through an upload, or not answer at all. Each node has its own data folder (its
 * staging files and local copies) and its own client; all share the server's bucket.
 */
abstract class S3BlobStoreContract extends BlobStoreContract {

    private final List<S3BlobStore> opened = new ArrayList<>();

    abstract S3TestServer server();

    @Override
    BlobStore openNode() throws IOException {
        return open(StorageConfiguration.client(server().settings()).build());
    }

    @Override
    Path tmpDir(BlobStore store) {
        return ((S3BlobStore) store).tmpDir();
    }

    S3BlobStore open(S3Client client) throws IOException {
        S3BlobStore node = new S3BlobStore(client, S3TestServer.BUCKET, dataDir.resolve("node-" + opened.size()),
                256 * MIB);
        opened.add(node);
        return node;
    }

    @AfterEach
    void closeNodes() {
        opened.forEach(S3BlobStore::close);
    }

    @Test
    void abortsAnUploadThatFailsHalfWayAndLeavesNothingVisible() throws Exception {
        long size = 20 * MIB;
        long seed = ThreadLocalRandom.current().nextLong();
        S3BlobStore failing = open(StorageConfiguration.client(server().settings())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new FailSecondPart()))
                .build());

        String sha;
        try (BlobStore.StagedBlob staged = failing.stage(new GeneratedContent(size, seed), size)) {
            sha = staged.sha256();
            assertThatThrownBy(staged::commit)
                    .isInstanceOf(MixroomException.class)
                    .hasMessageContaining("cannot be reached to store blob " + sha)
                    .satisfies(e -> assertThat(((MixroomException) e).kind())
                            .isEqualTo(MixroomException.Kind.UNAVAILABLE));
        }

        assertThat(store.contains(sha)).isFalse();
        assertThat(leftovers(failing)).isEmpty();
        try (S3Client client = server().client()) {
            assertThat(client.listMultipartUploads(request -> request.bucket(S3TestServer.BUCKET)).uploads())
                    .noneMatch(upload -> upload.key().endsWith(sha));
        }
    }

    @Test
    void saysPlainlyWhenTheStoreCannotBeReachedAndKeepsNothing() throws Exception {
        URI nobody = URI.create("http://127.0.0.1:" + S3TestServer.freePort());
        StorageProperties.S3 settings = server().settings();
        S3BlobStore unreachable = open(StorageConfiguration.client(new StorageProperties.S3(nobody,
                settings.region(), settings.bucket(), settings.accessKey(), settings.secretKey(), true,
                settings.cacheSize())).build());
        byte[] content = unique("nowhere");

        assertThatThrownBy(() -> unreachable.contains(sha256(content)))
                .isInstanceOf(MixroomException.class)
                .hasMessageStartingWith("The audio store (S3 bucket 'mixroom-test') cannot be reached");
        assertThatThrownBy(() -> unreachable.put(content)).isInstanceOf(MixroomException.class);
        assertThat(leftovers(unreachable)).isEmpty();
    }

    /** Breaks the connection as the second part is about to be sent. */
    private static final class FailSecondPart implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof UploadPartRequest part && part.partNumber() == 2) {
                throw SdkClientException.create("connection reset while sending part 2 (test)");
            }
        }
    }
}
