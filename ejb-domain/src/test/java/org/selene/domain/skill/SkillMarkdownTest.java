package org.selene.domain.skill;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillMarkdownTest {

    @Test
    void rendersMarkdown() {
        assertEquals("<p>Capture <em>Utterances</em> and <strong>more</strong></p>", SkillMarkdown.render("Capture _Utterances_ and **more**"));
        assertTrue(SkillMarkdown.render("[site](https://example.org)").contains("<a href=\"https://example.org\""));
        assertEquals("", SkillMarkdown.render(null));
    }

    @Test
    void scriptsHandlersAndJavascriptUrlsDoNotSurvive() {
        String html = SkillMarkdown.render("<script>alert(1)</script> [x](javascript:alert) <b onclick=\"alert(1)\">b</b>\n\n<img src=x onerror=alert(1)>");
        assertFalse(html.contains("<script") || html.contains("href=\"javascript") || html.contains("<b ") || html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }
}
