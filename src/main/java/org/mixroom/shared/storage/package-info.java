/**
 * Content-addressed storage of audio and analysis artefacts: {@link org.mixroom.shared.storage.BlobStore}
 * keyed by SHA-256, with a local-disk adapter under {@code ${mixroom.data-dir}/audio}.
 */
package org.mixroom.shared.storage;
