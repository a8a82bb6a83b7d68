package org.mixroom.shared.storage;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where audio and analysis artefacts are stored, bound from {@code mixroom.storage.*}.
 *
 * @param type {@code local} (the default: {@code ${mixroom.data-dir}/audio}) or {@code s3}
 * @param s3   the S3-compatible store, used when {@code type=s3}
 */
@ConfigurationProperties("mixroom.storage")
public record StorageProperties(@DefaultValue("local") Type type, @DefaultValue S3 s3) {

    public enum Type { LOCAL, S3 }

    /**
     * An S3-compatible store (AWS S3, MinIO, Ceph, Garage, ...).
     *
     * @param endpoint  the store's address, e.g. {@code http://minio:9000}; unset for AWS S3 itself
     * @param region    the region requests are signed for ({@code us-east-1} suits most other stores)
     * @param bucket    the bucket, which must exist
     * @param accessKey the access key; unset: the AWS SDK's default chain (environment variables
     *     {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, profile, instance role, ...)
     * @param secretKey the secret key belonging to {@code accessKey}
     * @param pathStyle address the bucket as {@code endpoint/bucket} rather than {@code bucket.endpoint};
     *     most stores other than AWS need true
     * @param cacheSize the most disk space the local copies the analysis reads may take under
     *     {@code ${mixroom.data-dir}/s3-cache}; the least recently used are deleted first
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
                     String secretKey, @DefaultValue("false") boolean pathStyle,
                     @DefaultValue("10GB") DataSize cacheSize) {

        public S3 {
            accessKey = blankToNull(accessKey);
            secretKey = blankToNull(secretKey);
            bucket = blankToNull(bucket);
        }

        /** Checks what {@code type=s3} needs, with messages that name the setting to fix. */
        void validate() {
            if (bucket == null) {
                throw new IllegalArgumentException("mixroom.storage.s3.bucket must be set when mixroom.storage.type=s3");
            }
            if ((accessKey == null) != (secretKey == null)) {
                throw new IllegalArgumentException("mixroom.storage.s3.access-key and mixroom.storage.s3.secret-key "
                        + "must be set together (or both left unset to use the AWS SDK's default credentials)");
            }
            if (region == null || region.isBlank()) {
                throw new IllegalArgumentException("mixroom.storage.s3.region must be set, e.g. us-east-1");
            }
            if (cacheSize == null || cacheSize.toBytes() <= 0) {
                throw new IllegalArgumentException("mixroom.storage.s3.cache-size must be positive, e.g. 10GB");
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
