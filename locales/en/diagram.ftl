# The picture "who may do what": Braze's account or the IAM user, the role, the permission
# policy's actions, the bucket. Box texts are short: the picture is 320 units wide (about 20
# CJK characters or 35 Latin letters a line; longer labels wrap onto up to three lines).
# $action and $actions are IAM actions (sts:AssumeRole, s3:PutObject…), never translated.

diagram-caption = Who may do what
diagram-braze-account = Braze's AWS account
diagram-assumes = assumes the role ({ $action }) with the external ID
diagram-role = IAM role in your AWS account
diagram-user = IAM user in your AWS account
diagram-access-key = and its access key, entered in Braze
diagram-allows = permission policy { $policy } allows:
diagram-bucket = S3 bucket
diagram-folders = { $count ->
        [one] Currents folder
       *[other] Currents folders
    }
diagram-more-folders = and { $count } more

## The text alternative: the title names the bucket (and, for a role, Braze's account and the
## external ID); the description says everything the picture shows.

diagram-title-role = Braze's AWS account { $account } assumes your role with the external ID { $external_id } to use the S3 bucket { $bucket }
diagram-title-key = The IAM user { $user } and its access key, entered in Braze, use the S3 bucket { $bucket }
diagram-desc-assume = Braze's AWS account { $account } may assume the IAM role { $role } ({ $action }) only when it presents the external ID { $external_id }.
diagram-desc-key = Braze signs in as the IAM user { $user } with its access key, which you enter in Braze.
diagram-desc-policy = The permission policy { $policy } allows { $actions } on the S3 bucket { $bucket }.
diagram-desc-folders = { $count ->
        [one] Currents writes into the folder { $folders }.
       *[other] Currents writes into the folders { $folders }.
    }
diagram-desc-folders-missing = { $count ->
        [one] Currents writes into a folder whose path is not valid yet.
       *[other] Currents writes into { $count } folders, not all of whose paths are valid yet.
    }

## The providers' pictures (src/core/providers/diagram.rs)

provider-diagram-braze = Braze
provider-diagram-gcs-key = signs in with the JSON key of
provider-diagram-service-account = The service account
provider-diagram-gcs-role = may write, on this bucket only, with the custom role
provider-diagram-bucket = The bucket
provider-diagram-azure-connection-string = writes with the connection string (it holds an account key) to
provider-diagram-storage-account = The storage account and its container
provider-diagram-azure-certificate = signs in to Microsoft Entra ID with the certificate as
provider-diagram-app = The app's service principal
provider-diagram-azure-role = may write with Storage Blob Data Contributor, granted on the storage account, to
provider-diagram-title = Who may do what: Braze's access to { $target }
provider-diagram-gcs-desc = Braze signs in as the service account { $account } with its JSON key. The custom role { $role }, granted on the bucket { $bucket } only, lets it write there.
provider-diagram-azure-connection-string-desc = Braze writes to the container { $container } of the storage account { $account } with the connection string, which holds an account key.
provider-diagram-azure-certificate-desc = Braze signs in to Microsoft Entra ID as the app { $client } with the certificate. Storage Blob Data Contributor, granted on the storage account { $account }, lets it write to the container { $container }.
