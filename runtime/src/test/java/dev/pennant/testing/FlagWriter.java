package dev.pennant.testing;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.CSVLogger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A separate process that flags rows {@code <writer>,<n>} into a directory with CSVLogger, from
 * several threads, printing {@code ack <writer> <n> <count>} after each flag is acknowledged.
 * Arguments: directory, writer name, rows per thread (0 = until killed), threads.
 */
public final class FlagWriter {
    public static final List<Component> COMPONENTS = List.of(
            Component.of(ComponentType.TEXTBOX, "writer", ValueType.of(String.class)),
            Component.of(ComponentType.NUMBER, "n", ValueType.of(int.class)),
            Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)));

    private FlagWriter() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String writer = args[1];
        int perThread = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        CSVLogger logger = new CSVLogger();
        logger.setup(COMPONENTS, dir);
        AtomicInteger next = new AtomicInteger();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; perThread == 0 || i < perThread; i++) {
                    int n = next.incrementAndGet();
                    try {
                        // A multi-line quoted value, so a torn row would really break the file.
                        int count = logger.flag(List.of(writer, n, "row " + n + ",\n\"quoted\""), null, null);
                        synchronized (System.out) {
                            System.out.println("ack " + writer + " " + n + " " + count);
                            System.out.flush();
                        }
                    } catch (Exception e) {
                        e.printStackTrace();
                        System.exit(3);
                    }
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }
}
