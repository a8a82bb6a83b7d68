/**
 * Runs the engine over each new revision as a persisted JobRunr job (retried with back-off, shared by every
 * node, run again after a crash), stores the report JSON and the display artefacts (waveform peaks,
 * spectrogram) and moves the revision to READY or FAILED. A recurring reconciler queues revisions left without
 * a job. Publishes {@code RevisionAnalysed} after commit.
 */
package org.mixroom.analysis;
