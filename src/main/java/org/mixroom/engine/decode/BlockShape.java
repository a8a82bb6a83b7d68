package org.mixroom.engine.decode;

import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.AudioFormat;

/** The caller's side of {@link AudioDecoder#read}: a block with one array per channel of the file. */
final class BlockShape {
    private BlockShape() {
    }

    static void require(AudioBlock block, AudioFormat format) {
        if (block.channels() != format.channels()) {
            throw new IllegalArgumentException("block has " + block.channels() + " channels, the file "
                    + format.channels());
        }
    }
}
