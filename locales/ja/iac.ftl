# iac：Infrastructure as Code と CLI（AWS CLI スクリプト、CloudFormation、Terraform）。
# マークアップ：ボタンやメニューは **ラベル**、コードは `リテラル`。
# 実行方法のメッセージは、ファイル名のメッセージ（{ iac-file-… }）でファイルを示す。

## タイトル

iac-title-cli-script = AWS CLI スクリプト（bash）
iac-title-cloudformation = CloudFormation テンプレート（YAML）
iac-title-terraform = Terraform 設定（HCL）

## ダウンロードするファイルの名前（どのシステムでも扱えるよう ASCII のまま）

iac-file-cli-script = { $bucket }-braze-iam.sh
iac-file-cloudformation = { $bucket }-braze-iam.yaml
iac-file-terraform = { $bucket }-braze-iam.tf

## 各ファイルの実行方法（1 行）

iac-how-cli-script = バケットを所有する AWS アカウントに AWS CLI v2 でサインインしている環境（AWS CloudShell など）で、`bash { iac-file-cli-script }` を実行します。繰り返し実行しても問題ありません。
iac-how-cloudformation = バケットを所有する AWS アカウントで、`aws cloudformation deploy --stack-name braze-s3 --capabilities CAPABILITY_NAMED_IAM --template-file { iac-file-cloudformation }` を実行してデプロイするか、CloudFormation コンソール（**スタックの作成（Create stack）**）でデプロイします。
iac-how-terraform = `{ iac-file-terraform }` だけを 1 つのフォルダーに置き、バケットを所有するアカウントの AWS 認証情報で `terraform init` と `terraform apply` を実行します。

## ファイルと一緒に表示する注記

iac-note-separate-policies = 両方の統合を選んだ場合は、Braze が公開している 2 つのポリシー { $currents } と { $dashboard } を作成し、両方ともアタッチします。各ポリシーは Braze のドキュメントのままなので、一方をデタッチすれば、その統合のアクセスだけを取り除けます。
iac-note-secret-once = スクリプトはアクセスキーを最後に作成します。シークレットアクセスキーは出力に一度だけ表示され、再表示はできません。すぐに Braze に入力し、他の場所には保存しないでください。
iac-note-access-key-later = ユーザー { $user } は作成しますが、アクセスキーは作成しません。作成すると、そのシークレットがデプロイの情報と一緒に保存されてしまうためです。デプロイ後に IAM で **{ -aws-users }** > { $user } > **{ -aws-security-credentials-tab }** > **{ -aws-create-access-key }** の順に進み、作成したキーを Braze に入力してください。
iac-note-role-arn-cli = スクリプトは最後に、Braze に貼り付けるロール ARN を出力します。その直後に Braze で「{ -braze-invalid-credentials }」と表示される場合は、IAM で新しいロールがまだ反映されていない可能性があります。しばらく待ってから再試行してください。
iac-note-role-arn-cloudformation = Braze に貼り付けるロール ARN は、スタックの `RoleArn` 出力（**出力（Outputs）** タブ）です。その直後に Braze で「{ -braze-invalid-credentials }」と表示される場合は、IAM で新しいロールがまだ反映されていない可能性があります。しばらく待ってから再試行してください。
iac-note-role-arn-terraform = Braze に貼り付けるロール ARN は `role_arn` 出力（`terraform output role_arn`）です。その直後に Braze で「{ -braze-invalid-credentials }」と表示される場合は、IAM で新しいロールがまだ反映されていない可能性があります。しばらく待ってから再試行してください。
