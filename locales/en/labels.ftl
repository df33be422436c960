# Labels of the AWS and Braze consoles, as the reader sees them on screen.
#
# Decisions, label by label, with their source (issue 14). Braze's dashboard: Braze's current
# English page (braze-docs _docs/_partners/data_and_analytics/cloud_storage/amazon_s3.md, as
# summarised in docs/facts.md, "Today vs the seed"). AWS: the AWS console in English, as it labels things
# today (sentence case: "Create bucket", "Create policy", "Create role").
#   -aws-sign-in, -aws-create-account: AWS sign-in page ("Sign In to the Console", "Create an AWS Account").
#   -aws-s3, -aws-json-tab: product/tab names, the same in every language.
#   -aws-storage-category, -aws-show-credentials, -aws-download-credentials, -aws-get-started,
#   -aws-create-own-policy, -aws-policy-document, -aws-attach-policy, -aws-review-policy:
#       as Braze's English page quotes them (screens of the older console; kept as Braze words them).
#   -aws-create-bucket, -aws-policies, -aws-create-policy, -aws-users, -aws-permissions-tab,
#   -aws-roles, -aws-create-role, -aws-another-account, -aws-require-external-id, -aws-next,
#   -aws-role-arn, -aws-trust-relationships, -aws-custom-trust-policy,
#   -aws-security-credentials-tab, -aws-create-access-key, -aws-bucket-policy, -aws-edit:
#       the AWS console in English (IAM and S3 consoles).
#   -braze-partner-integrations "Partner Integrations", -braze-technology-partners, -braze-amazon-s3,
#   -braze-integrations, -braze-currents: Braze's English page (navigation; "Integrations" and
#       "Currents" also name the older path kept as a note).
#   -braze-create-currents: "Create New Current" — Braze's current page (Partner Integrations >
#       Currents > Create New Current > Amazon S3 Data Export). The seed's "Create Current" and
#       "… > Data Export" survive only in the old-navigation notes of main.ftl.
#   -braze-data-export: "Data Export" — the seed's older Currents path, used only in those notes.
#   -braze-s3-data-export "Amazon S3 Data Export", -braze-credentials-section "Credentials",
#   -braze-secret-key-radio "AWS Secret Access Key", -braze-role-arn-radio "AWS Role ARN",
#   -braze-folder-path "Folder Path", -braze-launch-currents "Launch Current",
#   -braze-aws-credentials-page "AWS Credentials", -braze-test-credentials "Test Credentials",
#   -braze-save "Save", -braze-invalid-credentials "S3 credentials are invalid": Braze's English page.
#   -braze-sse-option: "Server-Side, At-Rest AES-256 Encryption" — Braze's current English page
#       (was "AES-256 Server-Side Encryption at Rest").

## AWS console
-aws-sign-in = Sign In to the Console
-aws-create-account = Create an AWS Account
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = Create bucket
-aws-show-credentials = Show User Security Credentials
-aws-download-credentials = Download Credentials
-aws-policies = Policies
-aws-get-started = Get Started
-aws-create-policy = Create policy
-aws-create-own-policy = Create Your Own Policy
-aws-policy-document = Policy Document
-aws-users = Users
-aws-permissions-tab = Permissions
-aws-attach-policy = Attach Policy
-aws-json-tab = JSON
-aws-review-policy = Review policy
-aws-roles = Roles
-aws-create-role = Create role
-aws-another-account = Another AWS account
-aws-require-external-id = Require external ID
-aws-next = Next
-aws-role-arn = Role ARN
-aws-trust-relationships = Trust relationships
-aws-custom-trust-policy = Custom trust policy
-aws-security-credentials-tab = Security credentials
-aws-create-access-key = Create access key

## Braze dashboard
-braze-partner-integrations = Partner Integrations
-braze-data-export = Data Export
-braze-create-currents = Create New Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-integrations = Integrations
-braze-currents = Currents
-braze-technology-partners = Technology Partners
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = Folder Path
-braze-sse-option = Server-Side, At-Rest AES-256 Encryption
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = S3 credentials are invalid
-aws-bucket-policy = Bucket policy
-aws-edit = Edit
# -braze-default-export-destination: the checkbox on a provider's page in Technology Partners (Braze's
# message-archiving page and its cloud storage pages; English on every translated page).
-braze-default-export-destination = Make this the default data export destination
