package org.selene.batch.maintenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Account and membership counts for the daily report: for each row (User, Free, Monthly, Yearly,
 * Paid) the count at the end of the report day and, for windows of 1, 15 and 30 days ending
 * then, the count at the window's start, how many were added and how many ended during it.
 */
final class MembershipReport {

    static final int[] WINDOWS = {1, 15, 30};
    static final List<String> ROWS = List.of("User", "Free Account", "Monthly Account", "Yearly Account", "Paid Account");
    private static final String[] WINDOW_NAMES = {"oneDay", "fifteenDays", "thirtyDays"};

    private final LocalDate reportDay;
    /** row → key (current, oneDay, oneDayDelta, oneDayMinus, ...) → value */
    final Map<String, Map<String, Long>> rows = new LinkedHashMap<>();

    private MembershipReport(LocalDate reportDay) {
        this.reportDay = reportDay;
    }

    /** The report for the day before {@code date} (its end is {@code date} 00:00 UTC). */
    static MembershipReport compute(Connection c, LocalDate date) throws SQLException {
        MembershipReport report = new MembershipReport(date.minusDays(1));
        Timestamp end = Timestamp.valueOf(date.atStartOfDay());
        Map<String, Long> user = new LinkedHashMap<>();
        Map<String, Long> monthly = new LinkedHashMap<>();
        Map<String, Long> yearly = new LinkedHashMap<>();
        user.put("current", count(c, "SELECT count(*) FROM account.account WHERE insert_ts < ?", end));
        monthly.put("current", members(c, "Monthly Membership", end));
        yearly.put("current", members(c, "Yearly Membership", end));
        for (int w = 0; w < WINDOWS.length; w++) {
            Timestamp start = Timestamp.valueOf(date.minusDays(WINDOWS[w]).atStartOfDay());
            String k = WINDOW_NAMES[w];
            user.put(k, count(c, "SELECT count(*) FROM account.account WHERE insert_ts < ?", start));
            user.put(k + "Delta", count(c, "SELECT count(*) FROM account.account WHERE insert_ts >= ? AND insert_ts < ?", start, end));
            user.put(k + "Minus", count(c, "SELECT coalesce(sum(accounts_deleted), 0) FROM metric.account_activity WHERE activity_dt >= CAST(? AS date) AND activity_dt < CAST(? AS date)", start, end));
            for (Map.Entry<String, Map<String, Long>> type : Map.of("Monthly Membership", monthly, "Yearly Membership", yearly).entrySet()) {
                type.getValue().put(k, members(c, type.getKey(), start));
                type.getValue().put(k + "Delta", count(c, MEMBERSHIPS + " AND lower(am.membership_ts_range) >= ? AND lower(am.membership_ts_range) < ?", type.getKey(), start, end));
                type.getValue().put(k + "Minus", count(c, MEMBERSHIPS + " AND upper(am.membership_ts_range) >= ? AND upper(am.membership_ts_range) < ?", type.getKey(), start, end));
            }
        }
        Map<String, Long> paid = combine(monthly, yearly, 1);
        report.rows.put("User", user);
        report.rows.put("Free Account", combine(user, paid, -1));
        report.rows.put("Monthly Account", monthly);
        report.rows.put("Yearly Account", yearly);
        report.rows.put("Paid Account", paid);
        return report;
    }

    private static final String MEMBERSHIPS = "SELECT count(*) FROM account.account_membership am JOIN account.membership m ON m.id = am.membership_id WHERE m.type = CAST(? AS membership_type_enum)";

    private static long members(Connection c, String type, Timestamp at) throws SQLException {
        return count(c, MEMBERSHIPS + " AND am.membership_ts_range @> CAST(? AS timestamp)", type, at);
    }

    private static Map<String, Long> combine(Map<String, Long> a, Map<String, Long> b, int sign) {
        Map<String, Long> out = new LinkedHashMap<>();
        a.forEach((k, v) -> out.put(k, v + sign * b.getOrDefault(k, 0L)));
        return out;
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("current"));
        for (String w : WINDOW_NAMES) {
            keys.add(w);
            keys.add(w + "Delta");
            keys.add(w + "Minus");
        }
        return keys;
    }

    String text() {
        StringBuilder out = new StringBuilder("Accounts and memberships on " + reportDay + "\n\n");
        rows.forEach((row, values) -> {
            out.append(row).append(':');
            keys().forEach(k -> out.append(' ').append(k).append('=').append(values.get(k)));
            out.append('\n');
        });
        return out.toString();
    }

    String html() {
        StringBuilder out = new StringBuilder("<h1>Accounts and memberships on " + reportDay + "</h1><table><tr><th></th>");
        keys().forEach(k -> out.append("<th>").append(k).append("</th>"));
        out.append("</tr>");
        rows.forEach((row, values) -> {
            out.append("<tr><th>").append(row).append("</th>");
            keys().forEach(k -> out.append("<td>").append(values.get(k)).append("</td>"));
            out.append("</tr>");
        });
        return out.append("</table>").toString();
    }
}
