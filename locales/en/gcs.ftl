# Google Cloud Storage: fields, input rules, generated files, checker, preflight, Braze's error,
# key rotation (src/core/providers/gcs/). Facts and sources: docs/facts.md, "Google Cloud Storage".
# Markup: **label** for a button or menu, `literal` for code.
#
# Labels, as Braze's English "Google Cloud Storage" page writes them (braze-docs
# _docs/_partners/data_and_analytics/cloud_storage/google_cloud_storage_for_currents.md):
#   -gcs-json-credentials "GCS JSON Credentials" (the Currents field), -gcs-technology-partners
#   "Technology Partners", -gcs-page "Google Cloud Storage", -gcs-test-credentials "Test Credentials",
#   -gcs-create-key "Create Key", -gcs-json "JSON", -gcs-iam-admin "IAM & admin",
#   -gcs-service-accounts "Service Accounts": the Google Cloud console as Braze's page names it.

-gcs-json-credentials = GCS JSON Credentials
-gcs-technology-partners = Technology Partners
-gcs-page = Google Cloud Storage
-gcs-test-credentials = Test Credentials
-gcs-create-key = Create Key
-gcs-json = JSON
-gcs-iam-admin = IAM & admin
-gcs-service-accounts = Service Accounts

## Fields

gcs-field-bucket = GCS bucket name
gcs-field-project-id = Google Cloud project ID
gcs-field-role-id = Custom role ID
gcs-field-service-account = Service account ID
gcs-field-prefix = GCS prefix (optional)
gcs-field-hierarchical-namespace = The bucket uses hierarchical namespace

gcs-placeholder-bucket = YOUR-BUCKET
gcs-placeholder-project-id = YOUR-PROJECT-ID
gcs-placeholder-role-id = YOUR_ROLE_ID
gcs-placeholder-service-account = YOUR-SERVICE-ACCOUNT@YOUR-PROJECT-ID.iam.gserviceaccount.com

## Input rules (Google's naming rules)

gcs-rule-required = Enter a value.
gcs-rule-bucket-length = A bucket name has { $min } to { $max } characters; this one has { $len }.
gcs-rule-bucket-part = Each part of a name between dots has 1 to { $max } characters; one has { $len }.
gcs-rule-bucket-uppercase = Bucket names use lowercase letters only.
gcs-rule-bucket-characters = A bucket name holds only lowercase letters, digits, `-`, `_` and `.`; remove: { $found }
gcs-rule-bucket-edge = A bucket name starts and ends with a letter or a digit.
gcs-rule-bucket-ip-address = A bucket name cannot look like an IP address (four groups of digits between dots).
gcs-rule-bucket-goog-prefix = A bucket name cannot start with `goog`.
gcs-rule-bucket-google = A bucket name cannot contain `google` or a close misspelling of it, such as `g00gle`.
gcs-rule-bucket-dots = A name with dots works, but Google first verifies that you own the domain it names; a name without dots avoids that step.
gcs-rule-project-length = A project ID has { $min } to { $max } characters; this one has { $len }.
gcs-rule-project-characters = A project ID holds only lowercase letters, digits and hyphens; remove: { $found }
gcs-rule-project-start = A project ID starts with a lowercase letter.
gcs-rule-project-trailing-hyphen = A project ID cannot end with a hyphen.
gcs-rule-project-restricted = A project ID cannot contain `{ $word }`.
gcs-rule-role-id-length = A role ID has { $min } to { $max } characters; this one has { $len }.
gcs-rule-role-id-hyphen = A role ID cannot contain `-`: use `_` or `.` instead.
gcs-rule-role-id-characters = A role ID holds only letters, digits, `_` and `.`; remove: { $found }
gcs-rule-service-account-length = A service account ID has { $min } to { $max } characters; this one has { $len }.
gcs-rule-service-account-characters = A service account ID holds only lowercase letters, digits and hyphens; remove: { $found }
gcs-rule-service-account-start = A service account ID starts with a lowercase letter.
gcs-rule-service-account-end = A service account ID ends with a letter or a digit.
gcs-rule-prefix-too-long = An object name has at most { $max } bytes in UTF-8, and Braze adds its own path after the prefix; this prefix has { $bytes }.
gcs-rule-prefix-line-break = A prefix cannot contain a line break.
gcs-rule-prefix-dots = A prefix cannot be `.` or `..`.
gcs-rule-prefix-acme-challenge = A prefix cannot start with `.well-known/acme-challenge/`.
gcs-rule-prefix-invisible = This prefix contains a control or invisible character: type it again without it.
gcs-rule-prefix-avoided = Google strongly recommends avoiding these characters in object names (the gcloud CLI reads `[`, `]`, `*` and `?` as wildcards, and a name ending in `#` and digits as a version of the object): { $found }
gcs-rule-hns-choice = Choose whether the bucket uses hierarchical namespace: `on` or `off`.

## Secrets

gcs-secret-refused = { $kind ->
        [key-file] This is a service account's JSON key: a secret.
       *[private-key] This is a private key: a secret.
    } It belongs in Braze only: upload the key file as **{ -gcs-json-credentials }** (Currents), or enter it as the GCS credentials in **{ -gcs-technology-partners }** > **{ -gcs-page }** (exports). This page kept nothing of it; delete it from here.

## Generated files

gcs-snippet-role = The custom role (YAML for `gcloud iam roles create`)
gcs-snippet-cli-script = gcloud commands: role, service account, binding on the bucket
gcs-snippet-terraform = Terraform: role, service account, binding on the bucket
gcs-snippet-preflight-script = Read-only preflight script (gcloud)

gcs-note-role-command = Save it as `{ $file }`, then create the role with: `gcloud iam roles create { $role } --project={ $project } --file={ $file }`
gcs-note-cli-bucket-scope = Braze's page has you grant the role while you create the service account, without saying at which level; this script grants it on the bucket only, the least Braze needs.
gcs-note-cli-propagation = Google may need 60 seconds or more before a new service account can be used: the script tries the binding again for about a minute.
gcs-note-no-key-created = No key is created here. Create the JSON key in the Google Cloud console (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**) and upload it to Braze; never paste it into this page.
gcs-note-terraform-no-key = There is no `google_service_account_key` resource on purpose: Terraform would keep the private key in its state.
gcs-note-terraform-propagation = If `terraform apply` stops at the binding because the new service account is not visible yet, run it again a minute later.
gcs-note-hns-permission = Your bucket uses hierarchical namespace: the role also has `storage.folders.create`, without which Braze cannot write there.

## Checker

gcs-checker-empty = Paste a role (`gcloud iam roles describe`, YAML or JSON) or the bucket's policy (`gcloud storage buckets get-iam-policy gs://BUCKET --format=json`).
gcs-checker-too-large = This text is larger than { $kib } KiB, more than this page reads: paste only the role or the bucket's policy.
gcs-checker-not-role = This is neither a role nor a bucket policy. Paste what `gcloud iam roles describe` or `gcloud storage buckets get-iam-policy --format=json` printed.
gcs-checker-not-readable = Line { $line } is not what gcloud prints for a role. Paste the output as it was printed.
gcs-checker-policy-yaml = This is a policy in YAML: print it with `--format=json` and paste that.
gcs-checker-this-role = this role
gcs-checker-role-sufficient = { $role } gives Braze every permission it needs.
gcs-checker-role-insufficient = { $role } does not give Braze what it needs.
gcs-checker-missing = Missing: { $permissions }.
gcs-checker-delete-optional = Without `{ $permission }` (optional), Braze cannot clean up a file left incomplete when a connection ends early.
gcs-checker-too-broad = { $kind ->
        [escalation] These let their holder change who may do what, or act on IAM or credentials: { $permissions }.
        [wildcard] These wildcards cover more than Braze needs: { $permissions }.
        [bucket-admin] These create, change or delete buckets: { $permissions }.
        [other-service] These belong to other services than Cloud Storage: { $permissions }.
       *[extra] Braze does not need these: { $permissions }.
    }
gcs-checker-other-project = This custom role belongs to the project { $found }, not { $expected }: it can be granted in its own project only.
gcs-checker-disabled = The role's stage is `DISABLED`: it gives no permission where it is granted.
gcs-checker-deleted = The role is deleted: its bindings stay but have no effect.
gcs-checker-deprecated = The role's stage is `DEPRECATED`: it still works, but plan to replace it.
gcs-checker-bound = { $account } is bound on this bucket with { $role }.
gcs-checker-bound-conditional = { $account } has { $role } on this bucket only under a condition, which this page cannot evaluate.
gcs-checker-bound-other-roles = { $account } is bound on this bucket with { $roles }: paste { $count ->
        [one] that role
       *[other] those roles
    } (`gcloud iam roles describe`) to check { $count ->
        [one] its
       *[other] their
    } permissions.
gcs-checker-not-bound = { $account } is not bound on this bucket. A role granted on the project still reaches it, but gives more than Braze needs: bind the role on the bucket.
gcs-checker-deleted-member = A binding names { $account } as a deleted service account: it does not apply to an account created again with the same name.
gcs-checker-public = `allUsers` or `allAuthenticatedUsers` is bound on this bucket ({ $roles }): anyone may act on what Braze writes there.

## Preflight

gcs-preflight-intro = Read-only check of gs://{ $bucket } and { $account }: run it in Cloud Shell, or wherever the gcloud CLI is signed in to your project. It reads the bucket, the role, the service account, the policies and the keys' dates; it creates, changes and deletes nothing and prints no key.
gcs-preflight-other-values = This report is for { $field ->
        [bucket] the bucket
        [project] the project
        [role] the role
       *[service-account] the service account
    } { $reported }, but you entered { $configured }. Copy the script for your current values and run it again.
gcs-preflight-unknown-absent = The report has no answer from `gcloud { $call }`: this was not checked.
gcs-preflight-unknown-denied = The account that ran the script may not run `gcloud { $call }`: this was not checked.
gcs-preflight-unknown-error = `gcloud { $call }` failed ({ $error }): this was not checked.
gcs-preflight-unknown-no-bucket = Not checked: the bucket { $bucket } does not exist.
gcs-preflight-bucket-exists = The bucket { $bucket } exists (location { $location }, { $kind }).
gcs-preflight-bucket-missing = The bucket { $bucket } does not exist.
gcs-preflight-bucket-missing-fix = Create it in the Google Cloud console (Cloud Storage > Buckets), or correct the name.
gcs-preflight-bucket-denied = The account that ran the script may not read the bucket { $bucket }: it may belong to another project. Not checked.
gcs-preflight-hns-on = The bucket uses hierarchical namespace, as you chose.
gcs-preflight-hns-off = The bucket does not use hierarchical namespace, as you chose.
gcs-preflight-hns-unexpected = The bucket { $bucket } uses hierarchical namespace: Braze also needs `storage.folders.create` there.
gcs-preflight-hns-fix-on = Choose hierarchical namespace above, then update the role with the new script.
gcs-preflight-hns-not-used = The bucket { $bucket } does not use hierarchical namespace: `storage.folders.create` is not needed.
gcs-preflight-hns-fix-off = Turn hierarchical namespace off above.
gcs-preflight-role-pass = The role { $role } has what Braze needs, and nothing more.
gcs-preflight-role-absent = The role { $role } does not exist.
gcs-preflight-role-absent-covered = The role { $role } does not exist; the service account gets what Braze needs from other roles.
gcs-preflight-role-fix = Create or update the role with the gcloud commands on this page.
gcs-preflight-account-pass = The service account { $account } exists and is enabled.
gcs-preflight-account-disabled = The service account { $account } is disabled: Braze cannot sign in with its key.
gcs-preflight-account-enable-fix = Enable it in **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**.
gcs-preflight-account-missing = The service account { $account } was not found. (Google answers "permission denied" both for an account that does not exist and for one you may not read.)
gcs-preflight-account-fix = Check the service account ID and the project, or create the account with the gcloud commands on this page.
gcs-preflight-permissions-pass = { $delete ->
        [yes] The service account has every permission Braze needs on the bucket.
       *[no] The service account has every permission Braze needs on the bucket. Without `storage.objects.delete` (optional), Braze cannot clean up a file left incomplete.
    }
gcs-preflight-permissions-missing = The service account lacks { $permissions } on the bucket (granted through the bucket or the project; grants on folders or the organization are not read).
gcs-preflight-permissions-unknown = So far the service account lacks { $permissions }, but a policy or a role was not read: this is not settled.
gcs-preflight-permissions-conditional = The service account lacks { $permissions } unless a conditional binding applies, which the preflight cannot evaluate.
gcs-preflight-permissions-fix = Bind the role on the bucket with the gcloud commands on this page.
gcs-preflight-scope-bucket = The service account is bound on the bucket only ({ $roles }): the least it needs.
gcs-preflight-scope-project = The service account is bound on the whole project ({ $roles }): it reaches every bucket there.
gcs-preflight-scope-fix = Bind the guide's role on the bucket, then remove the broader grant.
gcs-preflight-scope-none = The service account is bound neither on the bucket nor on the project.
gcs-preflight-extra = { $escalation ->
        [yes] The service account's roles give more than Braze needs, some of it the power to change who may do what: { $permissions }.
       *[no] The service account's roles give more than Braze needs: { $permissions }.
    }
gcs-preflight-extra-none = The service account's roles give nothing beyond what Braze needs.
gcs-preflight-public = Anyone may act on the bucket: `allUsers` or `allAuthenticatedUsers` is bound ({ $roles }). Braze's exports hold your users' data.
gcs-preflight-public-none = The bucket is not open to `allUsers` or `allAuthenticatedUsers`.
gcs-preflight-deny-none = No IAM deny policy on the project (those of folders and the organization are not read).
gcs-preflight-deny-some = The project has { $count } IAM deny { $count ->
        [one] policy
       *[other] policies
    } ({ $policies }): a deny rule wins over any grant. Check that none denies the service account the permissions above.
gcs-preflight-key-none = The service account has no key: Braze signs in with a JSON key.
gcs-preflight-key-unusable = None of the service account's { $count } keys can sign in now: each is disabled or outside its validity dates.
gcs-preflight-key-fix = Create a JSON key (**{ -gcs-create-key }**, **{ -gcs-json }**) and upload it as **{ -gcs-json-credentials }** in Braze.
gcs-preflight-key-expiring = The service account's last valid key stops working in { $days } days. When credentials expire, the connector stops; after { $window } days (Braze's current page; earlier versions said { $hours } hours) its events are dropped for good.
gcs-preflight-key-old = The newest valid key is { $days } days old: Google recommends rotating keys at least every { $limit } days.
gcs-preflight-key-rotate-fix = Rotate it: a new key, Braze updated and tested, the old key deleted last.
gcs-preflight-key-pass = The service account has { $count } valid { $count ->
        [one] key
       *[other] keys
    } (the key uploaded to Braze should be one of them).

## Braze's error

gcs-error-unknown = This is not Braze's Google Cloud Storage error. Paste the message Braze showed, as it is.
gcs-error-meaning = Braze could not use these credentials on the bucket: the JSON key, the bucket name or the prefix is wrong, or the service account lacks a permission.
gcs-error-check-permissions = Check that { $account } has { $permissions } on { $bucket } (the checker and the preflight on this page show it).
gcs-error-check-values = Check that the bucket name in Braze is exactly { $bucket }, and that the prefix is valid.
gcs-error-check-key = Check that the uploaded key is the JSON key of that service account, and that the key is enabled.
gcs-error-test = Then select **{ -gcs-test-credentials }** on the **{ -gcs-page }** page in Braze.

## Key rotation

gcs-rotate-create-key = Create a new JSON key for { $account } (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**). The old key keeps working meanwhile.
gcs-rotate-update-currents = In Braze, open your Google Cloud Storage Current and upload the new key as **{ -gcs-json-credentials }**.
gcs-rotate-update-export = In Braze, go to **{ -gcs-technology-partners }** > **{ -gcs-page }** and enter the new key as the GCS credentials.
gcs-rotate-test = On the **{ -gcs-page }** page in Braze, select **{ -gcs-test-credentials }**, then check that Braze's files still arrive in the bucket.
gcs-rotate-delete-old = Only then delete the old key in the Google Cloud console.
gcs-rotate-expiry = Keep the key current: when credentials expire the connector stops, and after { $days } days (Braze's current page; earlier versions said { $hours } hours) its events are dropped for good.

## The guide (the provider engine: src/core/providers/guide.rs)

provider-gcs-auth = Service account JSON key
provider-gcs-auth-hint = The method Braze's page gives for Google Cloud Storage. For Currents it is the only one: Workload Identity Federation is not supported there.
provider-gcs-step-role = Create the custom role
provider-gcs-step-role-body = In the Google Cloud console, go to **{ -gcs-iam-admin }** > **Roles** > **+ Create Role**, give the role a name, select **+Add Permissions**, add the permissions of the file below, then select **Create**; or create the role from that file with the command under it.
provider-gcs-step-service-account = Create the service account and grant it the role on the bucket
provider-gcs-step-service-account-body = Go to **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }** > **Create Service Account** and give the service account a name. Braze's page then has you grant it the custom role, without saying at which level; the files below grant it on the bucket only, the least Braze needs.
provider-gcs-step-key = Create the service account's JSON key
provider-gcs-step-key-body = On the service account, use **{ -gcs-create-key }** and choose **{ -gcs-json }**: the private key downloads to your computer. It goes into Braze only: never paste it here (this page refuses it and keeps nothing of it).
provider-gcs-step-currents-body = In Braze, go to **Currents** > **+ Create Current** > **Google Cloud Storage Data Export**, give the integration a name and a contact email, upload the JSON key under **{ -gcs-json-credentials }**, then give the bucket name { $bucket } and the GCS prefix (optional). Finally, select the events to export and launch the Current.
provider-gcs-step-export-body = In Braze, go to **{ -gcs-technology-partners }** > **{ -gcs-page }**, enter your GCS credentials (the whole JSON key) and select **Make this the default data export destination**. To check the permissions (optional), select **{ -gcs-test-credentials }** on that page.
provider-gcs-checker-intro = Already have a role or a bucket? Paste what `gcloud iam roles describe ROLE_ID --project=PROJECT_ID` prints (YAML or JSON), or `gcloud storage buckets get-iam-policy gs://BUCKET --format=json`, to see what is missing, what is more than Braze needs and what is in the wrong place. It never leaves your browser.
provider-gcs-update-rotate = Rotate the service account's key
