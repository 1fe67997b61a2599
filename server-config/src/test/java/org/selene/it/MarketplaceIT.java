package org.selene.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The skill marketplace API (docs/web-apis.md §4) over the imported catalogue. */
@SeleneIT
class MarketplaceIT {

    @BeforeAll
    static void catalogue() throws InterruptedException {
        BatchJobsClient.awaitFirstSkillImport();
    }

    static String marketId(String gid) {
        return Db.scalar("SELECT d.id FROM skill.display d JOIN skill.skill s ON s.id = d.skill_id WHERE s.skill_gid = ? AND d.core_version = '21.02'", gid).toString();
    }

    /** A paired device whose manifest lists the installer skill (settings not uploaded yet). */
    static DeviceFixture.Paired deviceWithInstaller() {
        DeviceFixture.Paired device = DeviceFixture.pair();
        Http.put(device.path("/skillJson"), DeviceSkillsIT.manifest(DeviceSkillsIT.entry("mycroft-installer", "mycroft-installer|21.02", "default", 0)),
                "Authorization", device.bearer()).assertStatus(200);
        return device;
    }

    @Test
    void availableListsThe2102CatalogueSortedInSelenesShape() throws Exception {
        JsonArray skills = Http.get("/market/api/skills/available").assertStatus(200).object().getJsonArray("skills");
        List<String> names = skills.stream().map(s -> s.asJsonObject().getString("displayName")).toList();
        // every skill of the bundled 21.02 catalogue, by the display name the catalogue gives it
        Set<String> catalogue = new TreeSet<>();
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("../batch-jobs/src/main/data/skills/skill-metadata-21.02.json"))) {
            jakarta.json.Json.createReader(in).readObject().values().forEach(v -> catalogue.add(v.asJsonObject().getString("display_name")));
        }
        assertEquals(78, catalogue.size());
        assertTrue(names.containsAll(catalogue), "missing: " + catalogue.stream().filter(n -> !names.contains(n)).toList());
        assertEquals(names.stream().sorted().toList(), names);
        JsonObject unknown = skills.stream().map(JsonValue::asJsonObject).filter(s -> s.getString("id").equals(marketId("fallback-unknown|21.02"))).findFirst().orElseThrow();
        assertEquals("Unknown Handler", unknown.getString("displayName"));
        assertEquals("question", unknown.getJsonObject("icon").getString("icon"));
        assertEquals(JsonValue.NULL, unknown.get("iconImage"));
        assertTrue(unknown.getBoolean("isMycroftMade"));
        assertTrue(unknown.getBoolean("isSystemSkill"));
        assertEquals("Configuration", unknown.getString("marketCategory"));
        assertEquals("Capture unrecognized _Utterances_", unknown.getString("summary"));
        assertEquals("How do I make my guava blue?", unknown.getString("trigger"));
    }

    @Test
    void searchMatchesTextSubstringsOrWholeTagsWhateverTheParameterIsCalled() {
        JsonArray byTitle = Http.get("/market/api/skills/available?search=UNKNOWN%20hand").assertStatus(200).object().getJsonArray("skills");
        assertTrue(byTitle.stream().anyMatch(s -> s.asJsonObject().getString("displayName").equals("Unknown Handler")), byTitle.toString());
        JsonArray byTag = Http.get("/market/api/skills/available?q=fallback").assertStatus(200).object().getJsonArray("skills");
        assertTrue(byTag.stream().anyMatch(s -> s.asJsonObject().getString("displayName").equals("Unknown Handler")));
        assertEquals(0, Http.get("/market/api/skills/available?search=zzzz-no-such-skill").assertStatus(200).object().getJsonArray("skills").size());
    }

    @Test
    void detailRendersMarkdownToSanitisedHtmlAndReKeysNestedKeys() {
        JsonObject detail = Http.get("/market/api/skills/" + marketId("fallback-unknown|21.02")).assertStatus(200).object();
        assertEquals("<p>Capture unrecognized <em>Utterances</em></p>", detail.getString("summary"));
        assertTrue(detail.getString("description").contains("<a href=\"https://home.mycroft.ai/#/setting/basic#opendataset\""), detail.getString("description"));
        assertEquals("MycroftAI", detail.getJsonArray("credits").getJsonObject(0).getString("githubId"));
        assertEquals("https://github.com/MycroftAI/fallback-unknown", detail.getString("repositoryUrl"));
        assertTrue(detail.getBoolean("worksOnMarkOne") && detail.getBoolean("worksOnKDE") && detail.getBoolean("worksOnPicroft") && detail.getBoolean("worksOnMarkTwo"));
        assertEquals(3, detail.getJsonArray("triggers").size());
        assertFalse(detail.containsKey("id"));
    }

    @Test
    void hostileMarkdownInTheCatalogueIsNeutralised() {
        String gid = "hostile-" + UUID.randomUUID() + "|21.02";
        Db.update("INSERT INTO skill.skill (skill_gid, family_name) VALUES (?, 'hostile')", gid);
        Db.update("INSERT INTO skill.display (skill_id, core_version, display_data) SELECT id, '21.02', CAST(? AS json) FROM skill.skill WHERE skill_gid = ?",
                "{\"name\":\"hostile\",\"display_name\":\"Hostile\",\"short_desc\":\"Use **bold** <script>alert(1)</script>\","
                        + "\"description\":\"[click](javascript:alert) <img src=x onerror=alert(1)>\",\"platforms\":[\"platform_mark2\"]}", gid);
        try {
            JsonObject detail = Http.get("/market/api/skills/" + marketId(gid)).assertStatus(200).object();
            String html = detail.getString("summary") + detail.getString("description");
            assertFalse(html.contains("<script") || html.contains("href=\"javascript") || html.contains("<img"), html);
            assertTrue(detail.getString("summary").contains("<strong>bold</strong>"), html);
            assertTrue(detail.getBoolean("worksOnMarkTwo"));
            assertFalse(detail.getBoolean("worksOnMarkOne"));
        } finally {
            // the catalogue counts of the other tests stay those of the bundled snapshots
            Db.update("DELETE FROM skill.display WHERE skill_id = (SELECT id FROM skill.skill WHERE skill_gid = ?)", gid);
            Db.update("DELETE FROM skill.skill WHERE skill_gid = ?", gid);
        }
    }

    @Test
    void unknownOrMalformedIdsAre404Json_Selene500Fixed() {
        Http.get("/market/api/skills/" + UUID.randomUUID()).assertJsonError(404);
        Http.get("/market/api/skills/not-a-uuid").assertJsonError(404);
    }

    @Test
    void statusIs204AnonymousAndAggregatesTheAccountsDevicesWhenSignedIn() {
        Http.get("/market/api/skills/status").assertStatus(204);
        MarketSession.SignedIn person = MarketSession.newAccount();
        UUID kitchen = DeviceFixture.newDevice(person.accountId(), "kitchen");
        UUID office = DeviceFixture.newDevice(person.accountId(), "office");
        UUID weather = (UUID) Db.scalar("SELECT id FROM skill.skill WHERE skill_gid = 'mycroft-weather|21.02'");
        UUID unknown = (UUID) Db.scalar("SELECT id FROM skill.skill WHERE skill_gid = 'fallback-unknown|21.02'");
        Db.update("INSERT INTO device.device_skill (device_id, skill_id, install_status, install_failure_reason) VALUES (?, ?, 'failed', 'no network')", kitchen, weather);
        Db.update("INSERT INTO device.device_skill (device_id, skill_id, install_status) VALUES (?, ?, 'installed')", office, weather);
        Db.update("INSERT INTO device.device_skill (device_id, skill_id, install_status) VALUES (?, ?, 'installed')", kitchen, unknown);
        Db.update("INSERT INTO device.device_skill (device_id, skill_id, install_status) VALUES (?, ?, 'installing')", office, unknown);
        JsonObject status = Http.get("/market/api/skills/status", person.cookies()).assertStatus(200).object();
        assertEquals("failed", status.getJsonObject("installStatuses").getString(weather.toString()));
        assertEquals("installing", status.getJsonObject("installStatuses").getString(unknown.toString()));
        assertEquals("no network", status.getJsonObject("failureReasons").getString(weather.toString()));
        assertEquals(1, status.getJsonObject("failureReasons").size());
        Http.get("/market/api/skills/status", "Cookie", "seleneAccess=garbage").assertJsonError(401);
    }

    @Test
    void installPutsTheSkillOnTheInstallerListDevicesDownloadWithANewEtag_Selene500Fixed() {
        DeviceFixture.Paired device = deviceWithInstaller();
        MarketSession.SignedIn owner = MarketSession.signIn(device.accountId());
        Http.Reply first = Http.get(device.path("/skill/settings"), "Authorization", device.bearer()).assertStatus(200);
        String etag = first.header("ETag").orElseThrow();

        Http.put("/market/api/skills/install", "{\"section\": \"to_install\", \"skillDisplayId\": \"" + marketId("mycroft-weather|21.02") + "\"}", owner.cookies())
                .assertStatus(204);
        Http.Reply changed = Http.get(device.path("/skill/settings"), "Authorization", device.bearer(), "If-None-Match", etag).assertStatus(200);
        assertNotEquals(etag, changed.header("ETag").orElseThrow());
        JsonObject installer = changed.object().getJsonObject("mycroft-installer|21.02");
        assertEquals("[{\"name\":\"mycroft-weather\"}]", installer.getJsonArray("to_install").toString());
        assertEquals(0, installer.getJsonArray("to_remove").size());

        // the web app's uninstall button sends the skill's name
        Http.put("/market/api/skills/install", "{\"section\": \"to_remove\", \"skill_name\": \"mycroft-weather\"}", owner.cookies()).assertStatus(204);
        installer = Http.get(device.path("/skill/settings"), "Authorization", device.bearer()).assertStatus(200).object().getJsonObject("mycroft-installer|21.02");
        assertEquals(0, installer.getJsonArray("to_install").size());
        assertEquals("[{\"name\":\"mycroft-weather\"}]", installer.getJsonArray("to_remove").toString());
    }

    @Test
    void badInstallRequestsAreJsonErrorsAndChangeNothing() {
        DeviceFixture.Paired device = deviceWithInstaller();
        MarketSession.SignedIn owner = MarketSession.signIn(device.accountId());
        String weather = marketId("mycroft-weather|21.02");
        Http.put("/market/api/skills/install", "{\"section\": \"to_install\", \"skillDisplayId\": \"" + weather + "\"}").assertJsonError(401);
        Http.put("/market/api/skills/install", "{\"section\": \"everywhere\", \"skillDisplayId\": \"" + weather + "\"}", owner.cookies()).assertJsonError(400);
        Http.put("/market/api/skills/install", "{\"section\": \"to_install\"}", owner.cookies()).assertJsonError(400);
        Http.put("/market/api/skills/install", "{\"section\": \"to_install\", \"skillDisplayId\": \"" + UUID.randomUUID() + "\"}", owner.cookies()).assertJsonError(404);
        Http.put("/market/api/skills/install", "not json", owner.cookies()).assertJsonError(400);
        assertEquals(JsonValue.NULL, Http.get(device.path("/skill/settings"), "Authorization", device.bearer()).object().get("mycroft-installer|21.02"));
        // an account without any device that has the installer
        Http.put("/market/api/skills/install", "{\"section\": \"to_install\", \"skillDisplayId\": \"" + weather + "\"}", MarketSession.newAccount().cookies())
                .assertJsonError(409);
    }

    @Test
    void marketAccountIsTheSignedInProfile() {
        MarketSession.SignedIn person = MarketSession.newAccount();
        JsonObject profile = Http.get("/market/api/account", person.cookies()).assertStatus(200).object();
        assertEquals(person.accountId().toString(), profile.getString("id"));
        assertEquals(person.accountId() + "@example.org", profile.getString("emailAddress"));
        assertTrue(profile.getBoolean("federatedLogin"));
        assertEquals(JsonValue.NULL, profile.get("membership"));
        assertEquals(0, profile.getJsonArray("agreements").size());
        Http.get("/market/api/account").assertJsonError(401);
    }
}
