package org.mixroom.engine.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.AiffWriter;
import org.mixroom.engine.testaudio.Rf64Writer;
import org.mixroom.engine.testaudio.WavWriter;

/**
 * Random damage to the headers of valid files: the strict readers either decode or refuse with an
 * input error, never another exception, a hang or an allocation sized by a header.
 */
class MalformedHeaderTest {
    private static final int MUTATIONS = 800;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"wav", "extensible", "rf64", "aiff", "aifc"})
    void damagedHeadersDecodeOrFailWithAnInputError(String kind) throws Exception {
        var signal = WavDecoderTest.testSignal(44_100, 2, 40);
        Path original = switch (kind) {
            case "wav" -> WavWriter.write(dir.resolve("o"), signal, SampleFormat.INT24);
            case "extensible" -> WavWriter.write(dir.resolve("o"), signal, SampleFormat.FLOAT32, 3);
            case "rf64" -> Rf64Writer.write(dir.resolve("o"), signal, SampleFormat.INT16, "RF64", -1);
            case "aiff" -> AiffWriter.writeAiff(dir.resolve("o"), signal, 20);
            default -> AiffWriter.writeAifc(dir.resolve("o"), signal, "fl32", 32);
        };
        byte[] valid = Files.readAllBytes(original);
        int headerBytes = Math.min(valid.length, 90);
        SplittableRandom random = new SplittableRandom(kind.hashCode());
        Path file = dir.resolve("damaged");
        int decoded = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] bytes = valid.clone();
            int changes = 1 + random.nextInt(4);
            for (int k = 0; k < changes; k++) {
                int at = 4 + random.nextInt(headerBytes - 4); // the signature stays, as the sniffer guarantees
                bytes[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : bytes[at] ^ (1 << random.nextInt(8)));
            }
            if (random.nextInt(8) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            Files.write(file, bytes);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                 AudioDecoder decoder = kind.startsWith("aif") ? AiffDecoder.open(channel, bytes.length)
                         : WavDecoder.open(channel, bytes.length)) {
                AudioBlock block = new AudioBlock(decoder.format().channels(), 7);
                while (decoder.read(block)) {
                    assertThat(block.frames()).isPositive();
                }
                assertThat(decoder.sha256()).hasSize(64);
                decoded++;
            } catch (InvalidAudioException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (Exception | Error e) {
                fail("mutation " + i + " of " + kind + " threw " + e, e);
            }
        }
        assertThat(decoded).as("some mutations only touch harmless bytes").isPositive();
    }
}
