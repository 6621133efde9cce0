package org.citequiz.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.citequiz.web.ProblemException;

/** Instructor accounts: an instructor invites another by creating an account with an initial password. */
@ApplicationScoped
@Transactional
public class InstructorAccounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;

    public record Invitation(String username, String password, String displayName) {
    }

    public record AccountSummary(long id, String username, String displayName) {
        static AccountSummary of(Instructor i) {
            return new AccountSummary(i.id, i.username, i.displayName);
        }
    }

    /** Creates the account, or throws a 400/409 problem saying what to change; nothing is stored then. */
    public AccountSummary invite(Invitation invitation) {
        String username = invitation.username() == null ? "" : invitation.username().strip().toLowerCase(Locale.ROOT);
        String password = invitation.password() == null ? "" : invitation.password();
        if (!USERNAME.matcher(username).matches()) {
            throw ProblemException.badRequest("A username has 3 to 64 characters: lower-case letters, digits, '.', '_' "
                    + "or '-', starting with a letter or digit.");
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ProblemException.badRequest("The initial password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters.");
        }
        if (Instructor.count("lower(username) = ?1", username) > 0) {
            throw ProblemException.conflict("The username '" + username + "' is taken.");
        }
        String displayName = invitation.displayName() == null || invitation.displayName().isBlank() ? username
                : invitation.displayName().strip();
        if (displayName.length() > 120) {
            throw ProblemException.badRequest("The display name may have at most 120 characters.");
        }
        return AccountSummary.of(InstructorBootstrap.create(username, password, displayName));
    }

    public List<AccountSummary> list() {
        return Instructor.<Instructor>list("order by username").stream().map(AccountSummary::of).toList();
    }
}
