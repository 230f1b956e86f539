package org.eduaid.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ByIdsTest {

    @Test
    void idsAreAskedForOnceEachInSlicesOfAHundred() {
        List<Integer> ids = IntStream.range(0, 250).boxed().toList();
        List<Integer> withRepeats = IntStream.range(0, 500).map(i -> i % 250).boxed().toList();

        List<List<Integer>> slices = ByIds.slices(withRepeats);

        assertThat(slices).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(slices.stream().flatMap(List::stream).toList()).isEqualTo(ids);
        assertThat(ByIds.slices(List.of())).isEmpty();
    }
}
