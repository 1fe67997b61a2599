package org.selene.account.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A UUID path parameter whose malformed value names nothing of the caller's: 404 with this
 * message, like an unknown id (see {@link UuidParameters}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface NotFoundIfMalformed {
    String value();
}
