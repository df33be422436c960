# Preflight: the findings of the read-only script's report.
# Markup: **label** for a button or menu, `literal` for code.
# $pairs is a list of "action resource" pairs; $call an AWS CLI operation such as get-bucket-policy.

## The report itself

preflight-report-empty = Paste the report the preflight script printed.
preflight-report-not-report = This is not a preflight report: it has no line `# braze-s3-companion preflight v1`. Paste everything the script printed on its standard output.
preflight-report-version = This report is in format v{ $found }, which this page does not read. Copy the preflight script from this page and run it again.
preflight-report-truncated = This report is cut short: its last line `# end` is missing or a line stops in the middle. Paste the whole report.
preflight-report-too-large = This text is larger than { $megabytes } MB: no preflight report is that large.
preflight-report-too-many = This report lists more than { $max } calls: no preflight report has that many.
preflight-report-bad-line = Line { $line } is not what the preflight script writes. Paste the report as it was printed, without editing it.
preflight-report-altered = The report's last line counts { $expected } calls, but it holds { $found }. Paste the whole report, without editing it.
preflight-other-values = This report is for { $field ->
        [bucket] the bucket
        [auth] the method
        [user] the IAM user
        [role] the IAM role
        [account] Braze's account
       *[external-id] the external ID
    } { $reported }, but you entered { $configured }. Copy the script for your current values and run it again.

## When a check cannot judge

preflight-unknown-absent = The report has no answer from `{ $call }`: this was not checked.
preflight-unknown-denied = The identity that ran the script may not call `{ $call }`: this was not checked. Run the script as an identity that may read S3 and IAM settings.
preflight-unknown-error = `{ $call }` failed ({ $error }): this was not checked.
preflight-unknown-no-bucket = Not checked: the bucket { $bucket } does not exist.

## The bucket

preflight-bucket-exists-pass = The bucket { $bucket } exists.
preflight-bucket-exists-missing = There is no bucket { $bucket } in this account.
preflight-bucket-exists-fix = Create the bucket { $bucket } in the S3 console (or correct its name here), then run the script again.
preflight-bucket-exists-forbidden = S3 refused to say whether the bucket { $bucket } exists: it may belong to another AWS account, or the identity that ran the script may not list it.
preflight-bucket-region = Braze will write to the region { $region }, where the bucket { $bucket } is.
preflight-encryption-none = No default encryption is configured: S3 encrypts new objects with SSE-S3, which Braze supports.
preflight-encryption-sse-s3 = Default encryption is SSE-S3 (`AES256`), which Braze supports.
preflight-encryption-kms = Default encryption is `{ $algorithm }` (SSE-KMS): Braze supports SSE-S3 only, and its uploads would fail.
preflight-encryption-kms-fix = In the S3 console, open the bucket { $bucket }, **Properties**, **Default encryption**, and choose SSE-S3 (Amazon S3 managed keys).
preflight-encryption-other = Default encryption is `{ $algorithm }`, which this check does not know. Braze supports SSE-S3 (`AES256`).
preflight-object-lock-off = Object Lock is off.
preflight-object-lock-currents = Object Lock is on: Braze Currents does not support buckets with Object Lock.
preflight-object-lock-fix = Object Lock cannot be turned off: create another bucket without Object Lock for Currents.
preflight-object-lock-export = Object Lock is on. If the bucket has a default retention period, S3 refuses every upload that carries neither a `Content-MD5` nor a checksum header, and Braze does not say whether its exports send one. Check that a dashboard export arrives in the bucket, or use a bucket without Object Lock.
preflight-bucket-policy-none = The bucket has no bucket policy.
preflight-bucket-policy-pass = The bucket policy denies nothing Braze needs.
preflight-bucket-policy-denies = { $count ->
        [one] The bucket policy denies a permission Braze needs: { $pairs }.
       *[other] The bucket policy denies { $count } permissions Braze needs: { $pairs }.
    }
preflight-bucket-policy-fix = Remove or narrow the `Deny` statements of the bucket policy that match Braze's requests. { $sse ->
        [on] Braze sends `{ $header }: AES256` with each upload.
       *[off] Braze's AES-256 option is off here, so uploads carry no `{ $header }` header: if the policy requires it, turn the option on in Braze and here.
    }
preflight-bucket-policy-not-principal-fix = `NotPrincipal` with `Deny` denies every principal it does not list exactly: the sessions of a role unless each session is listed, and always an identity that has a permissions boundary. As AWS recommends, write `"Principal": "*"` with a condition `ArnNotEquals` on `aws:PrincipalArn` that names the { $kind ->
        [user] user
       *[role] role
    } instead.
preflight-bucket-policy-depends = { $count ->
        [one] The bucket policy may deny a permission Braze needs, depending on a condition this check cannot evaluate: { $pairs }.
       *[other] The bucket policy may deny { $count } permissions Braze needs, depending on conditions this check cannot evaluate: { $pairs }.
    }
preflight-bucket-policy-unreadable = The bucket policy could not be read as an IAM policy.

## The identity

preflight-identity-not-found = There is no IAM { $kind ->
        [user] user
       *[role] role
    } { $name } in this account.
preflight-identity-create-fix = Create the { $kind ->
        [user] user
       *[role] role
    } with the steps above, or with the AWS CLI script.
preflight-identity-pass = { $count ->
        [one] Its one policy grants
       *[other] Its { $count } policies together grant
    } every permission Braze needs, and nothing more.
preflight-identity-missing = { $count ->
        [one] One permission Braze needs is not granted: { $pairs }.
       *[other] { $count } permissions Braze needs are not granted: { $pairs }.
    }
preflight-identity-fix = Attach the policy { $policy } from this page (or add what is missing to an attached policy), and remove any `Deny` that matches.
preflight-identity-partial = Some policies could not be read ({ $policies }): the permissions could not all be checked.
preflight-identity-depends = { $count ->
        [one] A permission Braze needs is only granted under a condition this check cannot evaluate: { $pairs }.
       *[other] { $count } permissions Braze needs are only granted under conditions this check cannot evaluate: { $pairs }.
    }
preflight-identity-broader = Everything Braze needs is granted, but { $count ->
        [one] this policy grants
       *[other] these policies grant
    } more than Braze needs: { $policies }. Consider attaching only the policy from this page.
preflight-identity-pass-bucket = Everything Braze needs is granted, part of it by the bucket policy alone: within one account, AWS allows a request that either the identity's own policies or the bucket policy allow.
preflight-identity-pass-published = { $count ->
        [one] Its policy grants
       *[other] Its { $count } policies together grant
    } every permission Braze needs. { $policies }: the policy this page gives for your case, as Braze publishes it; its resource ending in `*` also matches other buckets whose names start with yours (see the note in the guide).
preflight-too-complex = { $count ->
        [one] A permission Braze needs could not be judged
       *[other] { $count } permissions Braze needs could not be judged
    }: the policies' wildcards are too intricate for this check ({ $pairs }).
preflight-boundary-none = No permissions boundary is set.
preflight-boundary-pass = The permissions boundary { $policy } allows everything Braze needs.
preflight-boundary-blocks = { $count ->
        [one] The permissions boundary { $policy } blocks a permission Braze needs: { $pairs }.
       *[other] The permissions boundary { $policy } blocks { $count } permissions Braze needs: { $pairs }.
    }
preflight-boundary-fix = Allow these permissions in the boundary { $policy }, or remove the boundary.
preflight-boundary-depends = The permissions boundary { $policy } allows what Braze needs only under conditions this check cannot evaluate.
preflight-trust-pass = Braze's account { $account } can assume the role with your external ID { $external_id }.
preflight-trust-fix = Replace the role's trust policy with the one on this page (**{ -aws-trust-relationships }** tab).
preflight-trust-unreadable = The role's trust policy could not be read as an IAM policy.
preflight-role-arn-pass = The role's ARN is { $arn }, the one this page gives Braze.
preflight-role-arn-differs = The role's ARN is { $reported }, but this page gives Braze { $given }: Braze would be refused.
preflight-role-arn-fix = Give Braze { $arn }, as the role's summary page shows it, and type { $name } (its path and name) in the role name field here.
preflight-organizations-unseen = Not checked: if the account belongs to an organization in AWS Organizations, its service control policies (SCPs) and resource control policies (RCPs) can refuse Braze's requests whatever the account's own policies say, and they cannot be read from inside the account. If unsure, ask the organization's administrator.
preflight-key-pass = { $count ->
        [one] The user has an active access key
       *[other] The user has { $count } active access keys
    }; the newest is { $days ->
        [one] one day old.
       *[other] { $days } days old.
    }
preflight-key-active-undated = { $count ->
        [one] The user has an active access key.
       *[other] The user has { $count } active access keys.
    }
preflight-key-none-active = The user has no active access key: Braze cannot sign in with it.
preflight-key-create-fix = Create an access key for the user (**{ -aws-security-credentials-tab }** tab, **{ -aws-create-access-key }**) and type it into Braze.
preflight-key-old = The newest active access key is { $days } days old: AWS recommends rotating keys every 90 days.
preflight-key-rotate-fix = To rotate: create a second access key, type it into Braze and check that Braze's test passes, then deactivate the old key, and delete it once nothing fails.

## The widget's preflight section

snippet-title-preflight-script = Preflight script: check your AWS account (read-only)
file-preflight-script = { $bucket }-braze-preflight.sh
# The report's file in the run instruction below; the script's is file-preflight-script, the download's name.
-preflight-report-file = preflight-report.txt
preflight-heading = Check your AWS account before Braze does
preflight-intro = Run this script in AWS CloudShell, or in any shell where the AWS CLI is signed in to the account that owns the bucket. It only reads your settings and changes nothing. Then paste what it printed below.
preflight-paste-label = The report the preflight script printed
preflight-paste-hint = The report is checked in this page: nothing you paste leaves your browser.
preflight-findings = What the report shows
preflight-status = { $status ->
        [pass] OK
        [fail] Problem
        [warn] Warning
       *[unknown] Not checked
    }
preflight-fix-label = Fix:
preflight-use-snippet = Snippet to use:

# The comment under the preflight script's first line: what it is and how to run it.
preflight-script-intro =
    Braze + Amazon S3: read-only preflight for the bucket { $bucket } and the IAM { $kind ->
        [role] role
       *[user] user
    } { $name }.
    Written by braze-s3-companion. It only reads (head-bucket, get-* and list-* calls of the AWS CLI, v1 or v2): it creates, changes and deletes nothing, and prints no secret (for access keys, only their status and creation date).
    Run it where the AWS CLI is signed in to the account that owns the bucket, as an identity allowed to read S3 and IAM settings (AWS CloudShell works):
      bash { file-preflight-script } > { -preflight-report-file }
    then paste the report (what it prints on standard output) into the widget. Progress goes to standard error. A call that is refused or finds nothing is recorded as such, and the script goes on.
