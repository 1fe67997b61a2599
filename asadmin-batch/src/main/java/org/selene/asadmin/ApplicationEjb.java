package org.selene.asadmin;

import org.glassfish.api.ActionReport;

import javax.naming.InitialContext;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;

/**
 * A command lives in the server, outside the application's class loader: it reaches one of the
 * application's no-interface EJBs by its global JNDI name and calls it with JDK types only.
 */
final class ApplicationEjb {

    private ApplicationEjb() {
    }

    /** The method's result; on failure empty, with the report saying "{@code failure}: why". */
    static Optional<Object> call(ActionReport report, String failure, String jndi, String method, Class<?>[] types, Object... arguments) {
        try {
            Object ejb = new InitialContext().lookup(jndi);
            return Optional.ofNullable(ejb.getClass().getMethod(method, types).invoke(ejb, arguments));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            while (cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            report.setMessage(failure + ": " + cause.getMessage());
        } catch (Exception e) {
            report.setMessage(failure + ": the application is not deployed or not ready (" + e + ")");
        }
        report.setActionExitCode(ActionReport.ExitCode.FAILURE);
        return Optional.empty();
    }
}
