# iac: infrastructure as code and CLI (AWS CLI script, CloudFormation, Terraform).
# Markup: **label** for a button or menu, `literal` for code.
# The how-to messages name the file through the file-name messages ({ iac-file-… }).

## Titles

iac-title-cli-script = AWS CLI script (bash)
iac-title-cloudformation = CloudFormation template (YAML)
iac-title-terraform = Terraform configuration (HCL)

## Download file names

iac-file-cli-script = { $bucket }-braze-iam.sh
iac-file-cloudformation = { $bucket }-braze-iam.yaml
iac-file-terraform = { $bucket }-braze-iam.tf

## How to run each file, in one line

iac-how-cli-script = Run `bash { iac-file-cli-script }` where the AWS CLI v2 is signed in to the AWS account that owns the bucket (AWS CloudShell works); running it again is safe.
iac-how-cloudformation = Deploy it with `aws cloudformation deploy --stack-name braze-s3 --capabilities CAPABILITY_NAMED_IAM --template-file { iac-file-cloudformation }`, or in the CloudFormation console (**Create stack**), in the AWS account that owns the bucket.
iac-how-terraform = Put `{ iac-file-terraform }` alone in a folder, then run `terraform init` and `terraform apply` with AWS credentials for the account that owns the bucket.

## Notes shown with the files

iac-note-separate-policies = With both integrations, it creates the two policies Braze publishes, { $currents } and { $dashboard }, and attaches both: each stays exactly Braze's document, and detaching one removes that integration's access.
iac-note-secret-once = The script creates the access key last. Its output shows the secret access key once, and never again: type it into Braze right away, and keep it nowhere else.
iac-note-access-key-later = It creates the user { $user } but not its access key, whose secret would be stored with the deployment. Afterwards, in IAM: **{ -aws-users }** > { $user } > **{ -aws-security-credentials-tab }** > **{ -aws-create-access-key }**, then type the key into Braze.
iac-note-role-arn-cli = The script ends by printing the role ARN to paste into Braze. If Braze answers “{ -braze-invalid-credentials }” right after, IAM may not have propagated the new role yet: wait and try again.
iac-note-role-arn-cloudformation = The role ARN to paste into Braze is the stack's `RoleArn` output (**Outputs** tab). If Braze answers “{ -braze-invalid-credentials }” right after, IAM may not have propagated the new role yet: wait and try again.
iac-note-role-arn-terraform = The role ARN to paste into Braze is the `role_arn` output (`terraform output role_arn`). If Braze answers “{ -braze-invalid-credentials }” right after, IAM may not have propagated the new role yet: wait and try again.
