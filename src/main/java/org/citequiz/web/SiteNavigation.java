package org.citequiz.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citequiz.account.InstructorIdentityProvider;

/** What the site header offers the current visitor: the instructor's own pages only to a signed-in instructor. */
@Named("site")
@RequestScoped
public class SiteNavigation {

    @Inject
    SecurityIdentity identity;

    public boolean isInstructor() {
        return !identity.isAnonymous() && identity.hasRole(InstructorIdentityProvider.ROLE);
    }
}
