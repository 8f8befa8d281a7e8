package dev.pennant.server.util;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A {@link LinkedHashMap} that drops its eldest entry once it holds more than {@code maxSize}: the
 * oldest inserted ({@link #insertionOrder}) or the least recently used ({@link #accessOrder}). The
 * server's stores bound their memory this way. Not thread-safe: the owner locks around it.
 */
public final class BoundedMap<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;

    private final int maxSize;

    private BoundedMap(int maxSize, boolean accessOrder) {
        super(16, 0.75f, accessOrder);
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be at least 1, got " + maxSize);
        }
        this.maxSize = maxSize;
    }

    /** Iterates oldest first; past {@code maxSize} the oldest entry goes. */
    public static <K, V> BoundedMap<K, V> insertionOrder(int maxSize) {
        return new BoundedMap<>(maxSize, false);
    }

    /** Iterates least recently used first ({@code get} and {@code put} count as use); past {@code maxSize} that one goes. */
    public static <K, V> BoundedMap<K, V> accessOrder(int maxSize) {
        return new BoundedMap<>(maxSize, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxSize;
    }

    /**
     * Removes entries, eldest first, as long as {@code condition} holds for the eldest, and hands each
     * to {@code removed}. Since the eldest entry is the oldest (or least recently used), an expiry scan
     * stops at the first entry that is still fresh instead of visiting them all.
     */
    public void removeEldestWhile(Predicate<? super V> condition, Consumer<? super V> removed) {
        for (Iterator<V> it = values().iterator(); it.hasNext(); ) {
            V value = it.next();
            if (!condition.test(value)) {
                return;
            }
            it.remove();
            removed.accept(value);
        }
    }

    /** {@link #removeEldestWhile(Predicate, Consumer)} with nothing to do for a removed entry. */
    public void removeEldestWhile(Predicate<? super V> condition) {
        removeEldestWhile(condition, value -> { });
    }
}
