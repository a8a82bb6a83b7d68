package org.mixroom.engine;

import java.io.IOException;
import java.nio.file.Path;
import org.mixroom.engine.decode.AudioDecoder;
import org.mixroom.engine.decode.AudioDecoders;

/** Measures a file in one decoding pass: every meter is fed the same blocks, in file order. */
public final class AudioAnalyzer {
    static final int BLOCK_FRAMES = 16_384;

    /** The report alone, as the analyze command prints it. */
    public AnalysisReport analyze(Path file) throws IOException, InvalidAudioException {
        return analyze(file, AnalysisRequest.REPORT).report();
    }

    public Analysis analyze(Path file, AnalysisRequest request) throws IOException, InvalidAudioException {
        return analyze(file, file.getFileName().toString(), request);
    }

    /**
     * @param name the name the report gives the file ({@code file.name}), e.g. the name it was uploaded as
     *     when it is stored under another
     */
    public Analysis analyze(Path file, String name, AnalysisRequest request) throws IOException,
            InvalidAudioException {
        long started = System.nanoTime();
        try (AudioDecoder decoder = AudioDecoders.open(file)) {
            AudioFormat format = decoder.format();
            MeterSet meters = new MeterSet(format, request, decoder.declaredFrames());
            long frames = new BlockPipeline(meters.threadGroups(), format.channels(), BLOCK_FRAMES).run(decoder);
            if (frames == 0) {
                throw new CorruptAudioException("no audio frames");
            }
            FileInfo info = new FileInfo(name, decoder.sha256(), format.container(),
                    format.sampleFormat(), format.sampleRate(), format.channels(), format.bitDepth(), frames,
                    (double) frames / format.sampleRate());
            return meters.finish(info, started);
        }
    }
}
