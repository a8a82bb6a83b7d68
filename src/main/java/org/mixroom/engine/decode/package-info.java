/**
 * Decoding: every file becomes planar doubles at full scale 1.0 (analysis-spec section 3), streamed in
 * blocks with constant memory, and the SHA-256 of its bytes.
 *
 * <ul>
 *   <li>{@link org.mixroom.engine.decode.AudioDecoders} picks a decoder by the file's first bytes.</li>
 *   <li>WAV, RF64, BW64, AIFF and AIFC are read in Java by strict readers: every chunk is checked against
 *       the real file length before a sample is read, nothing is sized from a header, and any
 *       inconsistency is an {@link org.mixroom.engine.InvalidAudioException} that names it.</li>
 *   <li>FLAC and everything else are decoded by an ffmpeg child process ({@link
 *       org.mixroom.engine.decode.FfmpegTools}); FLAC is checked against its STREAMINFO frame count and
 *       MD5.</li>
 * </ul>
 */
package org.mixroom.engine.decode;
