package org.citequiz.game;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** What clients send: JSON bodies for the API, form records for the pages. */
public final class GameRequests {

    private GameRequests() {
    }

    public record NewGame(@NotNull Long setId, Long classId,
            @NotNull @Min(1) @Max(50) Integer questionCount,
            @NotNull @Min(5) @Max(300) Integer secondsPerQuestion,
            Boolean speedPoints, Boolean streakBonus) {

        GameService.NewGame toCommand() {
            return new GameService.NewGame(setId, classId, questionCount, secondsPerQuestion,
                    speedPoints == null || speedPoints, streakBonus != null && streakBonus);
        }
    }

    public record Join(@NotBlank @Size(max = 12) String pin, @Size(max = 60) String name) {
    }

    public record Answer(@NotNull Long questionId, @NotBlank @Size(max = 2000) String response) {
    }

    /** The host's new-game form. */
    public record NewGameForm(@RestForm Long setId, @RestForm String classId, @RestForm Integer questionCount,
            @RestForm Integer secondsPerQuestion, @RestForm String speedPoints, @RestForm String streakBonus) {

        NewGame toRequest() {
            if (setId == null) {
                throw org.citequiz.web.ProblemException.badRequest("Choose a question set.");
            }
            Long clazz = classId == null || classId.isBlank() ? null : parseId(classId);
            return new NewGame(setId, clazz, questionCount == null ? 10 : questionCount,
                    secondsPerQuestion == null ? 20 : secondsPerQuestion, speedPoints != null, streakBonus != null);
        }

        private static Long parseId(String s) {
            try {
                return Long.valueOf(s.strip());
            } catch (NumberFormatException e) {
                throw org.citequiz.web.ProblemException.badRequest("Choose a class from the list.");
            }
        }
    }

    /** The player's join form. */
    public record JoinForm(@RestForm String pin, @RestForm String name) {
    }

    /** One tap on a choice. */
    public record AnswerForm(@RestForm Long questionId, @RestForm String response) {
    }
}
