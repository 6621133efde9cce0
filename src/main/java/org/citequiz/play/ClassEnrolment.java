package org.citequiz.play;

/**
 * Joins a learner to a class by its join code. Implemented by the classroom feature; play only knows this
 * interface so that it does not depend on what comes after it.
 */
public interface ClassEnrolment {

    /**
     * Enrols the learner (or confirms an existing membership) in the class with this code, under the learner's
     * display name, and returns the class id.
     *
     * @throws org.citequiz.web.ProblemException when the code is unknown, the class is closed, or the name is
     *         refused or already taken in that class
     */
    long enrol(Learner learner, String classCode);
}
