package org.mixroom.shared.storage;

import java.io.IOException;
import java.time.Duration;
import org.mixroom.shared.MixroomProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Chooses the blob store by {@code mixroom.storage.type} alone: local disk unless it says {@code s3}. */
@Configuration
class StorageConfiguration {

    @Bean
    BlobStore blobStore(StorageProperties storage, MixroomProperties mixroom) throws IOException {
        return switch (storage.type()) {
            case LOCAL -> new LocalDiskBlobStore(mixroom.audioDir());
            case S3 -> {
                storage.s3().validate();
                yield new S3BlobStore(client(storage.s3()).build(), storage.s3().bucket(),
                        mixroom.dataDir().resolve("s3-cache"), storage.s3().cacheSize().toBytes());
            }
        };
    }

    /** A client for the configured store, over the JDK's HTTP client, with short connection timeouts. */
    static S3ClientBuilder client(StorageProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                .credentialsProvider(credentials(s3));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder;
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 s3) {
        return s3.accessKey() == null ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
    }
}
