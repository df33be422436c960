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
