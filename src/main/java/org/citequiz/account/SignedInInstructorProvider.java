package org.citequiz.account;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Restores the identity of a browser signed in with the form: the encrypted cookie names the instructor, and
 * the account must still exist (an account removed from the database ends its sessions).
 */
@ApplicationScoped
public class SignedInInstructorProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> restore(request.getPrincipal()));
    }

    @ActivateRequestContext
    SecurityIdentity restore(String username) {
        Instructor instructor = Instructor.findByUsername(username)
                .orElseThrow(() -> new AuthenticationFailedException("Unknown instructor"));
        Panache.getEntityManager().detach(instructor);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(instructor.username))
                .addRole(InstructorIdentityProvider.ROLE)
                .addAttribute(InstructorIdentityProvider.ID_ATTRIBUTE, instructor.id)
                .build();
    }
}
