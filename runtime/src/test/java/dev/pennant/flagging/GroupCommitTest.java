package dev.pennant.flagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Flags that arrive while one is being written are written together, and each gets its own answer. */
class GroupCommitTest {
    private final Object monitor = new Object();
    private final GroupCommit<String> commits = new GroupCommit<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final CountDownLatch firstWriteMayFinish = new CountDownLatch(1);
    private final CountDownLatch firstWriteStarted = new CountDownLatch(1);
    private final List<List<String>> batches = new ArrayList<>();
    private int rows;

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Numbers each row like the log does and remembers the batches; the first write waits to be let go. */
    private void write(List<GroupCommit.Request<String>> batch) throws IOException {
        List<String> names = new ArrayList<>();
        for (GroupCommit.Request<String> request : batch) {
            names.add(request.row());
        }
        batches.add(names);
        if (batches.size() == 1) {
            firstWriteStarted.countDown();
            await(firstWriteMayFinish);
        }
        if (names.contains("fails")) {
            throw new IOException("No space left on device");
        }
        for (GroupCommit.Request<String> request : batch) {
            request.succeed(++rows);
        }
    }

    private Future<Integer> submit(String row) {
        return threads.submit(() -> commits.submit(row, monitor, this::write));
    }

    /** Starts three more flags while the first is being written and waits until all three are waiting. */
    private List<Future<Integer>> threeMoreWhileTheFirstIsWritten(String... rows) throws Exception {
        assertEquals(true, firstWriteStarted.await(10, TimeUnit.SECONDS));
        List<Thread> waiting = new ArrayList<>();
        List<Future<Integer>> answers = new ArrayList<>();
        for (String row : rows) {
            CompletableFuture<Thread> thread = new CompletableFuture<>();
            answers.add(threads.submit(() -> {
                thread.complete(Thread.currentThread());
                return commits.submit(row, monitor, this::write);
            }));
            waiting.add(thread.get(10, TimeUnit.SECONDS));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Thread thread : waiting) {
            while (thread.getState() != Thread.State.WAITING) {
                assertTrue(System.nanoTime() < deadline, "a flag should be waiting for the write: " + thread.getState());
                Thread.sleep(1);
            }
        }
        return answers;
    }

    @Test
    void flagsThatArriveDuringAWriteAreWrittenTogetherWithTheirOwnNumbers() throws Exception {
        Future<Integer> first = submit("a");
        List<Future<Integer>> more = threeMoreWhileTheFirstIsWritten("b", "c", "d");
        firstWriteMayFinish.countDown();

        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        Set<Integer> numbers = new TreeSet<>();
        for (Future<Integer> answer : more) {
            numbers.add(answer.get(10, TimeUnit.SECONDS));
        }
        assertEquals(Set.of(2, 3, 4), numbers, "each flag gets its own row number");
        assertEquals(2, batches.size(), "one write for the first flag, one for the three that waited");
        assertEquals(Set.of("b", "c", "d"), Set.copyOf(batches.get(1)));
    }

    @Test
    void everyFlagInAFailedBatchGetsTheFailure() throws Exception {
        Future<Integer> first = submit("a");
        List<Future<Integer>> more = threeMoreWhileTheFirstIsWritten("b", "fails", "d");
        firstWriteMayFinish.countDown();

        assertEquals(1, first.get(10, TimeUnit.SECONDS));
        IOException shared = null;
        for (Future<Integer> answer : more) {
            try {
                answer.get(10, TimeUnit.SECONDS);
                throw new AssertionError("a flag of the failed batch was acknowledged");
            } catch (java.util.concurrent.ExecutionException e) {
                assertEquals("No space left on device", e.getCause().getMessage());
                shared = shared == null ? (IOException) e.getCause() : shared;
                assertSame(shared, e.getCause());
            }
        }
        assertEquals(2, submit("e").get(10, TimeUnit.SECONDS), "the next flag is written and numbered after the failure");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
