package org.citequiz.account;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The signed-in instructor of the current request. */
@RequestScoped
public class CurrentInstructor {

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous() && identity.hasRole(InstructorIdentityProvider.ROLE);
    }

    public long id() {
        Long id = identity.getAttribute(InstructorIdentityProvider.ID_ATTRIBUTE);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }
}
