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
