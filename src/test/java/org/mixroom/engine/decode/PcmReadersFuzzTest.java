package org.mixroom.engine.decode;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.InvalidAudioException;

/**
 * Coverage-guided fuzzing of the strict WAV and AIFF readers: whatever the bytes after the signature, a
 * reader decodes them or refuses them with an input error; any other exception, a hang or an allocation
 * sized by a header fails. The test command fuzzes for 15 s (the build sets JAZZER_FUZZ); the corpus it
 * grows stays in {@code .cifuzz-corpus/}, so each run on a machine continues where the last one stopped.
 */
class PcmReadersFuzzTest {
    private static final String[] SIGNATURES = {"RIFF", "RF64", "BW64", "FORM"};
    private static final String[] AIFF_FORMS = {"AIFF", "AIFC"};

    @FuzzTest(maxDuration = "15s")
    void readersDecodeOrRefuse(FuzzedDataProvider data) throws IOException {
        String signature = data.pickValue(SIGNATURES);
        String form = signature.equals("FORM") ? data.pickValue(AIFF_FORMS) : "WAVE";
        byte[] rest = data.consumeRemainingAsBytes();
        byte[] bytes = new byte[12 + rest.length];
        System.arraycopy(signature.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        int declared = rest.length + 4;
        boolean bigEndian = signature.equals("FORM");
        for (int i = 0; i < 4; i++) {
            bytes[4 + i] = (byte) (declared >>> (bigEndian ? 24 - 8 * i : 8 * i));
        }
        System.arraycopy(form.getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        System.arraycopy(rest, 0, bytes, 12, rest.length);
        Path file = Files.createTempFile("mixroom-fuzz", ".bin");
        try {
            Files.write(file, bytes);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                 AudioDecoder decoder = bigEndian ? AiffDecoder.open(channel, bytes.length)
                         : WavDecoder.open(channel, bytes.length)) {
                AudioBlock block = new AudioBlock(decoder.format().channels(), 4096);
                while (decoder.read(block)) {
                    // decode to the end: the trailing checks run on the last read
                }
                decoder.sha256();
            } catch (InvalidAudioException refused) {
                // an input error naming the problem is the other acceptable outcome
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
