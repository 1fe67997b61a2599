package org.selene.domain.upstream;

import org.selene.domain.shared.DomainException;

/** The upstream failed (5xx), was unreachable or too slow: 502, and what circuit breakers count. */
public class UpstreamFailure extends DomainException {

    public UpstreamFailure(String message) {
        super(502, message);
    }
}
