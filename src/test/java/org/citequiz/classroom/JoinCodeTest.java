package org.citequiz.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void codesAreSixCharactersWithoutLookAlikes() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = JoinCode.random(random);
            assertEquals(6, code.length());
            assertTrue(code.chars().noneMatch(c -> c == '0' || c == 'O' || c == '1' || c == 'I'), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 1990, "codes should rarely repeat");
    }

    @Test
    void typedCodesAreNormalised() {
        assertEquals(Optional.of("ABC234"), JoinCode.normalize(" abc-234 "));
        assertEquals(Optional.empty(), JoinCode.normalize("ABC10O"));
        assertEquals(Optional.empty(), JoinCode.normalize("ABC"));
        assertEquals(Optional.empty(), JoinCode.normalize(null));
    }
}
