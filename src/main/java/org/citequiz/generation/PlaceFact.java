package org.citequiz.generation;

/**
 * A place tied to an event: "a summit in Rome", "the Brussels meeting", "met in Geneva".
 *
 * @param place the place as written
 * @param event the event noun ("summit", "conference")
 * @param type "city", "country" or "place"
 */
record PlaceFact(Sentence sentence, int start, int end, String place, String event, String type) implements Fact {

    @Override
    public String kind() {
        return "PLACE";
    }

    @Override
    public String answer() {
        return place;
    }
}
