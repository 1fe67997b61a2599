import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for the device API. Pairs N devices against a running server (the code through
 * the real device routes, the person's side through JDBC until the account API pairs them), then
 * drives each case for a fixed time (activation needs the person's side, so only the code
 * request of pairing is driven) at concurrency 1, 8 and 32 and prints req/s, p50 and p99.
 *
 * Usage (see bench/README.md):
 *   java -cp postgresql.jar bench/DeviceLoad.java [baseUrl] [jdbcUrl] [seconds] [devices]
 */
public class DeviceLoad {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");

    record Device(String uuid, String access) {
    }

    record Case(String name, Function<Device, HttpRequest> request, int expected) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:15432/selene?user=postgres";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int deviceCount = args.length > 3 ? Integer.parseInt(args[3]) : 64;

        List<Device> devices = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc)) {
            for (int i = 0; i < deviceCount; i++) {
                devices.add(pair(base, db));
            }
        }
        for (Device d : devices) {
            send(put(base + "/v1/device/" + d.uuid() + "/skillJson", d, "{\"skills\":[{\"name\":\"weather\",\"origin\":\"msm\",\"installation\":\"installed\",\"status\":\"active\",\"beta\":false,\"installed\":0,\"updated\":0,\"skill_gid\":\"weather-skill|21.02\"}]}"));
        }
        Map<String, String> etags = new java.util.concurrent.ConcurrentHashMap<>();
        for (Device d : devices) {
            for (String r : List.of("/setting", "/location", "/skill/settings")) {
                etags.put(d.uuid() + r, send(get(base + "/v1/device/" + d.uuid() + r, d, null)).headers().firstValue("ETag").orElse(""));
            }
        }
        String meta = "{\"skill_gid\":\"weather-skill|21.02\",\"display_name\":\"Weather\",\"skillMetadata\":{\"sections\":[{\"name\":\"s\",\"fields\":[{\"name\":\"units\",\"type\":\"text\",\"label\":\"Units\",\"value\":\"metric\"}]}]}}";
        List<Case> cases = new ArrayList<>();
        for (String r : List.of("/setting", "/location", "/skill/settings")) {
            cases.add(new Case("GET " + r, d -> get(base + "/v1/device/" + d.uuid() + r, d, null), 200));
            cases.add(new Case("GET " + r + " (If-None-Match)", d -> get(base + "/v1/device/" + d.uuid() + r, d, etags.get(d.uuid() + r)), 304));
        }
        cases.add(new Case("PUT /settingsMeta", d -> put(base + "/v1/device/" + d.uuid() + "/settingsMeta", d, meta), 204));
        cases.add(new Case("POST /metric/timing", d -> HttpRequest.newBuilder(URI.create(base + "/v1/device/" + d.uuid() + "/metric/timing"))
                .header("Authorization", "Bearer " + d.access()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + UUID.randomUUID() + "\",\"system\":\"stt\",\"time\":0.2}")).build(), 204));
        cases.add(new Case("GET /device/code (pairing code)", d -> HttpRequest.newBuilder(URI.create(base + "/v1/device/code?state=" + UUID.randomUUID())).GET().build(), 200));

        StringBuilder report = new StringBuilder("| case | concurrency | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n");
        for (Case c : cases) {
            for (int concurrency : new int[]{1, 8, 32}) {
                String line = run(c, devices, concurrency, seconds);
                System.out.println(line);
                report.append(line).append('\n');
            }
        }
        Path out = Path.of("bench", "results-" + java.time.LocalDate.now() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println("written to " + out);
    }

    static String run(Case c, List<Device> devices, int concurrency, int seconds) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            final int worker = t;
            futures.add(pool.submit(() -> {
                long[] samples = new long[1 << 20];
                int n = 0;
                int i = worker;
                while (System.nanoTime() < end && n < samples.length) {
                    Device d = devices.get(i++ % devices.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = CLIENT.send(c.request().apply(d), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != c.expected()) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    samples[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(samples, n);
            }));
        }
        for (var f : futures) {
            latencies.add(f.get());
        }
        pool.shutdown();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double rps = all.length / (double) seconds;
        return String.format("| %s | %d | %.0f | %.1f | %.1f | %d |", c.name(), concurrency, rps,
                all.length == 0 ? 0 : all[all.length / 2] / 1e6, all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6, errors.get());
    }

    static Device pair(String base, Connection db) throws Exception {
        String state = UUID.randomUUID().toString();
        String code = send(HttpRequest.newBuilder(URI.create(base + "/v1/device/code?state=" + state)).GET().build()).body();
        String pairingCode = field(code, "code");
        String token = field(code, "token");
        UUID account = UUID.randomUUID();
        UUID device = UUID.randomUUID();
        exec(db, "INSERT INTO account.account (id, email_address) VALUES (?, ?)", account, account + "@bench.invalid");
        exec(db, "INSERT INTO geography.country (iso_code, name) VALUES ('US', 'United States') ON CONFLICT DO NOTHING");
        exec(db, "INSERT INTO geography.region (country_id, region_code, name) SELECT id, 'US.MO', 'Missouri' FROM geography.country WHERE iso_code = 'US' ON CONFLICT DO NOTHING");
        exec(db, "INSERT INTO geography.timezone (country_id, name, gmt_offset, dst_offset) SELECT id, 'America/Chicago', -6, -5 FROM geography.country WHERE iso_code = 'US' ON CONFLICT DO NOTHING");
        exec(db, "INSERT INTO geography.city (region_id, timezone_id, name, latitude, longitude) SELECT r.id, t.id, 'Kansas City', 39.1, -94.6 FROM geography.region r, geography.timezone t "
                + "WHERE r.region_code = 'US.MO' AND t.name = 'America/Chicago' AND NOT EXISTS (SELECT 1 FROM geography.city WHERE name = 'Kansas City' AND region_id = r.id)");
        exec(db, "INSERT INTO device.geography (account_id, country_id, region_id, city_id, timezone_id) SELECT ?, c.country_id, c.region_id, c.id, c.timezone_id FROM "
                + "(SELECT ci.id, r.country_id, ci.region_id, ci.timezone_id FROM geography.city ci JOIN geography.region r ON r.id = ci.region_id WHERE ci.name = 'Kansas City' AND r.region_code = 'US.MO' LIMIT 1) c", account);
        exec(db, "INSERT INTO device.device (id, account_id, name, wake_word_id, text_to_speech_id, geography_id) SELECT ?, ?, ?, "
                + "(SELECT id FROM wake_word.wake_word LIMIT 1), (SELECT id FROM device.text_to_speech WHERE setting_name = 'ap'), g.id FROM device.geography g WHERE g.account_id = ?",
                device, account, "bench-" + device, account);
        exec(db, "UPDATE device.pairing_code SET device_id = ? WHERE code = ?", device, pairingCode);
        String login = send(HttpRequest.newBuilder(URI.create(base + "/v1/device/activate")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\",\"state\":\"" + state + "\"}")).build()).body();
        return new Device(field(login, "uuid"), field(login, "accessToken"));
    }

    static HttpRequest get(String url, Device d, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + d.access()).GET();
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return b.build();
    }

    static HttpRequest put(String url, Device d, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + d.access())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    static void exec(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
