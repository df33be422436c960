# What Braze's current Amazon S3 page adds to the seed (issue 14, docs/facts.md "Today vs the
# seed"): changing or rotating credentials, and today's troubleshooting texts. Braze's error
# messages are quoted in English in every language, as the dashboard shows them.

## Labels of the screens for these flows (Braze: its current page; AWS: the IAM console)
-braze-edit = Edit
-braze-update-current = Update Current
-aws-actions = Actions
-aws-deactivate = Deactivate
-aws-delete = Delete

## Change or rotate credentials
update-heading = Change or rotate credentials
update-show = Show the steps for your case
update-intro = Keys get rotated and roles change. In this order Braze keeps writing to your bucket while you change its credentials: the AWS side first, then Braze, the old credentials last.
update-rotate-key-title = Rotate the access key
update-key-create = In IAM, open the user { $user }, **{ -aws-security-credentials-tab }** tab, and click **{ -aws-create-access-key }**: this is the user's second key; the old one keeps working meanwhile.
update-key-update-braze = In Braze, replace the access key ID and the secret access key with the new ones wherever the old key is used (the screens below).
update-key-test = Test: for dashboard export click **{ -braze-test-credentials }**; for Currents, **{ -braze-update-current }** checks the credentials and a notification tells you whether they were validated.
update-key-deactivate = Back in IAM, on the user { $user }, deactivate the old key (**{ -aws-actions } > { -aws-deactivate }**). Check that data keeps arriving: a deactivated key can still be reactivated.
update-key-delete = Once Braze has worked with the new key for a while, delete the old key (**{ -aws-actions } > { -aws-delete }**).
update-key-two-keys = An IAM user holds at most two access keys. If the user already has two, delete the one Braze does not use before creating the new one.
update-expiry = Do not revoke the old credentials before Braze has the new ones. A Currents connector whose credentials fail stops sending events; after more than { $days } { $days ->
        [one] day
       *[other] days
    } by Braze's current page (earlier versions said { $hours } { $hours ->
        [one] hour
       *[other] hours
    }), its events are dropped and the data is lost for good.
update-role-may-change-title = What may change on the role
update-role-policies = Its permissions: edit the policies attached to the role { $role }, for example add a new bucket next to { $bucket } in the policy. The role ARN stays the same, so Braze needs no new credentials (only the bucket name, if Braze is to write to the new bucket).
update-role-switch = The authentication method: you may move to a secret key (see “Switching between secret key and role ARN” below).
update-role-must-stay-title = What must stay as Braze shows it
update-role-trust = The trust policy: Braze's AWS account ID { $account } and the external ID { $external_id } stay exactly as Braze shows them: with another account ID or another external ID, Braze can no longer assume the role. Removing the external ID condition does not lock Braze out, but it removes the protection: any Braze customer who learns your role ARN could then have Braze use your role (what AWS calls the confused deputy problem).
update-role-arn = The role ARN typed in Braze must match the role { $role }. A role created anew or under another name has another ARN: enter it in Braze (below) before deleting the old role.
update-aws-first = Finish the AWS side first (above), so that Braze finds working credentials when it checks them.
update-currents-title = Currents
update-currents-open = In Braze, go to **{ -braze-partner-integrations } > { -braze-currents }**, open your connector and click **{ -braze-edit }**.
update-currents-credentials = In the **{ -braze-credentials-section }** section, { $method ->
        [role-arn] with **{ -braze-role-arn-radio }** selected, enter the role ARN.
       *[other] with **{ -braze-secret-key-radio }** selected, enter the new access key ID and secret access key.
    }
update-currents-update = Click **{ -braze-update-current }**. A notification tells you whether the credentials were validated.
update-currents-each = Do the same for each of your { $count } connectors: they share these credentials.
update-currents-keeps-running = The connector keeps running while you update its credentials.
update-dashboard-title = Dashboard data export
update-dashboard-open = In Braze, go to **{ -braze-partner-integrations } > { -braze-technology-partners }** and click **{ -braze-amazon-s3 }**.
update-dashboard-credentials = On the **{ -braze-aws-credentials-page }** page, { $method ->
        [role-arn] with **{ -braze-role-arn-radio }** selected, enter the role ARN.
       *[other] with **{ -braze-secret-key-radio }** selected, enter the new access key ID and secret access key.
    }
update-dashboard-test = Click **{ -braze-test-credentials }**; when it succeeds, click **{ -braze-save }**.
update-switch-title = Switching between secret key and role ARN
update-switch = { $method ->
        [role-arn] To move to a secret key, choose that method at the top of this widget and do its AWS steps. Then, in the same Braze screens, select **{ -braze-secret-key-radio }** and enter the key.
       *[other] To move to a role, choose that method at the top of this widget and do its AWS steps. Then, in the same Braze screens, select **{ -braze-role-arn-radio }** and enter the role ARN.
    } Remove the old credentials only once Braze works with the new ones.

## Troubleshooting, as Braze's current page has it
today-braze-says = Braze's error message, as Braze's page quotes it (in English in every language):
today-check-permissions = Braze's troubleshooting, “{ $heading }”: the user or role needs `s3:GetBucketLocation` and `s3:PutObject`; the policy generated here grants both.
today-kms = Braze's page says this message comes from Braze Support or your AWS logs. It means the bucket's default encryption is SSE-KMS, which Braze does not support for Currents or dashboard data exports: disable SSE-KMS on the bucket. SSE-S3 works with both.
today-unable-to-connect = Run **{ -braze-test-credentials }** in Braze: its result says what failed. Braze gives a missing `s3:GetObject` as an example: without it, Braze cannot create the download links.
today-notes-heading = Good to know
today-invalid-alert = If Braze shows “{ -braze-invalid-credentials }” and the message mentions `PutObject` access or server-side encryption on dashboard data exports, choose the matching symptom above.
today-region = Braze has no region setting: it writes to the bucket's AWS Region. If a connector writes to another region than the one you want (for example `eu-west-1` instead of `eu-central-1`), create or use a bucket in the wanted region; there is no region to change on the Braze side.
today-format-exports = JSON exports (from the dashboard or the API) are JSONL: one JSON object per line, so read them line by line, not as a single JSON document. CSV exports and reports are CSV files.
today-format-currents = Currents writes Apache Avro files (`.avro`).
today-format-archives = Message archiving writes one gzipped JSON file (`.json.gz`) per message sent, under `sent_messages/` in the bucket, one folder per channel (email, push, sms).
today-contact-email = The Currents form asks for a contact email for integration error notifications: Braze advises a distribution list or a group address rather than one person's.
today-switch-provider = Switching from another cloud storage provider? Contact your Braze customer success manager to set up and validate the new integration.
