package org.selene.web.session;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Routes that need a signed-in person (cookies seleneAccess / seleneRefresh). With
 * {@code optional = true} an anonymous caller passes through and {@link AuthenticatedAccount}
 * stays empty; bad or expired cookies are still refused.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AccountAuthenticated {
    boolean optional() default false;
}
