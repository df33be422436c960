# AWS コンソールと Braze ダッシュボードのラベル（読者が画面で目にする表記）。
# 日本語の表記が確かなものだけを日本語にし、確かでないものは英語のまま残して、
# 読者が必ずボタンを見つけられるようにする。
#
# 意図的に英語のまま残しているラベル：
#   AWS：Storage & Content Delivery、Show User Security Credentials、Download Credentials、
#        Get Started、Create Your Own Policy、Policy Document、Attach Policy
#        （いずれも旧 IAM / 旧 AWS コンソールのラベルで、日本語表記を確認できない）、
#        Permissions（S3 のバケット画面と IAM のユーザー画面で日本語表記が異なるため、
#        両方を指すこの 1 つのラベルは英語のままにする）。
#   Braze：AWS Secret Access Key、AES-256 Server-Side Encryption at Rest
#        （Braze の日本語ドキュメントでも英語表記または表記ゆれがあり、画面の表記を確認できない）。
#   製品名・固有名詞：S3、JSON、Currents、Amazon S3。

## AWS コンソール
-aws-sign-in = コンソールにサインイン
-aws-create-account = AWS アカウントを作成
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = バケットを作成
-aws-show-credentials = Show User Security Credentials
-aws-download-credentials = Download Credentials
-aws-policies = ポリシー
-aws-get-started = Get Started
-aws-create-policy = ポリシーの作成
-aws-create-own-policy = Create Your Own Policy
-aws-policy-document = Policy Document
-aws-users = ユーザー
-aws-permissions-tab = Permissions
-aws-attach-policy = Attach Policy
-aws-json-tab = JSON
-aws-review-policy = ポリシーの確認
-aws-roles = ロール
-aws-create-role = ロールを作成
-aws-another-account = 別の AWS アカウント
-aws-require-external-id = 外部 ID を要求する
-aws-next = 次へ
-aws-role-arn = ロール ARN
-aws-trust-relationships = 信頼関係
-aws-custom-trust-policy = カスタム信頼ポリシー
-aws-security-credentials-tab = セキュリティ認証情報
-aws-create-access-key = アクセスキーを作成

## Braze ダッシュボード
-braze-partner-integrations = パートナー連携
-braze-data-export = データエクスポート
-braze-create-currents = Current を作成
-braze-s3-data-export = Amazon S3 データエクスポート
-braze-integrations = 統合
-braze-currents = Currents
-braze-technology-partners = テクノロジーパートナー
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = 認証情報
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS ロール ARN
-braze-folder-path = フォルダーのパス
-braze-sse-option = AES-256 Server-Side Encryption at Rest
-braze-launch-currents = Current を開始
-braze-aws-credentials-page = AWS 認証情報
-braze-test-credentials = 認証情報のテスト
-braze-save = 保存
-braze-invalid-credentials = S3の認証情報が無効です
-aws-bucket-policy = バケットポリシー
-aws-edit = 編集
