package org.citequiz.classroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request and response shapes of the class API and pages. */
public final class ClassViews {

    private ClassViews() {
    }

    public record NewClass(@NotBlank @Size(max = 120) String name) {
    }

    public record ClassCreated(long id, String name, String code) {
        static ClassCreated of(SchoolClass c) {
            return new ClassCreated(c.id, c.name, c.code);
        }
    }

    public record ClassSummary(long id, String name, String code, boolean closed, String joinPath) {
        static ClassSummary of(SchoolClass c) {
            return new ClassSummary(c.id, c.name, c.code, c.closed, c.joinPath());
        }
    }

    public record Member(long id, String displayName, java.time.Instant joinedAt) {
        static Member of(ClassMembership m) {
            return new Member(m.id, m.displayName, m.joinedAt);
        }
    }
}
