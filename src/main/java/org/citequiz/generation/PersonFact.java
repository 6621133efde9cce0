package org.citequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person named with a role: "Defense Minister Sergei Ivanov", "Russia's ambassador to NATO, Dmitry Rogozin".
 *
 * @param role the role as written, title case kept ("Foreign Minister", "ambassador to NATO")
 * @param qualifier whose role it is ("Russian", "NATO", "Russia's"), empty when the text does not say
 * @param year the year the role is held in (publication year; 0 when unknown)
 */
record PersonFact(Sentence sentence, int start, int end, String name, String role, String qualifier, int year)
        implements Fact {

    @Override
    public String kind() {
        return "PERSON";
    }

    @Override
    public String answer() {
        return name;
    }

    String surname() {
        return surnameOf(name);
    }

    static String surnameOf(String name) {
        String[] parts = name.split(" ");
        return parts[parts.length - 1];
    }

    /** Same role whatever the spelling: "Secretary-General" = "Secretary General", "Defence" = "Defense". */
    String roleKey() {
        return role.toLowerCase(Locale.ROOT).replace('-', ' ').replace("defence", "defense")
                .replace("minister of foreign affairs", "foreign minister");
    }

    String qualifierKey() {
        String q = qualifier.replaceAll("['’]s$", "");
        String country = Lexicon.DEMONYMS.get(q);
        return (country != null ? country : q).toLowerCase(Locale.ROOT);
    }

    static List<String> variantsOf(String name) {
        List<String> v = new ArrayList<>();
        String[] parts = name.split(" ");
        if (parts.length >= 2) {
            v.add(parts[parts.length - 1]);
        }
        if (parts.length >= 3) {
            v.add(parts[parts.length - 2] + " " + parts[parts.length - 1]);
            v.add(parts[0] + " " + parts[parts.length - 1]);
        }
        return v;
    }
}
