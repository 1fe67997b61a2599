package org.selene.domain.skill;

/** Global skill ids ("mycroft-weather|21.02", "@<device>|my-skill|21.02") and their family names. */
public final class SkillGid {

    private SkillGid() {
    }

    public static String familyName(String gid) {
        if (gid.endsWith(".mark2")) {
            return gid.substring(0, gid.length() - ".mark2".length());
        }
        String[] parts = gid.split("\\|");
        if (parts[0].startsWith("@") && parts.length > 1) {
            return parts[1];
        }
        return parts[0];
    }

    /** A skill installed from a local path is specific to one device: its gid starts with @<device uuid>. */
    public static boolean isSpecificTo(String gid, String deviceId) {
        return gid.startsWith("@" + deviceId + "|");
    }
}
