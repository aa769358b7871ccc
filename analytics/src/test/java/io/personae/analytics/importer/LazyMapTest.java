package io.personae.analytics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyMapTest {

    private static Map<String, String> zoneThenArea() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Zone", "north");
        map.put("Area", "east");
        return Collections.unmodifiableMap(map);
    }

    @Test
    void givenAMapNotAskedFor_whenLeft_thenNeverMade() {
        AtomicInteger made = new AtomicInteger();

        Map<String, String> lazy = new LazyMap<>(() -> {
            made.incrementAndGet();
            return zoneThenArea();
        });

        assertEquals(0, made.get());
        assertEquals("north", lazy.get("Zone"));
        assertEquals("east", lazy.get("Area"));
        assertEquals(1, made.get());
    }

    @Test
    void givenAMadeMap_whenCompared_thenAnswersAsThatMapDoes() {
        Map<String, String> eager = zoneThenArea();

        Map<String, String> lazy = new LazyMap<>(LazyMapTest::zoneThenArea);

        assertEquals(List.of("Zone", "Area"), List.copyOf(lazy.keySet()));
        assertEquals(eager, lazy);
        assertEquals(lazy, eager);
        assertEquals(eager.hashCode(), lazy.hashCode());
        assertEquals(eager.toString(), lazy.toString());
    }

    @Test
    void givenAnUnmodifiableMap_whenChangedInAnyWay_thenRefusedEvenWhereNothingWouldChange() {
        Map<String, String> lazy = new LazyMap<>(LazyMapTest::zoneThenArea);

        assertThrows(UnsupportedOperationException.class, () -> lazy.put("Zone", "south"));
        assertThrows(UnsupportedOperationException.class, () -> lazy.remove("Nowhere"));
        assertThrows(UnsupportedOperationException.class, () -> lazy.putIfAbsent("Zone", "south"));
        assertThrows(UnsupportedOperationException.class, () -> lazy.computeIfAbsent("Zone", key -> "south"));
        assertThrows(UnsupportedOperationException.class, () -> lazy.merge("Zone", "south", String::concat));
        assertThrows(UnsupportedOperationException.class, lazy::clear);
        assertThrows(UnsupportedOperationException.class, () -> lazy.entrySet().iterator().next().setValue("south"));
        assertEquals(zoneThenArea(), lazy);
    }

    @Test
    void givenManyThreadsAtOnce_whenTheyAllAskFirst_thenTheMapIsMadeOnceAndTheyAllGetIt() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Map<String, String[]> lazy = new LazyMap<>(() -> {
            made.incrementAndGet();
            return Map.of("Zone", new String[] {"north"});
        });
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String[]>> answers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return lazy.get("Zone");
                }));
            }
            start.countDown();
            String[] first = answers.getFirst().get();
            for (Future<String[]> answer : answers) {
                assertSame(first, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, made.get());
    }
}
