package org.selene.domain.skill;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Skill descriptions are Markdown written by skill authors: rendered to HTML (CommonMark), raw
 * HTML escaped, and the result sanitised again so nothing executable reaches the marketplace API or page.
 */
public final class SkillMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS).and(Sanitizers.IMAGES)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private SkillMarkdown() {
    }

    public static String render(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))).strip();
    }
}
