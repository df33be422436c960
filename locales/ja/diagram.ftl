# 「誰が何をできるか」の図: Braze のアカウントまたは IAM ユーザー、ロール、アクセス許可ポリシーの
# アクション、バケット。図の幅は 320 単位（1 行に全角約 20 文字、長いラベルは最大 3 行で折り返し）。
# $action と $actions は IAM アクション（sts:AssumeRole、s3:PutObject など）で、翻訳しません。

diagram-caption = 誰が何をできるか
diagram-braze-account = Braze の AWS アカウント
diagram-assumes = external ID を使ってロールを引き受ける（{ $action }）
diagram-role = お客様の AWS アカウントの IAM ロール
diagram-user = お客様の AWS アカウントの IAM ユーザー
diagram-access-key = とそのアクセスキー（Braze に入力）
diagram-allows = アクセス許可ポリシー { $policy } が許可する操作:
diagram-bucket = S3 バケット
diagram-folders = Currents のフォルダー
diagram-more-folders = ほか { $count } 件

## 代替テキスト: タイトルはバケット名（ロールの場合は Braze のアカウントとexternal ID も）を示し、
## 説明は図が示すすべてを述べます。

diagram-title-role = Braze の AWS アカウント { $account } がexternal ID { $external_id } を使ってお客様のロールを引き受け、S3 バケット { $bucket } を使用します
diagram-title-key = IAM ユーザー { $user } と、Braze に入力したそのアクセスキーが S3 バケット { $bucket } を使用します
diagram-desc-assume = Braze の AWS アカウント { $account } は、external ID { $external_id } を提示した場合に限り、IAM ロール { $role } を引き受けられます（{ $action }）。
diagram-desc-key = Braze は、お客様が Braze に入力したアクセスキーを使って IAM ユーザー { $user } としてサインインします。
diagram-desc-policy = アクセス許可ポリシー { $policy } は、S3 バケット { $bucket } に対して { $actions } を許可します。
diagram-desc-folders = Currents はフォルダー { $folders } に書き込みます。
diagram-desc-folders-missing = Currents が書き込む { $count } 件のフォルダーのうち、パスがまだ有効でないものがあります。

## The providers' pictures (src/core/providers/diagram.rs)

provider-diagram-braze = Braze
provider-diagram-gcs-key = 次の JSON キーでサインイン：
provider-diagram-service-account = サービスアカウント
provider-diagram-gcs-role = カスタムロールで、このバケットにだけ書き込み可能：
provider-diagram-bucket = バケット
provider-diagram-azure-connection-string = 接続文字列（アカウントキーを含む）で書き込み：
provider-diagram-storage-account = ストレージアカウントとそのコンテナー
provider-diagram-azure-certificate = 証明書で Microsoft Entra ID にサインイン：
provider-diagram-app = アプリのサービスプリンシパル
provider-diagram-azure-role = ストレージアカウントで付与された Storage Blob Data Contributor で書き込み可能：
provider-diagram-title = 誰が何をできるか：Braze から { $target } へのアクセス
provider-diagram-gcs-desc = Braze はサービスアカウント { $account } として、その JSON キーでサインインします。バケット { $bucket } にだけ付与されたカスタムロール { $role } により、そこに書き込めます。
provider-diagram-azure-connection-string-desc = Braze は、アカウントキーを含む接続文字列で、ストレージアカウント { $account } のコンテナー { $container } に書き込みます。
provider-diagram-azure-certificate-desc = Braze は証明書を使い、アプリ { $client } として Microsoft Entra ID にサインインします。ストレージアカウント { $account } で付与された Storage Blob Data Contributor により、コンテナー { $container } に書き込めます。
