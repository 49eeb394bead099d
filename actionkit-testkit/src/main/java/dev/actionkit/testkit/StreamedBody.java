package dev.actionkit.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A body too large to hold in memory, made up while it is sent: {@code head}, then {@code unit}
 * {@code repeat} times, then {@code tail}. Only the three parts are kept, so a test can send
 * hundreds of megabytes without allocating them.
 *
 * <pre>{@code
 * // a catalog of about 500 MB: {"actions": {"slack": [ ACTION, ACTION, ..., ACTION ]}, ...}
 * new StreamedBody(bytes("{\"actions\": {\"slack\": ["), bytes(ACTION + ","), 1_000_000,
 *         bytes(ACTION + "]}, \"errors\": []}"));
 * }</pre>
 *
 * @param head the bytes sent first
 * @param unit the bytes sent {@code repeat} times after the head
 * @param repeat how often the unit is sent
 * @param tail the bytes sent last
 */
public record StreamedBody(byte[] head, byte[] unit, long repeat, byte[] tail) {

    /** Checks the parts and copies them. */
    public StreamedBody {
        Objects.requireNonNull(head, "head == null");
        Objects.requireNonNull(unit, "unit == null");
        Objects.requireNonNull(tail, "tail == null");
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat < 0: " + repeat);
        }
        head = head.clone();
        unit = unit.clone();
        tail = tail.clone();
    }

    /** Returns the number of bytes the whole body has. */
    public long length() {
        return head.length + unit.length * repeat + tail.length;
    }

    /** Writes the whole body; stops with an {@link IOException} when the peer goes away. */
    void writeTo(OutputStream out) throws IOException {
        out.write(head);
        for (long i = 0; i < repeat; i++) {
            out.write(unit);
        }
        out.write(tail);
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public byte[] unit() {
        return unit.clone();
    }

    @Override
    public byte[] tail() {
        return tail.clone();
    }

    /** Names the size only: the parts may be large. */
    @Override
    public String toString() {
        return "StreamedBody{" + length() + " bytes}";
    }
}
