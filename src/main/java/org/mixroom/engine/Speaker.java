package org.mixroom.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Loudspeaker positions of the WAVE_FORMAT_EXTENSIBLE channel mask, in mask bit order, and the
 * BS.1770-5 channel weights that follow from them.
 */
public enum Speaker {
    FRONT_LEFT, FRONT_RIGHT, FRONT_CENTER, LOW_FREQUENCY, BACK_LEFT, BACK_RIGHT,
    FRONT_LEFT_OF_CENTER, FRONT_RIGHT_OF_CENTER, BACK_CENTER, SIDE_LEFT, SIDE_RIGHT,
    TOP_CENTER, TOP_FRONT_LEFT, TOP_FRONT_CENTER, TOP_FRONT_RIGHT, TOP_BACK_LEFT,
    TOP_BACK_CENTER, TOP_BACK_RIGHT,
    /** A channel without a known position (mask bits exhausted or unset). */
    UNKNOWN;

    /** BS.1770-5 Table 3 weight of a surround channel (60°–120° azimuth, below 30° elevation). */
    public static final double SURROUND_WEIGHT = 1.41;

    /** The positions a channel mask assigns, in channel order; channels beyond the set bits are UNKNOWN. */
    public static List<Speaker> fromMask(long mask, int channels) {
        List<Speaker> layout = new ArrayList<>(channels);
        Speaker[] positions = values();
        for (int bit = 0; bit < UNKNOWN.ordinal() && layout.size() < channels; bit++) {
            if ((mask & (1L << bit)) != 0) {
                layout.add(positions[bit]);
            }
        }
        while (layout.size() < channels) {
            layout.add(UNKNOWN);
        }
        return List.copyOf(layout);
    }

    /** The layout assumed for a file that names none (analysis-spec §1.2). */
    public static List<Speaker> defaultLayout(int channels) {
        return switch (channels) {
            case 1 -> List.of(FRONT_CENTER);
            case 2 -> List.of(FRONT_LEFT, FRONT_RIGHT);
            case 3 -> List.of(FRONT_LEFT, FRONT_RIGHT, FRONT_CENTER);
            case 5 -> List.of(FRONT_LEFT, FRONT_RIGHT, FRONT_CENTER, SIDE_LEFT, SIDE_RIGHT);
            case 6 -> List.of(FRONT_LEFT, FRONT_RIGHT, FRONT_CENTER, LOW_FREQUENCY, SIDE_LEFT, SIDE_RIGHT);
            default -> fromMask(0, channels);
        };
    }

    /**
     * Loudness weights G_i per channel: LFE 0 (excluded), side channels 1.41, back channels 1.41 only
     * where the layout has no side pair (a 5.1 mask names its surrounds "back"), everything else 1.0.
     */
    public static double[] loudnessWeights(List<Speaker> layout) {
        boolean hasSides = layout.contains(SIDE_LEFT) || layout.contains(SIDE_RIGHT);
        double[] weights = new double[layout.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = switch (layout.get(i)) {
                case LOW_FREQUENCY -> 0.0;
                case SIDE_LEFT, SIDE_RIGHT -> SURROUND_WEIGHT;
                case BACK_LEFT, BACK_RIGHT -> hasSides ? 1.0 : SURROUND_WEIGHT;
                default -> 1.0;
            };
        }
        return weights;
    }
}
