/**
 * Runs the engine over each new revision in the background, stores the report JSON and the display
 * artefacts (waveform peaks, spectrogram) and moves the revision to READY or FAILED. Publishes
 * {@code RevisionAnalysed} after commit.
 */
package org.mixroom.analysis;
