# braze-s3-companion — English
# Markup: **label** for a button or menu, `literal` for code.

page-title = Amazon S3 — Braze documentation (assistant)

## Widget interface

widget-title = Amazon S3 setup assistant for Braze
widget-intro = Pick your integration and authentication method and type your bucket name: the guide below is written for your case, with policies ready to paste. Everything is computed in your browser; nothing leaves the page.
lang-label = Language
lang-loading = Loading { $language }…
lang-failed = { $language } could not be loaded: the guide stays in this language.
lang-retry = Try again
section-loading = Loading this part of the guide…
section-failed = This part of the guide could not be loaded. Check your connection, then try again.
setup-heading = Your setup
integration-legend = Integration
integration-currents = Braze Currents
integration-currents-hint = Continuous event streams into your bucket.
integration-dashboard-export = Dashboard data export
integration-dashboard-export-hint = CSV exports, engagement reports and more.
integration-both = Both, on one bucket
integration-both-hint = Each integration needs its own permissions.
auth-legend = Authentication method
auth-secret-key = AWS secret access key
auth-secret-key-hint = An IAM user whose access key you type into Braze.
auth-role-arn = AWS role ARN
auth-role-arn-hint = An IAM role that Braze's AWS account assumes, guarded by an external ID.
values-legend = Your values
names-legend = Names in IAM (optional)
field-bucket = S3 bucket name
field-bucket-hint = 3 to 63 characters: lowercase letters, digits, dots and hyphens.
field-account = Braze's AWS account ID
field-account-hint = 12 digits, shown by Braze on the page where you create the integration.
field-external-id = External ID
field-external-id-hint = Shown by Braze next to its account ID.
field-folder = Folder path (Currents)
field-folder-hint = Default: `currents`. Braze creates the folder if it does not exist.
field-sse = AES-256 server-side encryption at rest (SSE-S3)
field-sse-hint = Off by default. When on, Braze sends the `x-amz-server-side-encryption` header.
field-user-name = IAM user name
field-role-name = IAM role name
field-policy-name = IAM policy name
field-own-account = Your AWS account ID (optional)
field-own-account-hint = To show the exact role ARN to paste into Braze.
field-default-hint = Leave empty to use “{ $default }”.
guide-heading = Your guide
step-number = Step { $number }
note-note = Note
note-tip = Tip
note-important = Important
note-warning = Warning
copy-button = Copy
copy-button-done = Copied!
copy-button-label = Copy: { $title }
copy-done = Copied to the clipboard.
copy-manual = Automatic copy is not available: the text is selected, press Ctrl+C (⌘+C on a Mac).
copy-placeholder = Not copied: type the values marked in the document first. With a placeholder in it, AWS would refuse it.
download-button = Download
download-button-label = Download: { $title }
snippet-waiting = This snippet appears as soon as these fields are valid:
snippet-placeholder = Until you type these values, the document shows a placeholder where each one goes:
error-label = Error:
warning-label = Warning:
widget-crashed = The widget ran into an error. Reload the page; if it happens again, follow Braze's documentation.
storage-not-kept = Your progress is not being kept: this browser refused to store it (its storage is full or blocked). What you type and tick stays only until you leave or reload the page; to keep it, use **Copy link to this setup** (your values) or **Copy as Markdown** (your ticks).

## Values not known yet, inside the guide's text

placeholder-bucket = your-bucket-name
placeholder-folder = folder-path
placeholder-account = Braze account ID
placeholder-external-id = Braze external ID
placeholder-user = user-name
placeholder-role = role-name
placeholder-policy = policy-name
placeholder-connector = connector-name

## Snippets

snippet-title-policy-currents = Policy for Braze Currents
snippet-title-policy-dashboard-export = Policy for dashboard data export
snippet-title-policy-combined = One policy covering both integrations
snippet-title-trust-policy = Role trust policy
snippet-title-role-arn = Role ARN to paste into Braze
snippet-title-bucket-policy-sse = Bucket policy: refuse unencrypted uploads (optional)
file-bucket-policy-sse = { $bucket }-sse-bucket-policy.json
file-policy-currents = { $bucket }-currents-policy.json
file-policy-dashboard-export = { $bucket }-dashboard-export-policy.json
file-policy-combined = { $bucket }-combined-policy.json
file-trust-policy = { $bucket }-trust-policy.json
file-role-arn = { $bucket }-role-arn.txt

## Input rules

rule-required = This field is required.
rule-bucket-length = The name must be { $min } to { $max } characters long (now { $len }).
rule-bucket-uppercase = Uppercase letters are not allowed: write the name in lowercase.
rule-bucket-characters = Characters not allowed: { $found }. Use only lowercase letters (a-z), digits, dots and hyphens.
rule-bucket-edge = The name must start and end with a lowercase letter or a digit.
rule-bucket-double-dot = The name cannot contain two dots in a row (`..`).
rule-bucket-ip-address = The name cannot be formatted as an IP address (like `192.168.5.4`).
rule-bucket-reserved-prefix = The name cannot start with { $prefix }, a prefix AWS reserves.
rule-bucket-reserved-suffix = The name cannot end with { $suffix }, a suffix AWS reserves.
rule-bucket-dots = Valid, but dots break virtual-hosted-style HTTPS access and S3 Transfer Acceleration. Prefer hyphens if you can.
rule-account-id = An AWS account ID is exactly { $digits } digits, with no spaces or hyphens.
rule-external-id-length = The external ID must be { $min } to { NUMBER($max) } characters long (now { $len }).
rule-external-id-characters = Characters not allowed in an external ID: { $found }. Allowed: letters, digits and `+ = , . @ : / - _`.
rule-name-length = The name must be 1 to { $max } characters long (now { $len }).
rule-name-characters = Characters not allowed in an IAM name: { $found }. Allowed: letters, digits and `+ = , . @ - _`.
rule-role-path-length = The role's path may be at most { $max } characters long, slashes included (now { $len }).
rule-role-path-empty-segment = The role's path must not contain an empty segment (`//`).
rule-role-path-characters = Characters this page does not write in a role's path: { $found }. Between the `/`, use letters, digits and `+ = , . @ - _`.
rule-folder-leading-slash = The path must not start with `/`.
rule-folder-empty-segment = The path must not contain an empty segment (`//` or a trailing `/`).
rule-folder-dot-dot = The path must not contain a `..` segment.
rule-folder-characters = Characters not allowed in a folder path: { $found }. Amazon S3 advises against them in object names: backslash, braces, square brackets, backticks, quotation marks, `^ % ~ # | < >` and control characters such as line breaks.
rule-folder-invisible = The path contains invisible formatting characters ({ $found }): the path Amazon S3 would store is not the one you see. Retype it without them.
rule-folder-length = The path can be at most { $max } bytes (now { NUMBER($len) }; a letter outside A–Z takes 2 to 4 bytes): an Amazon S3 object key stops at { NUMBER($key) } bytes, and { $room } of them are kept for the file names Braze writes under the path.
rule-folder-duplicate = Another connector already uses this path: each connector needs its own.
rule-folder-nested = This path lies inside another connector's folder { $parent }: choose a separate path.
rule-folder-contains = The main folder { $child } lies inside this path: choose a separate path.
rule-not-in-link = Too long for a link: the page's address and **Copy link to this setup** leave this value out.

## Guide: prerequisites and bucket

step-prerequisites = Prerequisites
prereq-intro = Before you start, check these points.
prereq-aws-account = You have an AWS account (Amazon S3).
prereq-dedicated-bucket = You use an S3 bucket dedicated to Braze. If you already have a bucket, Braze still recommends creating a new one just for Braze, so that you can limit its permissions.
prereq-currents-access = Braze Currents is set up for your Braze account: it is needed to export Currents events to S3. Dashboard data export and message archiving do not need Currents.
step-create-bucket = Create the S3 bucket
bucket-open-console = Open the Amazon S3 console and click **{ -aws-sign-in }** (or **{ -aws-create-account }**). Once signed in, choose **{ -aws-s3 }** in the **{ -aws-storage-category }** category.
bucket-create = Click **{ -aws-create-bucket }**, name the bucket { $bucket } and choose its region.
bucket-region-note = Braze has no region setting: it uses the bucket's own region. Choose the one that suits you.
bucket-object-lock = Currents does not support buckets with S3 Object Lock: leave that option off.

## Guide: enforced encryption (optional)

step-enforce-encryption = Optional: refuse unencrypted uploads
sse-explain = With Braze's AES-256 option, every file arrives with the `{ $header }: AES256` header: S3 encrypts it at rest with keys S3 manages (SSE-S3). SSE-KMS is not supported.
sse-bucket-policy = To make the bucket { $bucket } refuse any upload without SSE-S3, open it in the S3 console, **{ -aws-permissions-tab }** tab, **{ -aws-bucket-policy }** section, click **{ -aws-edit }** and paste the policy below.
sse-bucket-policy-warning = With this policy, the **{ -braze-sse-option }** option must stay on in Braze: otherwise S3 refuses Currents' files.
sse-bucket-policy-shared = Braze documents the AES-256 option for Currents only. On a bucket shared with dashboard export, check that those exports still go through before you keep this policy.

## Guide: secret access key method

step-sk-create-user = Create an IAM user
sk-intro = With this method, Braze authenticates as an IAM user of your AWS account, with an access key ID and a secret access key, to write into your bucket.
sk-user-create = In the IAM console, create a user named { $user }. AWS's guide to creating an IAM user and an administrators group shows how: `https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_create-admin-group.html`.
step-sk-credentials = Get the credentials
sk-credentials-show = Once the user exists, click **{ -aws-show-credentials }** to reveal the access key ID and the secret access key. Note them somewhere safe or click **{ -aws-download-credentials }**: you will type them into Braze later.
sk-credentials-secret = The secret access key is shown only once. Type it into Braze only: this widget never asks for it and never stores it.

## Guide: permission policy

step-create-policy = Create the permission policy
sk-policy-open = Go to **{ -aws-policies } > { -aws-get-started } > { -aws-create-policy }**, then choose **{ -aws-create-own-policy }**. The policy limits Braze to the resources it names.
role-policy-open = Sign in to the AWS Management Console as an account administrator. In the IAM section, click **{ -aws-policies }** in the navigation bar, then **{ -aws-create-policy }**.
policy-differ-note = Currents and dashboard data export need different policies.
policy-both-which = You use both integrations on this bucket: create either the two separate policies (each limited to its integration, easier to remove later) or the one policy covering both (a single one to attach). Pick one option, not both.
sk-policy-paste = Name the policy { $policy } and paste the JSON below into the **{ -aws-policy-document }** section.
sk-policy-paste-both = For each policy you create, paste its JSON below into the **{ -aws-policy-document }** section and name it { $currents } (Currents), { $dashboard } (dashboard export) or { $combined } (the single combined policy).
role-policy-paste = Open the **{ -aws-json-tab }** tab, paste the JSON below into the **{ -aws-policy-document }** section, then click **{ -aws-review-policy }**.
policy-why = Without these permissions the credential check fails and Braze does not create the integration. `s3:GetObject` is needed for Braze's error handling and for download links.
role-policy-name = Name the policy { $policy }, add a description, then click **{ -aws-create-policy }**.
role-policy-name-both = Give each policy a name and a description — { $currents } (Currents), { $dashboard } (dashboard export) or { $combined } (the single combined policy) — then click **{ -aws-create-policy }**.
policy-prefix-wildcard = Braze's published policy for dashboard export with a secret key lists `arn:aws:s3:::{ $bucket }*`. The asterisk also covers every other bucket whose name starts with { $bucket }: those buckets are open to Braze too. A distinctive bucket name limits that risk.
attach-which-one = Policy to attach: { $policy }.
attach-which-both = Policies to attach: { $currents } and { $dashboard }, or { $combined } alone.
step-sk-attach = Attach the policy to the user
sk-attach = Go to **{ -aws-users }** and click the user { $user }. In the **{ -aws-permissions-tab }** tab, click **{ -aws-attach-policy }** and select the policy you just created.

## Guide: role ARN method

step-role-create-role = Create the role
role-role-open = In the same IAM section of the console, click **{ -aws-roles } > { -aws-create-role }**.
role-ids-currents = Get Braze's account ID and external ID for Currents: in Braze, go to **{ -braze-partner-integrations } > { -braze-currents }**, click **{ -braze-create-currents }** and select **{ -braze-s3-data-export }**. Both IDs are shown there.
role-ids-dashboard-export = Get Braze's account ID and external ID for dashboard export: in Braze, go to **{ -braze-partner-integrations } > { -braze-technology-partners }** and click **{ -braze-amazon-s3 }**. Both IDs are shown there.
role-ids-old-nav = On older Braze dashboards, Currents is reached through **{ -braze-partner-integrations } > { -braze-data-export }**, then **Create Current** (older still: **{ -braze-integrations } > { -braze-currents }**), and **{ -braze-technology-partners }** is under **{ -braze-integrations }**.
role-trusted-entity = Back in the AWS console, select **{ -aws-another-account }** as the trusted entity type. Enter Braze's account ID { $account }, tick **{ -aws-require-external-id }** and enter the external ID { $external_id }. Click **{ -aws-next }**.
role-trust-explain = These choices produce the trust policy below: Braze's account may assume the role when it presents your external ID. You can check it on the role's **{ -aws-trust-relationships }** tab, or paste it as is by choosing **{ -aws-custom-trust-policy }**.
step-role-attach = Attach the policy and name the role
role-attach-policy = Search for the policy you created earlier, tick it to attach it to the role, then click **{ -aws-next }**.
role-name = Name the role { $role }, add a description, then click **{ -aws-create-role }**. The new role appears in the list.
step-role-copy-arn = Copy the role ARN
role-arn-copy = In the list of roles, click { $role } to open its details, and note the **{ -aws-role-arn }** at the top of its summary page.
role-arn-expected = This is the ARN you will read there, to paste into Braze:

## Guide: linking in Braze

step-link-currents = Link Braze Currents to AWS
link-currents-open = In Braze, go to **{ -braze-partner-integrations } > { -braze-currents }**, click **{ -braze-create-currents }** and select **{ -braze-s3-data-export }**.
link-currents-old-nav = On older Braze dashboards the path is **{ -braze-partner-integrations } > { -braze-data-export }**, then **Create Current** (older still: **{ -braze-currents }** under **{ -braze-integrations }**).
link-currents-name = Name your Current.
link-currents-credentials-sk = In the **{ -braze-credentials-section }** section, make sure the **{ -braze-secret-key-radio }** radio button is selected, then enter the access key ID, the secret access key and the bucket name { $bucket }.
link-currents-credentials-role = In the **{ -braze-credentials-section }** section, make sure the **{ -braze-role-arn-radio }** option is selected, then enter the role ARN and the bucket name { $bucket }.
link-currents-folder = **{ -braze-folder-path }**: enter { $folder } (default: `{ $default }`). If the folder does not exist, Braze creates it.
link-currents-sse-on = **{ -braze-sse-option }**: turn it on. Braze then sends the `{ $header }` header (SSE-S3) with every file.
link-currents-sse-off = **{ -braze-sse-option }**: leave it off (the default). When on, it adds the `{ $header }` header (SSE-S3).
sse-kms-unsupported = SSE-KMS is supported neither by Currents nor by dashboard export. If the bucket enforces it, uploads fail with an authorization error on `kms:GenerateDataKey`.
link-currents-extra-connector = Further connector: create another Current named { $name }, with the same credentials and the folder path { $folder }.
link-currents-launch = Click **{ -braze-launch-currents }**. Braze then checks your credentials, and a notification tells you whether they were validated.
link-currents-expiry = Keep your credentials current. If the connector's credentials expire, it stops sending events; after more than { $days } { $days ->
        [one] day
       *[other] days
    } by Braze's current page (earlier versions said { $hours } { $hours ->
        [one] hour
       *[other] hours
    }), its events are dropped and the data is lost for good.
link-role-propagation = If Braze shows “{ -braze-invalid-credentials }” right after you created the role, IAM may not have propagated the new role yet: wait and try again.
step-link-dashboard-export = Link dashboard data export to AWS
link-dashboard-open = In Braze, go to **{ -braze-partner-integrations } > { -braze-technology-partners }** and click **{ -braze-amazon-s3 }**.
link-dashboard-old-nav = In the older navigation, **{ -braze-technology-partners }** is under **{ -braze-integrations }**.
link-dashboard-credentials-sk = On the **{ -braze-aws-credentials-page }** page, make sure the **{ -braze-secret-key-radio }** radio button is selected, then enter the access key ID, the secret access key and the bucket name { $bucket }.
link-dashboard-credentials-role = On the **{ -braze-aws-credentials-page }** page, make sure the **{ -braze-role-arn-radio }** option is selected, then enter the role ARN and the bucket name { $bucket }.
link-dashboard-test = First click **{ -braze-test-credentials }**; when it succeeds, click **{ -braze-save }**. A notification tells you whether your credentials were validated.
link-new-access-key = To get new credentials at any time: in the AWS console, open the user, **{ -aws-security-credentials-tab }** tab, then **{ -aws-create-access-key }**.

## Guide: behaviour and connectors

step-export-behaviour = How exports behave
export-api-no-url = Once a cloud storage integration is set up, API exports no longer return a download URL in the response: fetch the files from the bucket.
export-reports-email = Dashboard reports and CSV reports are sent by e-mail (no storage permission needed) and also saved to the bucket.
step-several-connectors = Several connectors
connectors-same-credentials = Several Currents connectors can write to this bucket with the same credentials, as long as each has a different folder path. They can be created in one workspace or across several. { $count ->
        [one] You plan one for now; add more in the connectors list above.
       *[other] You plan { $count }: each has its own entry in the linking step and in the checklist.
    }
connectors-both-integrations = Currents and dashboard export share this bucket: each integration needs its own permissions, either two separate policies or one policy that covers both (see the policy step).

## Guide: automate

step-automate = Optional: create it all at once
automate-intro = Rather than clicking through the console, create the same IAM resources with the AWS CLI, CloudFormation or Terraform. Each file uses your values above; the steps in Braze remain to be done.

## Providers (the provider engine: src/core/providers/case.rs, guide.rs)

provider-legend = Cloud storage
provider-amazon-s3 = Amazon S3
provider-amazon-s3-hint = An IAM user's access key, or a role Braze assumes.
provider-google-cloud-storage = Google Cloud Storage
provider-google-cloud-storage-hint = A service account's JSON key.
provider-azure-blob-storage = Microsoft Azure Blob Storage
provider-azure-blob-storage-hint = A connection string, or a certificate service principal (Currents only).
provider-step-currents = Connect Braze Currents
provider-step-export = Connect data export in Braze
provider-step-archiving = Turn on message archiving
provider-step-archiving-body = Message archiving is a paid add-on: if you don't see **Message Archiving** in **Settings**, check that your company has purchased and turned it on. In Braze, go to **Settings** > **Message Archiving**, select your channels, then **Save changes**. If you set up credentials for several cloud storage providers in Braze, message archiving exports only to the one marked **Make this the default data export destination**; with no default set and an Amazon S3 bucket connected, it uploads to that bucket.
provider-preflight-heading = Check your setup before Braze does
provider-preflight-intro = Run this script where your cloud's command-line tool is signed in. It only reads your settings, changes nothing and prints no key. Then paste what it printed below.
provider-not-for-case = Braze does not support this case: see the message in the form above.
provider-checker-heading = Check what is already set up
provider-checker-label = Text to check
provider-checker-verdict = { $verdict ->
        [sufficient] Enough for Braze.
        [insufficient] Not enough for Braze yet: see below.
       *[invalid] This text cannot be checked.
    }
provider-error-label = Paste the message Braze showed
