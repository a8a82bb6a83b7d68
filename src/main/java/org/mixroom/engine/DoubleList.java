package org.mixroom.engine;

import java.util.Arrays;

/** A growable list of primitive doubles, for per-window series whose length the file decides. */
public final class DoubleList {
    private double[] values = new double[256];
    private int size;

    public void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public double get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return values[index];
    }

    public int size() {
        return size;
    }

    public double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
