# Labels of the AWS and Braze consoles, as the reader sees them on screen.

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
-braze-create-currents = Create Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-integrations = Integrations
-braze-currents = Currents
-braze-technology-partners = Technology Partners
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = Folder Path
-braze-sse-option = AES-256 Server-Side Encryption at Rest
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = S3 credentials are invalid
