package dev.connectsim.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestNameTest {

    private static final List<String> QUEUES = List.of("BasicQueue", "SupportQueue", "EmptyQueue");

    @Test
    void aTypoIsMatchedToTheClosestCandidateIgnoringCase() {
        assertEquals(Optional.of("BasicQueue"), NearestName.in(QUEUES, "basicqeue"));
        assertEquals(Optional.of("SupportQueue"), NearestName.in(QUEUES, "SUPORTQUEUE"));
    }

    @Test
    void anExactNameIsItsOwnNearestName() {
        assertEquals(Optional.of("EmptyQueue"), NearestName.in(QUEUES, "EmptyQueue"));
    }

    @Test
    void aNameFarFromEveryCandidateHasNoNearestName() {
        assertEquals(Optional.empty(), NearestName.in(QUEUES, "Overflow"));
    }

    @Test
    void thereIsNoNearestNameAmongNoCandidates() {
        assertEquals(Optional.empty(), NearestName.in(List.of(), "BasicQueue"));
    }

    @Test
    void aLongNameMayBeOffByHalfItsLength() {
        assertEquals(Optional.of("abcdeVWXYZ"), NearestName.in(List.of("abcdeVWXYZ"), "abcdefghij"));
        assertEquals(Optional.empty(), NearestName.in(List.of("abcdUVWXYZ"), "abcdefghij"));
    }

    @Test
    void aShortNameMayStillBeOffByTwo() {
        assertEquals(Optional.of("xy"), NearestName.in(List.of("xy"), "ab"));
        assertEquals(Optional.of("bob"), NearestName.in(List.of("bob"), "b"));
        assertEquals(Optional.empty(), NearestName.in(List.of("xyz"), "abc"));
    }

    @Test
    void equallyCloseCandidatesAreDecidedByNaturalOrder() {
        assertEquals(Optional.of("c-18"), NearestName.in(List.of("c-19", "c-18"), "c-1x"));
        assertEquals(Optional.of("c-18"), NearestName.in(Set.of("c-18", "c-19"), "c-1x"));
    }

    @Test
    void theHintQuotesTheCandidateAsItIsWritten() {
        assertEquals(" (did you mean 'BasicQueue'?)", NearestName.hint(QUEUES, "basicqueu"));
    }

    @Test
    void thereIsNoHintWhenNoCandidateIsClose() {
        assertEquals("", NearestName.hint(QUEUES, "Overflow"));
    }

    @ParameterizedTest(name = "{0} to {1} is {2}")
    @CsvSource({
        "kitten, sitting, 3",
        "flaw, lawn, 2",
        "'', abc, 3",
        "abc, '', 3",
        "same, same, 0",
        "ab, ba, 2"
    })
    void theDistanceIsTheNumberOfSingleCharacterEdits(String a, String b, int expected) {
        assertEquals(expected, NearestName.distance(a, b));
    }
}
