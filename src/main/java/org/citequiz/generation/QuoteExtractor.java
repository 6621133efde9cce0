package org.citequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citequiz.corpus.Span;

/**
 * Finds quotations and their speakers. Quotes may span sentences, use curly or straight marks (even mixed), or
 * lack their opening mark at the start of a paragraph. The speaker is found through a speech verb next to the
 * quote ("Ivanov said", "said the Secretary General", "he said"); pronouns and roles are resolved to a person
 * named in the three sentences before, which then become part of the cited evidence.
 */
final class QuoteExtractor {

    private static final String SPEECH = String.join("|", Lexicon.SPEECH_VERBS.stream().sorted().toList());
    private static final Pattern VERB_FIRST = Pattern.compile("^\\s*[,.]?\\s*(?:" + SPEECH + ")\\s+(.+)$", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPEAKER_FIRST = Pattern.compile(
            "^\\s*[,.]?\\s*([^,;\"“”]{1,80}?)\\s+(?:also\\s+|then\\s+)?(?:" + SPEECH + ")\\b", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(
            "([A-Z][^,;\"“”]{0,80}?|[Hh]e|[Ss]he)\\s+(?:" + SPEECH + ")(?:\\s+that)?\\s*[,:]?\\s*$", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MIN_WORDS = 6;
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\\u00A0,.\"”’]+");
    private static final Pattern ABBREVIATION_END = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Prof)\\.\\s*$");

    record Speaker(String name, int mentionSentence, boolean resolved) {
    }

    List<QuoteFact> extract(SourceText doc, List<Sentence> sentences, List<PersonFact> people) {
        List<QuoteFact> facts = new ArrayList<>();
        List<Span> paragraphs = doc.paragraphs().isEmpty() ? List.of(new Span(0, doc.text().length())) : doc.paragraphs();
        for (Span paragraph : paragraphs) {
            Speaker previous = null;
            int previousFirst = -1;
            for (int[] q : quotesIn(doc.text(), paragraph)) {
                List<Sentence> spanned = overlapping(sentences, q[0], q[1]);
                if (spanned.isEmpty()) {
                    continue;
                }
                if (q[2] == 1) {
                    // no opening mark: the quote starts after the last narrating sentence (one naming someone)
                    boolean moved = false;
                    for (int k = spanned.size() - 2; k >= 0; k--) {
                        if (QuoteExtractor.mentioned(spanned.get(k).text(), people) != null) {
                            q = new int[] {spanned.get(k + 1).start(), q[1], 1};
                            spanned = spanned.subList(k + 1, spanned.size());
                            moved = true;
                            break;
                        }
                    }
                    if (!moved) {
                        // the splitter may keep narration and quote in one passage: cut inside it instead
                        int cut = narrationEnd(doc.text(), q[0], q[1], people);
                        if (cut > q[0]) {
                            q = new int[] {cut, q[1], 1};
                        }
                    }
                }
                String quote = Prose.oneLine(doc.text().substring(q[0], q[1]));
                Speaker speaker = speakerOf(doc.text(), q, spanned, sentences, people);
                int first = spanned.get(0).index();
                if (speaker == null && previous != null && first - previousFirst <= 2) {
                    speaker = previous; // a quote continued after "X said."
                }
                if (speaker == null) {
                    continue;
                }
                previous = speaker;
                previousFirst = Math.min(first, speaker.mentionSentence);
                if (quote.split("\\s+").length < MIN_WORDS) {
                    continue;
                }
                int from = Math.min(first, speaker.mentionSentence);
                int to = spanned.get(spanned.size() - 1).index();
                List<Sentence> evidence = new ArrayList<>(sentences.subList(from, to + 1));
                String surname = PersonFact.surnameOf(speaker.name);
                if (evidence.stream().noneMatch(e -> containsWord(e.text(), surname)) && to + 1 < sentences.size()
                        && containsWord(sentences.get(to + 1).text(), surname)) {
                    evidence.add(sentences.get(to + 1));
                }
                if (evidence.stream().noneMatch(e -> containsWord(e.text(), surname))) {
                    continue; // the citation must show who is speaking
                }
                int named = evidence.get(0).index();
                String fullName = speaker.name;
                // "Santos said": reach back to the sentence giving the full name when it is close
                for (int k = named - 1; k >= Math.max(0, named - 3)
                        && evidence.stream().noneMatch(e -> e.text().contains(fullName)); k--) {
                    if (sentences.get(k).text().contains(fullName)) {
                        evidence.addAll(0, sentences.subList(k, named));
                    }
                }
                facts.add(new QuoteFact(evidence, quote, speaker.name, speaker.resolved));
            }
        }
        return facts;
    }

    /** [start, end) of each quotation's inside within a paragraph. */
    static List<int[]> quotesIn(String text, Span paragraph) {
        List<int[]> quotes = new ArrayList<>();
        int open = -1;
        boolean any = false;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (c == '“') {
                open = i + 1;
                any = true;
            } else if (c == '”' || (c == '"' && open >= 0)) {
                if (open >= 0) {
                    quotes.add(new int[] {open, i});
                    open = -1;
                } else if (!any) {
                    // closing mark with no opening one: the quote runs from the start of its line
                    int lineStart = text.lastIndexOf('\n', i) + 1;
                    quotes.add(new int[] {Math.max(paragraph.start(), lineStart), i, 1});
                }
                any = true;
            } else if (c == '"') {
                open = i + 1;
                any = true;
            }
        }
        List<int[]> trimmed = new ArrayList<>();
        for (int[] q : quotes) {
            int s = q[0];
            int e = q[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
                e--;
            }
            if (s < e) {
                trimmed.add(new int[] {s, e, q.length > 2 ? q[2] : 0});
            }
        }
        return trimmed;
    }

    /** The run of sentences (in text order) that [start, end) overlaps; empty when they are not consecutive. */
    private static List<Sentence> overlapping(List<Sentence> sentences, int start, int end) {
        List<Sentence> out = new ArrayList<>();
        // binary search for the first sentence ending after start, then walk while sentences begin before end
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sentences.size() && sentences.get(i).start() < end; i++) {
            Sentence s = sentences.get(i);
            if (s.start() < end && start < s.end()) {
                if (!out.isEmpty() && out.get(out.size() - 1).index() != s.index() - 1) {
                    return List.of();
                }
                out.add(s);
            }
        }
        return out;
    }

    private static Speaker speakerOf(String text, int[] q, List<Sentence> spanned, List<Sentence> sentences,
            List<PersonFact> people) {
        Sentence last = spanned.get(spanned.size() - 1);
        int afterClose = Math.min(q[1] + 1, last.end());
        String after = LEADING_MARKS.matcher(text.substring(afterClose, last.end())).replaceFirst("");
        if ((after.strip().length() < 6 || ABBREVIATION_END.matcher(after).find()) && last.index() + 1 < sentences.size()) {
            // "... between us," Mr. | Robertson said. — the attribution was cut off by an abbreviation
            Sentence next = sentences.get(last.index() + 1);
            after = after + " " + next.text();
        }
        // stop at the next quotation in the same sentence
        int nextQuote = indexOfQuote(after);
        if (nextQuote >= 0) {
            after = after.substring(0, nextQuote);
        }
        String candidate = null;
        Matcher m = VERB_FIRST.matcher(after);
        if (m.find()) {
            candidate = m.group(1);
        } else if ((m = SPEAKER_FIRST.matcher(after)).find()) {
            candidate = m.group(1);
        } else {
            Sentence first = spanned.get(0);
            int openAt = Math.max(first.start(), q[0] - 1);
            String before = text.substring(first.start(), openAt);
            m = SPEAKER_BEFORE.matcher(before);
            if (m.find()) {
                candidate = m.group(1);
            }
        }
        if (candidate == null) {
            return null;
        }
        return resolve(candidate.strip(), spanned.get(0), q[0], sentences, people);
    }

    private static int indexOfQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static Speaker resolve(String candidate, Sentence first, int quoteStart, List<Sentence> sentences,
            List<PersonFact> people) {
        // a person named in the attribution itself
        PersonFact named = mentioned(candidate, people);
        if (named != null) {
            return new Speaker(named.name(), first.index(), false);
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        boolean pronoun = lower.equals("he") || lower.equals("she");
        PersonFact byRole = pronoun ? null : byRole(lower, first, people);
        if (pronoun || byRole != null) {
            // the person must be named within the three sentences before, so the citation can show who it is
            for (int i = first.index(); i >= Math.max(0, first.index() - 3); i--) {
                // in the quote's own sentence only the words before the quote can name the speaker
                String text = i == first.index()
                        ? first.source().text().substring(first.start(), Math.max(first.start(), quoteStart))
                        : sentences.get(i).text();
                PersonFact last = lastMentioned(text, people, byRole);
                if (last != null) {
                    return new Speaker(last.name(), i, true);
                }
            }
            return null;
        }
        String name = PersonExtractor.cleanName(candidate.replaceAll("^(?:the|The)\\s+", ""));
        if (name != null && candidate.equals(name)) {
            return new Speaker(name, first.index(), false);
        }
        return null;
    }

    /** The person whose full name or surname appears in {@code text}; longest names first. */
    static PersonFact mentioned(String text, List<PersonFact> people) {
        PersonFact best = null;
        for (PersonFact p : people) {
            if (text.contains(p.name()) && (best == null || p.name().length() > best.name().length())) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        for (PersonFact p : people) {
            if (containsWord(text, p.surname())) {
                return p;
            }
        }
        return null;
    }

    /** Where {@code word} last occurs as a whole word ("Berg" is not in "Bergen"), or -1. */
    static int lastWordIndex(String text, String word) {
        for (int at = text.lastIndexOf(word); at >= 0; at = at == 0 ? -1 : text.lastIndexOf(word, at - 1)) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            if (startOk && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static PersonFact lastMentioned(String text, List<PersonFact> people, PersonFact only) {
        PersonFact best = null;
        int bestAt = -1;
        for (PersonFact p : people) {
            if (only != null && !only.surname().equals(p.surname())) {
                continue;
            }
            int at = lastWordIndex(text, p.surname());
            if (at > bestAt) {
                best = p;
                bestAt = at;
            }
        }
        return best;
    }

    private static PersonFact byRole(String lower, Sentence first, List<PersonFact> people) {
        String key = lower.replaceAll("^the\\s+", "").replace('-', ' ');
        PersonFact found = null;
        for (PersonFact p : people) {
            if (p.sentence().documentId() != first.documentId()) {
                continue;
            }
            String role = p.roleKey();
            if (key.startsWith(role) || key.equals(role) || (p.qualifier() + " " + role).toLowerCase(Locale.ROOT).replace('-', ' ').equals(key)) {
                if (found != null && !found.surname().equals(p.surname())) {
                    return null; // two people hold that role in the document: ambiguous
                }
                found = p;
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern BOUNDARY = java.util.regex.Pattern.compile("[.!?]\\s+(?=\\p{Lu})");

    /** Where a quote without its opening mark begins when narration naming someone precedes it in one passage. */
    static int narrationEnd(String text, int start, int end, List<PersonFact> people) {
        java.util.regex.Matcher m = BOUNDARY.matcher(text).region(start, end);
        int cut = -1;
        while (m.find()) {
            if (mentioned(text.substring(start, m.start() + 1), people) != null) {
                cut = m.end();
            }
        }
        return cut;
    }
}
