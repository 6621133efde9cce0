package org.citequiz.generation;

/**
 * An acronym with its expansion: "NATO-Russia Council (NRC)", "Shanghai Cooperation Organization, or SCO".
 *
 * @param start where the expansion starts in the stored text
 * @param end where the expansion ends
 */
record AcronymFact(Sentence sentence, int start, int end, String acronym, String expansion) implements Fact {

    @Override
    public String kind() {
        return "ACRONYM";
    }

    @Override
    public String answer() {
        return expansion;
    }
}
