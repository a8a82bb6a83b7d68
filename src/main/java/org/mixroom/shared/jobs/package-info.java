/** Keeps JobRunr's background job server, which runs the persisted jobs of every module, alive. */
package org.mixroom.shared.jobs;
