package org.citequiz.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DisplayNameTest {

    @Test
    void caseAccentsAndSpacesFoldToOneKey() {
        assertEquals(DisplayName.key("zoe smith"), DisplayName.key("  Zoë   SMITH "));
        assertEquals(DisplayName.key("Jose"), DisplayName.key("José"));
        assertNotEquals(DisplayName.key("Jo"), DisplayName.key("Joe"));
    }

    @Test
    void ordinaryNamesPass() {
        for (String name : new String[] { "Ann", "Zoë Smith", "Scunthorpe United", "Cassius", "李小龙", "Dick" }) {
            assertNull(DisplayName.refusal(name), name);
        }
    }

    @Test
    void offensiveWordsAreRefusedAsWholeFoldedWords() {
        for (String name : new String[] { "fuck", "Big SHIT", "sh1t head", "f-u-c-k", "Bitch", "Wänker" }) {
            assertNotNull(DisplayName.refusal(name), name);
        }
    }

    @Test
    void blankAndOverLongNamesAreRefused() {
        assertNotNull(DisplayName.refusal("   "));
        assertNull(DisplayName.refusal("a".repeat(40)));
        assertNotNull(DisplayName.refusal("a".repeat(41)));
    }
}
