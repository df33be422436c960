# AWS コンソールと Braze ダッシュボードのラベル（読者が画面で目にする表記）。
#
# 規則：読者が画面で探すラベルは、その画面が読者の言語で表示する表記で書く。
#   Braze ダッシュボード：Braze の現在の日本語ページ（braze-inc/braze-docs
#     _lang/ja/_partners/data_and_analytics/cloud_storage/amazon_s3.md、
#     docs/facts.md「Today vs the seed」）の表記。日本語ページが英語のまま書くラベルは英語。
#   AWS コンソール：日本語表示の AWS コンソールの表記。コンソールは英語表示のこともあるため、
#     英語の表記を（）で添える。Braze の日本語ページが英語で書く AWS ラベルは英語を先に書く。
#
# ラベルごとの判断と出典：
# -aws-sign-in: "コンソールにサインイン（Sign In to the Console）" — AWS サイト日本語版のボタン、英語を併記
# -aws-create-account: "AWS アカウントを作成（Create an AWS Account）" — AWS サイト日本語版、英語を併記
# -aws-s3: "S3" — 製品名
# -aws-storage-category: "Storage & Content Delivery" — 旧コンソールのカテゴリ。Braze の日本語ページも英語
# -aws-create-bucket: "バケットを作成（Create bucket）" — S3 コンソール日本語版、英語を併記
# -aws-show-credentials: "Show User Security Credentials（ユーザーセキュリティクレデンシャルを表示）" — 旧 IAM コンソール。英語を先に、Braze の日本語ページの訳を併記
# -aws-download-credentials: "Download Credentials（認証情報をダウンロード）" — 同上
# -aws-policies: "ポリシー（Policies）" — IAM コンソール日本語版、英語を併記
# -aws-get-started: "Get Started（開始）" — 旧 IAM コンソール。英語を先に、Braze の日本語ページの訳を併記
# -aws-create-policy: "ポリシーの作成（Create policy）" — IAM コンソール日本語版、英語を併記
# -aws-create-own-policy: "Create Your Own Policy" — 旧 IAM コンソール。Braze の日本語ページも英語
# -aws-policy-document: "Policy Document（ポリシードキュメント）" — 旧 IAM コンソール。英語を先に、Braze の日本語ページの訳を併記
# -aws-users: "ユーザー（Users）" — IAM コンソール日本語版、英語を併記
# -aws-permissions-tab: "アクセス許可（Permissions）" — S3 コンソール日本語版のバケットのタブ、英語を併記
# （IAM のユーザー画面のタブは「許可（Permissions）」：sk-attach に直接書く。）
# -aws-attach-policy: "Attach Policy（ポリシーの添付）" — 旧 IAM コンソール。英語を先に、Braze の日本語ページの訳を併記
# -aws-json-tab: "JSON" — どの言語でも同じ
# -aws-review-policy: "ポリシーの確認（Review policy）" — Braze の日本語ページと IAM コンソール日本語版、英語を併記
# -aws-roles: "ロール（Roles）" — IAM コンソール日本語版、英語を併記
# -aws-create-role: "ロールを作成（Create role）" — IAM コンソール日本語版、英語を併記
# -aws-another-account: "Another AWS Account（別の AWS アカウント）" — Braze の日本語ページは英語。IAM コンソール日本語版の表記を併記
# -aws-require-external-id: "Require external ID（外部 ID を要求する）" — Braze の日本語ページは英語（docs/facts.md）。IAM コンソール日本語版の表記を併記
# -aws-next: "次へ（Next）" — IAM コンソール日本語版、英語を併記
# -aws-role-arn: "Role ARN" — Braze の日本語ページは英語（docs/facts.md）
# -aws-trust-relationships: "信頼関係（Trust relationships）" — IAM コンソール日本語版、英語を併記
# -aws-custom-trust-policy: "カスタム信頼ポリシー（Custom trust policy）" — IAM コンソール日本語版、英語を併記
# -aws-security-credentials-tab: "セキュリティ認証情報（Security credentials）" — IAM コンソール日本語版と Braze の日本語ページ、英語を併記
# -aws-create-access-key: "アクセスキーを作成（Create access key）" — IAM コンソール日本語版、英語を併記
# -aws-bucket-policy: "バケットポリシー（Bucket policy）" — S3 コンソール日本語版、英語を併記
# -aws-edit: "編集（Edit）" — S3 コンソール日本語版、英語を併記
# -braze-partner-integrations: "パートナー連携" — Braze の日本語ページ
# -braze-currents: "Currents" — Braze の日本語ページ（製品名、現在のメニュー：パートナー連携 > Currents）
# -braze-create-currents: "Create New Current" — Braze の日本語ページは英語（docs/facts.md、現在のボタン）。
#   旧ボタン「Current を作成」は旧ダッシュボード向けの注記（link-currents-old-nav、role-ids-old-nav）に直接書く
# -braze-s3-data-export: "Amazon S3 Data Export" — Braze の日本語ページは英語（docs/facts.md）
# -braze-data-export: "データエクスポート" — 旧ナビゲーション（シードのページ、旧ダッシュボード向けの注記のみ）
# -braze-integrations: "統合" — 旧ナビゲーション（注記のみ）
# -braze-technology-partners: "テクノロジーパートナー" — Braze の日本語ページ
# -braze-amazon-s3: "Amazon S3" — 製品名
# -braze-credentials-section: "Credentials（認証情報）" — ダッシュボードのボタンが英語（Test Credentials など）のため英語を先に、Braze の日本語ページの訳を併記
# -braze-secret-key-radio: "AWS Secret Access Key" — Braze の日本語ページは英語
# -braze-role-arn-radio: "AWS Role ARN" — Braze の日本語ページは英語（docs/facts.md）
# -braze-folder-path: "フォルダーパス" — Braze の日本語ページ（docs/facts.md）
# -braze-sse-option: "サーバーサイド保管時AES-256暗号化" — Braze の日本語ページ（docs/facts.md、表記どおり）
# -braze-launch-currents: "Launch Current" — Braze の日本語ページは英語（docs/facts.md）
# -braze-aws-credentials-page: "AWS Credentials" — Braze の日本語ページは英語（docs/facts.md）
# -braze-test-credentials: "Test Credentials" — Braze の日本語ページは英語（docs/facts.md）
# -braze-save: "Save" — Braze の日本語ページは英語（docs/facts.md）
# （Braze が表示する ID の名前は、Braze の日本語ページどおり「external ID」と本文に直接書く。）
# -braze-invalid-credentials: "S3の認証情報が無効です" — Braze の日本語ページのエラー文（表記どおり）

## AWS コンソール
-aws-sign-in = コンソールにサインイン（Sign In to the Console）
-aws-create-account = AWS アカウントを作成（Create an AWS Account）
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = バケットを作成（Create bucket）
-aws-show-credentials = Show User Security Credentials（ユーザーセキュリティクレデンシャルを表示）
-aws-download-credentials = Download Credentials（認証情報をダウンロード）
-aws-policies = ポリシー（Policies）
-aws-get-started = Get Started（開始）
-aws-create-policy = ポリシーの作成（Create policy）
-aws-create-own-policy = Create Your Own Policy
-aws-policy-document = Policy Document（ポリシードキュメント）
-aws-users = ユーザー（Users）
-aws-permissions-tab = アクセス許可（Permissions）
-aws-attach-policy = Attach Policy（ポリシーの添付）
-aws-json-tab = JSON
-aws-review-policy = ポリシーの確認（Review policy）
-aws-roles = ロール（Roles）
-aws-create-role = ロールを作成（Create role）
-aws-another-account = Another AWS Account（別の AWS アカウント）
-aws-require-external-id = Require external ID（外部 ID を要求する）
-aws-next = 次へ（Next）
-aws-role-arn = Role ARN
-aws-trust-relationships = 信頼関係（Trust relationships）
-aws-custom-trust-policy = カスタム信頼ポリシー（Custom trust policy）
-aws-security-credentials-tab = セキュリティ認証情報（Security credentials）
-aws-create-access-key = アクセスキーを作成（Create access key）
-aws-bucket-policy = バケットポリシー（Bucket policy）
-aws-edit = 編集（Edit）

## Braze ダッシュボード
-braze-partner-integrations = パートナー連携
-braze-currents = Currents
-braze-create-currents = Create New Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-data-export = データエクスポート
-braze-integrations = 統合
-braze-technology-partners = テクノロジーパートナー
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials（認証情報）
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = フォルダーパス
-braze-sse-option = サーバーサイド保管時AES-256暗号化
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = S3の認証情報が無効です
# -braze-default-export-destination: テクノロジーパートナーの各プロバイダーページのチェックボックス。Braze の翻訳ページはすべて英語のまま
-braze-default-export-destination = Make this the default data export destination
