# Checklist, several connectors, troubleshooting

## Checklist

checklist-heading = Checklist
checklist-progress-label = Progress
checklist-progress = { $done } of { $total } { $total ->
        [one] step done
       *[other] steps done
    }
checklist-go-to-step = Go to step
checklist-complete = All done! Now check that data arrives:
checklist-verify-currents = Currents: in the S3 console, new files appear under { $bucket }/{ $folder }/ a few minutes after the stream is launched.
checklist-verify-dashboard = Dashboard export: run a CSV export from Braze and check that the file lands in { $bucket }.
checklist-verify-expiry = Currents: keep checking that events arrive. A connector whose credentials fail stops sending events; after more than { $days } { $days ->
        [one] day
       *[other] days
    } by Braze's current page (earlier versions said { $hours } { $hours ->
        [one] hour
       *[other] hours
    }), its events are dropped for good.
checklist-verify-key-rotation = IAM access keys do not expire; AWS advises rotating them regularly. When you rotate the key, follow “Change or rotate credentials”, so that Braze always holds a working key.
checklist-copy-markdown = Copy as Markdown
checklist-copy-link = Copy link to this setup
checklist-markdown-copied = Checklist copied as Markdown.
checklist-link-copied = Link copied. It holds your values, not your ticks.
checklist-start-over = Start over
checklist-start-over-confirm = Clear your values and ticks?
checklist-start-over-yes = Yes, clear everything
checklist-start-over-no = Cancel

## Further Currents connectors

connectors-legend = Other Currents connectors on this bucket
connectors-hint = Same credentials, but a separate folder path for each.
connector-name = Connector { $number } name
connector-folder = Connector { $number } folder path
connector-remove = Remove
connector-remove-label = Remove connector { $number }
connector-add = Add a connector

## Troubleshooting

troubleshoot-heading = Troubleshooting
troubleshoot-label = What do you see?
troubleshoot-choose = Choose a symptom…
troubleshoot-cause = Cause
troubleshoot-fix = Fix
troubleshoot-recheck = Recheck in the checklist
troubleshoot-paste-label = Or paste the message Braze showed
troubleshoot-paste-hint = Read in your browser: the widget picks the symptom and compares the bucket and the identity the message names with yours.
braze-error-recognised = Braze's message points to:
braze-error-unknown = The widget does not recognise this message. Choose what you see in the list above; the symptoms it knows:
braze-error-action = The action AWS refused: { $action }.
braze-error-other-bucket = Braze tried the bucket { $tried }, you configured { $configured }.
braze-error-other-role = Braze assumed the role { $tried }, you configured { $configured }.
braze-error-other-user = Braze signed in as the IAM user { $tried }, you configured { $configured }.
braze-error-role-not-key = Braze used the role { $tried }, but you chose the AWS secret access key method.
braze-error-user-not-role = Braze signed in as the IAM user { $tried }, but you chose the AWS role ARN method.
braze-error-role-to-assume = The role Braze tried to assume (the role ARN in Braze): { $arn }.
braze-error-other-role-to-assume = Braze tried to assume the role { $tried }, you configured { $configured }.
braze-error-role-path = The role ARN in Braze has the path { $path } before the role's name; the role of this guide has none. Copy the ARN from the role's summary page in IAM into Braze.
braze-error-other-account = The role is in the AWS account { $tried }, you entered { $configured } as your account ID.
braze-error-other-braze-account = Braze's request came from the AWS account { $tried }, but the Braze account ID you entered (the one the trust policy trusts) is { $configured }.
braze-error-bucket-typed = Braze has the bucket name “{ $braze }”, your bucket is { $configured }. Correct the name in Braze:
braze-error-bucket-typed-alone = Braze has the bucket name “{ $braze }”. Correct the name in Braze:
braze-error-bucket-space = It starts or ends with a space: a bucket name has none.
braze-error-bucket-upper-case = It has upper-case letters: a bucket name has only lower-case letters, digits, dots and hyphens.
braze-error-bucket-scheme = `s3://` is how the AWS CLI writes the bucket's address, not part of its name: type the name alone.
braze-error-bucket-arn = `arn:aws:s3:::` makes it the bucket's ARN, not its name: type the name alone.
braze-error-bucket-folder = `/{ $folder }` after the name is a folder path: type the bucket name alone; for Currents, the folder goes in the **{ -braze-folder-path }** field.
braze-error-bucket-slash = It ends with a slash, which is not part of a bucket name.
braze-error-bucket-other-name = Even without these mistakes it names { $name }, not { $configured }.
braze-error-access-denied = AWS refused a request (Access Denied), but the message does not say which action it refused, nor which identity asked: the widget cannot tell the symptom from it. In your case it may be any of these; choose the one that matches in the list above:
braze-error-cut = Only the first { $chars } characters were read: Braze's messages are much shorter.
symptom-invalid-after-role = “{ -braze-invalid-credentials }” right after creating the role
symptom-put-object-denied = Access denied (AccessDenied) on `s3:PutObject`
symptom-kms-generate-data-key = Not authorized for `kms:GenerateDataKey`
symptom-events-stopped = Currents events stopped arriving
symptom-object-lock = Currents fails on a bucket with Object Lock
symptom-download-links-fail = Export download links do not work
symptom-api-export-no-url = An API export returns no download URL
cause-invalid-after-role = IAM has not propagated the new role yet: Braze tried to assume it too early.
fix-invalid-after-role = Wait a few minutes, then try again. If the error persists, check the role's Braze account ID and external ID, and the ARN pasted into Braze.
cause-put-object-denied = The attached policy does not grant `s3:PutObject` on the bucket's objects, or it is not attached to the user or role Braze uses.
fix-put-object-denied = Paste the policy generated for your case, unchanged, attach it, then check the bucket name typed into Braze.
cause-kms-generate-data-key = The bucket encrypts with SSE-KMS (an AWS KMS key), which neither Currents nor dashboard export supports.
fix-kms-generate-data-key = Set the bucket's default encryption to SSE-S3 (Amazon S3 managed keys), or use a bucket without SSE-KMS.
cause-events-stopped = The connector's credentials expired or were revoked: it stopped sending events. After more than { $days } { $days ->
        [one] day
       *[other] days
    } by Braze's current page (earlier versions said { $hours } { $hours ->
        [one] hour
       *[other] hours
    }), its events are dropped and lost for good.
fix-events-stopped = Create a new access key (or check the role), update the connector's credentials in Braze, and do it right away.
cause-object-lock = Currents does not support buckets with S3 Object Lock.
fix-object-lock = Use a bucket created without Object Lock: the option cannot be removed from an existing bucket.
cause-download-links-fail = The policy does not grant `s3:GetObject`: Braze needs it for its download links and its error handling.
fix-download-links-fail = Use the policy generated for your case, which includes `s3:GetObject`, and check that it is attached.
cause-api-export-no-url = This is expected: with a cloud storage integration, API exports return no download URL.
fix-api-export-no-url = Fetch the file directly from your S3 bucket.
