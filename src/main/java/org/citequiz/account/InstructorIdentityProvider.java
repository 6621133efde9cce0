package org.citequiz.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * Checks instructor credentials (HTTP Basic for API clients, form sign-in for browsers) against the
 * bcrypt hashes in the database. quarkus-security-jpa is not available for this Quarkus version.
 */
@ApplicationScoped
public class InstructorIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String ROLE = "instructor";
    /** Attribute holding the instructor's database id on the security identity. */
    public static final String ID_ATTRIBUTE = "instructorId";

    @Inject
    SignInThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    @ActivateRequestContext
    SecurityIdentity verify(String username, String password) {
        if (throttle.isLocked(username)) {
            throw new AuthenticationFailedException("Too many failed sign-ins; try again later");
        }
        Instructor instructor = Instructor.findByUsername(username).orElse(null);
        if (instructor == null || !BcryptUtil.matches(password, instructor.passwordHash)) {
            throttle.failed(username);
            throw new AuthenticationFailedException("Invalid credentials");
        }
        throttle.succeeded(username);
        Panache.getEntityManager().detach(instructor);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(instructor.username))
                .addRole(ROLE)
                .addAttribute(ID_ATTRIBUTE, instructor.id)
                .build();
    }
}
