package org.selene.domain.device;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OwnerMessageServiceTest {

    @Test
    void deviceTextCannotBecomeMarkup() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;it&#39;s&lt;/a&gt; &amp;amp;", OwnerMessageService.escapeHtml("<a href=\"x\">it's</a> &amp;"));
    }
}
