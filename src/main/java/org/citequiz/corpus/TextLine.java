package org.citequiz.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a text: [start, end) without surrounding whitespace, and the number of the block
 * (run of lines between blank lines) it belongs to.
 */
record TextLine(int start, int end, int block) {

    String of(String text) {
        return text.substring(start, end);
    }

    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int block = 0;
        boolean blankSinceLast = false;
        int pos = 0;
        while (pos <= text.length()) {
            int newline = text.indexOf('\n', pos);
            int lineEnd = newline < 0 ? text.length() : newline;
            int start = pos;
            int end = lineEnd;
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                if (blankSinceLast && !lines.isEmpty()) {
                    block++;
                }
                lines.add(new TextLine(start, end, block));
                blankSinceLast = false;
            } else {
                blankSinceLast = true;
            }
            if (newline < 0) {
                break;
            }
            pos = newline + 1;
        }
        return lines;
    }

    /** Whitespace including the no-break spaces that pasted web text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
