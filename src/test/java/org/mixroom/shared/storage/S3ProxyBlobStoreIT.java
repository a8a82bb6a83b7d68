package org.mixroom.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mixroom.shared.web.MixroomException;

/** The S3 contract on S3Proxy, which checks SigV4 signatures as AWS does. */
class S3ProxyBlobStoreIT extends S3BlobStoreContract {

    @RegisterExtension
    static final S3ServerExtension S3 = new S3ServerExtension(S3TestServer::s3Proxy);

    @Override
    S3TestServer server() {
        return S3.server();
    }

    @Test
    void refusesAnUnsignedRequest() throws Exception {
        String sha = store.put(unique("private"));
        HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server().endpoint().resolve("/" + S3TestServer.BUCKET + "/" + ContentAddress.of(sha))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(403);
    }

    @Test
    void saysPlainlyWhenTheCredentialsAreWrongAndStoresNothing() throws Exception {
        S3BlobStore wrong = open(StorageConfiguration.client(
                server().settings(S3TestServer.ACCESS_KEY, "not-the-secret")).build());
        byte[] content = unique("refused");

        assertThatThrownBy(() -> wrong.put(content))
                .isInstanceOf(MixroomException.class)
                .hasMessageStartingWith("The audio store (S3 bucket 'mixroom-test') refused to look up blob")
                .hasMessageContaining("HTTP 403")
                .hasMessageEndingWith("check the S3 access key and secret key.");
        assertThat(store.contains(sha256(content))).isFalse();
        assertThat(leftovers(wrong)).isEmpty();
    }
}
