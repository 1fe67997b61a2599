-- Selene's bootstrap reference data: memberships, voices, agreements (content as large objects).
INSERT INTO account.membership (type, rate, rate_period, stripe_plan) VALUES
    ('Monthly Membership', 1.99, 'month', 'monthly_premium'),
    ('Yearly Membership', 19.99, 'year', 'mycroft_ai_premium_annual_1999');

INSERT INTO device.text_to_speech (setting_name, display_name, engine) VALUES
    ('ap', 'British Male', 'mimic'),
    ('amy', 'American Female', 'mimic'),
    ('kusal', 'American Male', 'mimic'),
    ('google', 'Google Free Voice', 'google');

INSERT INTO account.agreement (agreement, version, effective, content_id) VALUES
    ('Terms of Use', '1', '[2000-01-01,)', lo_from_bytea(0, convert_to(
        '<h1>Terms of Use</h1><p>This server is operated by whoever installed it. By creating an account you may pair '
        || 'voice assistant devices with it and use the services it offers, as they are, without warranty.</p>'
        || '<p>Do not use the service to harm others or the server. The operator may close accounts that do.</p>', 'UTF8'))),
    ('Privacy Policy', '1', '[2000-01-01,)', lo_from_bytea(0, convert_to(
        '<h1>Privacy Policy</h1><p>The server keeps your e-mail address, your devices and their settings so that '
        || 'your devices work. It forwards speech and questions to the services you use and keeps no recordings, '
        || 'unless you opt into the Open Dataset.</p><p>Deleting your account deletes this data.</p>', 'UTF8'))),
    ('Open Dataset', '1', '[2000-01-01,)', NULL);
