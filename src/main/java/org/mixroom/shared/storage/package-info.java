/**
 * Content-addressed storage of audio and analysis artefacts: {@link org.mixroom.shared.storage.BlobStore}
 * keyed by SHA-256, on local disk under {@code ${mixroom.data-dir}/audio} (the default) or in an
 * S3-compatible bucket, chosen by {@code mixroom.storage.type} (docs/storage.md).
 */
package org.mixroom.shared.storage;
