-- V3 added the default pocketsphinx settings of "hey mycroft" without looking for the row an
-- adopted Selene database already has (its UNIQUE (wake_word_id, account_id) lets NULL accounts
-- repeat). Keep the oldest default per wake word and let no second one in.
DELETE FROM wake_word.pocketsphinx_settings p
USING wake_word.pocketsphinx_settings keep
WHERE p.account_id IS NULL AND keep.account_id IS NULL AND keep.wake_word_id = p.wake_word_id
  AND (keep.insert_ts, keep.id::text) < (p.insert_ts, p.id::text);

CREATE UNIQUE INDEX IF NOT EXISTS pocketsphinx_settings_default_key
    ON wake_word.pocketsphinx_settings (wake_word_id) WHERE account_id IS NULL;
