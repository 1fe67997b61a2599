package org.selene.account.api.admin;

import jakarta.batch.runtime.Metric;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.batch.BatchJobs;
import org.selene.domain.account.AdminRole;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.TreeMap;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * Batch jobs for the operator (role admin): list executions with status, times and counts, start
 * a job with parameters, restart a failed execution. Anonymous → 401, signed in without the role → 403.
 */
@Path("admin/jobs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@AccountAuthenticated
public class AdminJobsResource {

    @Inject
    AuthenticatedAccount caller;

    @Inject
    AdminRole admins;

    @Inject
    BatchJobs jobs;

    /** Listed executions when no limit is asked, and the most that may be. */
    static final int DEFAULT_LISTED = 100;
    static final int MAX_LISTED = 1000;

    /** The job names and the newest executions, at most {@code limit} (1 to 1000, default 100). */
    @GET
    public JsonObject list(@QueryParam("limit") String limit) {
        admins.requireAdmin(caller.id());
        int newest = DEFAULT_LISTED;
        if (limit != null) {
            try {
                newest = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                newest = 0;
            }
            if (newest < 1 || newest > MAX_LISTED) {
                throw DomainException.badRequest("limit: a whole number from 1 to " + MAX_LISTED);
            }
        }
        JsonArrayBuilder executions = JSON.createArrayBuilder();
        jobs.executions(newest).forEach(e -> executions.add(wire(e)));
        JsonArrayBuilder names = JSON.createArrayBuilder();
        BatchJobs.JOBS.forEach(names::add);
        return JSON.createObjectBuilder().add("jobs", names).add("executions", executions).build();
    }

    @GET
    @Path("executions/{id}")
    public JsonObject execution(@PathParam("id") long id) {
        admins.requireAdmin(caller.id());
        return wire(jobs.execution(id));
    }

    /** Body: the job parameters as a JSON object of strings (or none). */
    @POST
    @Path("{job}")
    @Consumes(MediaType.WILDCARD)
    public Response start(@PathParam("job") String job, String body) {
        admins.requireAdmin(caller.id());
        long id = jobs.start(job, parameters(body));
        return Response.accepted(JSON.createObjectBuilder().add("executionId", id).build()).build();
    }

    @POST
    @Path("executions/{id}/restart")
    @Consumes(MediaType.WILDCARD)
    public Response restart(@PathParam("id") long id, String body) {
        admins.requireAdmin(caller.id());
        long restarted = jobs.restart(id, parameters(body));
        return Response.accepted(JSON.createObjectBuilder().add("executionId", restarted).build()).build();
    }

    private static Properties parameters(String body) {
        Properties parameters = new Properties();
        if (body == null || body.isBlank()) {
            return parameters;
        }
        JsonObject object = JsonBody.parseObject(body);
        for (var e : object.entrySet()) {
            if (!(e.getValue() instanceof JsonString value)) {
                throw DomainException.badRequest(e.getKey() + ": job parameters must be strings");
            }
            parameters.setProperty(e.getKey(), value.getString());
        }
        return parameters;
    }

    private static JsonObject wire(BatchJobs.ExecutionView e) {
        JsonObjectBuilder parameters = JSON.createObjectBuilder();
        if (e.parameters() != null) {
            new TreeMap<>(e.parameters()).forEach((k, v) -> parameters.add(k.toString(), v.toString()));
        }
        JsonArrayBuilder steps = JSON.createArrayBuilder();
        for (BatchJobs.StepView s : e.steps()) {
            JsonObjectBuilder metrics = JSON.createObjectBuilder();
            s.metrics().forEach((type, value) -> metrics.add(type.name(), value));
            steps.add(JSON.createObjectBuilder().add("name", s.name()).add("batchStatus", s.batchStatus())
                    .add("exitStatus", text(s.exitStatus())).add("start", time(s.start())).add("end", time(s.end())).add("metrics", metrics));
        }
        return JSON.createObjectBuilder()
                .add("executionId", e.executionId())
                .add("jobName", e.jobName())
                .add("batchStatus", e.batchStatus())
                .add("exitStatus", text(e.exitStatus()))
                .add("start", time(e.start()))
                .add("end", time(e.end()))
                .add("readCount", e.count(Metric.MetricType.READ_COUNT))
                .add("writeCount", e.count(Metric.MetricType.WRITE_COUNT))
                .add("parameters", parameters)
                .add("restartable", e.restartable())
                .add("steps", steps)
                .build();
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }

    private static JsonValue time(Date value) {
        return value == null ? JsonValue.NULL : JSON.createValue(DateTimeFormatter.ISO_INSTANT.format(value.toInstant().atOffset(ZoneOffset.UTC)));
    }
}
