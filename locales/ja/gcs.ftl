# Google Cloud Storage：フィールド、入力ルール、生成ファイル、チェッカー、事前チェック、Braze のエラー、
# キーのローテーション（src/core/providers/gcs/）。事実と出典：docs/facts.md「Google Cloud Storage」。
# マークアップ：ボタンやメニューは **ラベル**、コードは `リテラル`。
#
# ラベル：Braze の日本語ページ「Google Cloud Storage」（braze-docs
# _lang/ja/_partners/data_and_analytics/cloud_storage/google_cloud_storage_for_currents.md）は、
# Google Cloud コンソール（**IAM & admin**、**Roles**、**+ Create Role**、**+Add Permissions**、**Service Accounts**、
# **Create Service Account**、**Create Key**、**JSON**）、ボタン **Test Credentials**、ページ **Google Cloud Storage**、
# フィールド **GCS JSON Credentials** を英語のまま書き、エクスポートのナビゲーションは **テクノロジーパートナー** >
# **Google Cloud Storage** と訳している。Braze のダッシュボードのラベルはそのページのとおりに書く。
# Google Cloud コンソールのラベルは Braze のページのとおり英語で書き、Google Cloud の日本語ドキュメント
# （docs/facts.md「Google Cloud console (ja)」）で確認できた表記だけを（）で添える：ロール、サービス アカウント。
# それ以外（IAM & admin、+ Create Role、+Add Permissions、Create Service Account、Buckets）は英語のまま。**Create Key** は Braze のページの
# 旧ボタンで、現在のコンソールでは［キー］タブの操作になるため、英語のままにする。
# 本文の用語：サービスアカウント、秘密キー、連携名（Braze の日本語ページ）。docs/glossary/ja.md。

-gcs-json-credentials = GCS JSON Credentials
-gcs-technology-partners = テクノロジーパートナー
-gcs-page = Google Cloud Storage
-gcs-test-credentials = Test Credentials
-gcs-create-key = Create Key
-gcs-json = JSON
-gcs-iam-admin = IAM & admin
-gcs-service-accounts = Service Accounts（サービス アカウント）

## フィールド

gcs-field-bucket = GCS バケット名
gcs-field-project-id = Google Cloud プロジェクト ID
gcs-field-role-id = カスタムロール ID
gcs-field-service-account = サービスアカウント ID
gcs-field-prefix = GCS プレフィックス（オプション）
gcs-field-hierarchical-namespace = バケットで階層型名前空間を使用している

gcs-placeholder-bucket = バケット名
gcs-placeholder-project-id = プロジェクトID
gcs-placeholder-role-id = ロールID
gcs-placeholder-service-account = サービスアカウント@プロジェクトID.iam.gserviceaccount.com

## 入力ルール（Google の命名ルール）

gcs-rule-required = 値を入力してください。
gcs-rule-bucket-length = バケット名は { $min }～{ $max } 文字です。この名前は { $len } 文字です。
gcs-rule-bucket-part = 名前のドットで区切られた各部分は 1～{ $max } 文字です。{ $len } 文字の部分があります。
gcs-rule-bucket-uppercase = バケット名には小文字しか使えません。
gcs-rule-bucket-characters = バケット名に使えるのは小文字、数字、`-`、`_`、`.` だけです。次を取り除いてください：{ $found }
gcs-rule-bucket-edge = バケット名は英字か数字で始まり、英字か数字で終わります。
gcs-rule-bucket-ip-address = バケット名を IP アドレスのような形（ドットで区切った 4 つの数字のグループ）にすることはできません。
gcs-rule-bucket-goog-prefix = バケット名を `goog` で始めることはできません。
gcs-rule-bucket-google = バケット名に `google` や、`g00gle` のようなそれに近いつづりを含めることはできません。
gcs-rule-bucket-dots = ドットを含む名前も使えますが、Google はまず、その名前が示すドメインの所有者であることを確認します。ドットのない名前ならこの手順は不要です。
gcs-rule-project-length = プロジェクト ID は { $min }～{ $max } 文字です。この ID は { $len } 文字です。
gcs-rule-project-characters = プロジェクト ID に使えるのは小文字、数字、ハイフンだけです。次を取り除いてください：{ $found }
gcs-rule-project-start = プロジェクト ID は小文字の英字で始まります。
gcs-rule-project-trailing-hyphen = プロジェクト ID をハイフンで終えることはできません。
gcs-rule-project-restricted = プロジェクト ID に `{ $word }` を含めることはできません。
gcs-rule-role-id-length = ロール ID は { $min }～{ $max } 文字です。この ID は { $len } 文字です。
gcs-rule-role-id-hyphen = ロール ID に `-` は使えません。代わりに `_` か `.` を使ってください。
gcs-rule-role-id-characters = ロール ID に使えるのは英字、数字、`_`、`.` だけです。次を取り除いてください：{ $found }
gcs-rule-service-account-length = サービスアカウント ID は { $min }～{ $max } 文字です。この ID は { $len } 文字です。
gcs-rule-service-account-characters = サービスアカウント ID に使えるのは小文字、数字、ハイフンだけです。次を取り除いてください：{ $found }
gcs-rule-service-account-start = サービスアカウント ID は小文字の英字で始まります。
gcs-rule-service-account-end = サービスアカウント ID は英字か数字で終わります。
gcs-rule-prefix-too-long = オブジェクト名は UTF-8 で最大 { $max } バイトで、Braze はプレフィックスの後ろに独自のパスを付け加えます。このプレフィックスは { $bytes } バイトです。
gcs-rule-prefix-line-break = プレフィックスに改行を含めることはできません。
gcs-rule-prefix-dots = プレフィックスを `.` や `..` にすることはできません。
gcs-rule-prefix-acme-challenge = プレフィックスを `.well-known/acme-challenge/` で始めることはできません。
gcs-rule-prefix-invisible = このプレフィックスには制御文字か見えない文字が含まれています。その文字を除いて入力し直してください。
gcs-rule-prefix-avoided = Google はオブジェクト名にこれらの文字を使わないよう強く推奨しています（gcloud CLI は `[`、`]`、`*`、`?` をワイルドカードとして読み、`#` と数字で終わる名前をオブジェクトのバージョンとして読みます）：{ $found }
gcs-rule-hns-choice = バケットで階層型名前空間を使用しているかどうかを選んでください：`on` または `off`。

## シークレット

gcs-secret-refused = { $kind ->
        [key-file] これはサービスアカウントの JSON キーで、シークレットです。
       *[private-key] これは秘密キーで、シークレットです。
    } これを置く場所は Braze だけです。キーファイルを **{ -gcs-json-credentials }** にアップロードする（Currents）か、**{ -gcs-technology-partners }** > **{ -gcs-page }** で GCS の認証情報として入力してください（エクスポート）。このページは何も保存していません。ここから削除してください。

## 生成ファイル

gcs-snippet-role = カスタムロール（`gcloud iam roles create` 用の YAML）
gcs-snippet-cli-script = gcloud コマンド：ロール、サービスアカウント、バケットでのバインディング
gcs-snippet-terraform = Terraform：ロール、サービスアカウント、バケットでのバインディング
gcs-snippet-preflight-script = 読み取り専用の事前チェックスクリプト（gcloud）

gcs-note-role-command = `{ $file }` として保存し、次のコマンドでロールを作成します：`gcloud iam roles create { $role } --project={ $project } --file={ $file }`
gcs-note-cli-bucket-scope = Braze のページはサービスアカウントの作成中にロールを付与させますが、どのレベルで付与するかは書いていません。このスクリプトはバケットにだけ付与します。Braze に必要な最小限です。
gcs-note-cli-propagation = 新しいサービスアカウントが使えるようになるまで、Google では 60 秒以上かかることがあります。スクリプトは約 1 分間バインディングを再試行します。
gcs-note-no-key-created = ここではキーを作成しません。Google Cloud コンソール（**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**、**{ -gcs-create-key }**、**{ -gcs-json }**）で JSON キーを作成し、Braze にアップロードしてください。このページには決して貼り付けないでください。
gcs-note-terraform-no-key = `google_service_account_key` リソースは意図的に含めていません。Terraform が秘密キーをステートに保存してしまうためです。
gcs-note-terraform-propagation = 新しいサービスアカウントがまだ見えないために `terraform apply` がバインディングで止まった場合は、1 分後にもう一度実行してください。
gcs-note-hns-permission = バケットで階層型名前空間を使用しているため、ロールには `storage.folders.create` も含まれます。これがないと Braze はそこに書き込めません。

## チェッカー

gcs-checker-empty = ロール（`gcloud iam roles describe`、YAML または JSON）か、バケットのポリシー（`gcloud storage buckets get-iam-policy gs://BUCKET --format=json`）を貼り付けてください。
gcs-checker-too-large = このテキストは { $kib } KiB を超えていて、このページが読み込める量を超えています。ロールかバケットのポリシーだけを貼り付けてください。
gcs-checker-not-role = これはロールでもバケットのポリシーでもありません。`gcloud iam roles describe` か `gcloud storage buckets get-iam-policy --format=json` が出力した内容を貼り付けてください。
gcs-checker-not-readable = { $line } 行目は gcloud がロールについて出力する内容ではありません。出力をそのまま貼り付けてください。
gcs-checker-policy-yaml = これは YAML 形式のポリシーです。`--format=json` を付けて出力し、それを貼り付けてください。
gcs-checker-this-role = このロール
gcs-checker-role-sufficient = { $role } は Braze に必要な権限をすべて与えます。
gcs-checker-role-insufficient = { $role } は Braze に必要なものを与えていません。
gcs-checker-missing = 不足：{ $permissions }。
gcs-checker-delete-optional = `{ $permission }`（オプション）がないと、接続が途中で切れて不完全なまま残ったファイルを Braze が片付けられません。
gcs-checker-too-broad = { $kind ->
        [escalation] これらがあると、誰が何をできるかを変更したり、IAM や認証情報を操作したりできます：{ $permissions }。
        [wildcard] これらのワイルドカードは Braze に必要な範囲を超えています：{ $permissions }。
        [bucket-admin] これらはバケットを作成、変更、削除します：{ $permissions }。
        [other-service] これらは Cloud Storage 以外のサービスの権限です：{ $permissions }。
       *[extra] Braze はこれらを必要としません：{ $permissions }。
    }
gcs-checker-other-project = このカスタムロールは { $expected } ではなくプロジェクト { $found } のものです。自分のプロジェクトの中でしか付与できません。
gcs-checker-disabled = ロールのリリース段階が `DISABLED` です。付与された場所で権限を一切与えません。
gcs-checker-deleted = ロールは削除されています。バインディングは残りますが、効果はありません。
gcs-checker-deprecated = ロールのリリース段階が `DEPRECATED` です。まだ機能しますが、置き換えを計画してください。
gcs-checker-bound = { $account } はこのバケットで { $role } にバインドされています。
gcs-checker-bound-conditional = { $account } はこのバケットで条件付きでのみ { $role } を持っています。このページでは条件を評価できません。
gcs-checker-bound-other-roles = { $account } はこのバケットで { $roles } にバインドされています。権限を確認するには、そのロール（`gcloud iam roles describe`）を貼り付けてください。
gcs-checker-not-bound = { $account } はこのバケットにバインドされていません。プロジェクトで付与したロールもバケットに及びますが、Braze に必要な範囲を超えます。ロールはバケットでバインドしてください。
gcs-checker-deleted-member = あるバインディングが { $account } を削除済みのサービスアカウントとして指定しています。同じ名前で作り直したアカウントには適用されません。
gcs-checker-public = このバケットに `allUsers` または `allAuthenticatedUsers` がバインドされています（{ $roles }）。Braze がここに書き込むものを誰でも操作できます。

## 事前チェック

gcs-preflight-intro = gs://{ $bucket } と { $account } の読み取り専用チェックです。Cloud Shell か、gcloud CLI がプロジェクトにログインしている場所で実行してください。バケット、ロール、サービスアカウント、ポリシー、キーの日付を読み取ります。何も作成、変更、削除せず、キーも出力しません。
gcs-preflight-other-values = このレポートは{ $field ->
        [bucket] バケット
        [project] プロジェクト
        [role] ロール
       *[service-account] サービスアカウント
    } { $reported } のものですが、入力されているのは { $configured } です。現在の値のスクリプトをコピーして、もう一度実行してください。
gcs-preflight-unknown-absent = レポートに `gcloud { $call }` の応答がありません。この項目はチェックされていません。
gcs-preflight-unknown-denied = スクリプトを実行したアカウントには `gcloud { $call }` を実行する権限がありません。この項目はチェックされていません。
gcs-preflight-unknown-error = `gcloud { $call }` が失敗しました（{ $error }）。この項目はチェックされていません。
gcs-preflight-unknown-no-bucket = チェックされていません：バケット { $bucket } が存在しません。
gcs-preflight-bucket-exists = バケット { $bucket } は存在します（ロケーション { $location }、{ $kind }）。
gcs-preflight-bucket-missing = バケット { $bucket } は存在しません。
gcs-preflight-bucket-missing-fix = Google Cloud コンソール（**Cloud Storage** > **Buckets**）で作成するか、名前を修正してください。
gcs-preflight-bucket-denied = スクリプトを実行したアカウントにはバケット { $bucket } を読み取る権限がありません。別のプロジェクトのバケットかもしれません。チェックされていません。
gcs-preflight-hns-on = 選択したとおり、バケットは階層型名前空間を使用しています。
gcs-preflight-hns-off = 選択したとおり、バケットは階層型名前空間を使用していません。
gcs-preflight-hns-unexpected = バケット { $bucket } は階層型名前空間を使用しています。Braze にはそこで `storage.folders.create` も必要です。
gcs-preflight-hns-fix-on = 上で階層型名前空間を選び、新しいスクリプトでロールを更新してください。
gcs-preflight-hns-not-used = バケット { $bucket } は階層型名前空間を使用していません。`storage.folders.create` は不要です。
gcs-preflight-hns-fix-off = 上で階層型名前空間をオフにしてください。
gcs-preflight-role-pass = ロール { $role } には Braze に必要なものがあり、それ以上はありません。
gcs-preflight-role-absent = ロール { $role } は存在しません。
gcs-preflight-role-absent-covered = ロール { $role } は存在しませんが、サービスアカウントは Braze に必要なものを他のロールから得ています。
gcs-preflight-role-fix = このページの gcloud コマンドでロールを作成または更新してください。
gcs-preflight-account-pass = サービスアカウント { $account } は存在し、有効になっています。
gcs-preflight-account-disabled = サービスアカウント { $account } は無効になっています。Braze はそのキーでログインできません。
gcs-preflight-account-enable-fix = **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }** で有効にしてください。
gcs-preflight-account-missing = サービスアカウント { $account } が見つかりません。（Google は、存在しないアカウントにも、読み取る権限のないアカウントにも「permission denied」と応答します。）
gcs-preflight-account-fix = サービスアカウント ID とプロジェクトを確認するか、このページの gcloud コマンドでアカウントを作成してください。
gcs-preflight-permissions-pass = { $delete ->
        [yes] サービスアカウントは、バケットで Braze に必要な権限をすべて持っています。
       *[no] サービスアカウントは、バケットで Braze に必要な権限をすべて持っています。`storage.objects.delete`（オプション）がないと、Braze は不完全なまま残ったファイルを片付けられません。
    }
gcs-preflight-permissions-missing = サービスアカウントにはバケットで { $permissions } が不足しています（バケットまたはプロジェクトで付与されたものを確認。フォルダや組織での付与は読み取りません）。
gcs-preflight-permissions-unknown = 現時点でサービスアカウントには { $permissions } が不足していますが、読み取れなかったポリシーかロールがあります。結論は出ていません。
gcs-preflight-permissions-conditional = 条件付きバインディングが適用されない限り、サービスアカウントには { $permissions } が不足しています。事前チェックでは条件を評価できません。
gcs-preflight-permissions-fix = このページの gcloud コマンドで、ロールをバケットでバインドしてください。
gcs-preflight-scope-bucket = サービスアカウントはバケットにだけバインドされています（{ $roles }）。必要最小限です。
gcs-preflight-scope-project = サービスアカウントはプロジェクト全体にバインドされています（{ $roles }）。そのプロジェクトのすべてのバケットに及びます。
gcs-preflight-scope-fix = ガイドのロールをバケットでバインドしてから、範囲の広い付与を削除してください。
gcs-preflight-scope-none = サービスアカウントはバケットにもプロジェクトにもバインドされていません。
gcs-preflight-extra = { $escalation ->
        [yes] サービスアカウントのロールは Braze に必要な範囲を超えており、誰が何をできるかを変更する権限まで含んでいます：{ $permissions }。
       *[no] サービスアカウントのロールは Braze に必要な範囲を超えています：{ $permissions }。
    }
gcs-preflight-extra-none = サービスアカウントのロールは、Braze に必要な範囲を超えるものを与えていません。
gcs-preflight-public = 誰でもバケットを操作できます。`allUsers` または `allAuthenticatedUsers` がバインドされています（{ $roles }）。Braze のエクスポートにはユーザーのデータが含まれます。
gcs-preflight-public-none = バケットは `allUsers` にも `allAuthenticatedUsers` にも公開されていません。
gcs-preflight-deny-none = プロジェクトに IAM 拒否ポリシーはありません（フォルダと組織のものは読み取りません）。
gcs-preflight-deny-some = プロジェクトに IAM 拒否ポリシーが { $count } 件あります（{ $policies }）。拒否ルールはどの付与よりも優先されます。上記の権限をサービスアカウントに拒否しているものがないか確認してください。
gcs-preflight-key-none = サービスアカウントにキーがありません。Braze は JSON キーでログインします。
gcs-preflight-key-unusable = サービスアカウントの { $count } 個のキーのうち、今ログインに使えるものはありません。どれも無効か、有効期間外です。
gcs-preflight-key-fix = JSON キーを作成し（**{ -gcs-create-key }**、**{ -gcs-json }**）、Braze の **{ -gcs-json-credentials }** にアップロードしてください。
gcs-preflight-key-expiring = サービスアカウントの最後の有効なキーは { $days } 日後に使えなくなります。認証情報が期限切れになるとコネクターは停止し、{ $window } 日（Braze の現在のページによる。以前の版では { $hours } 時間）を過ぎるとイベントは完全に破棄されます。
gcs-preflight-key-old = 最新の有効なキーは作成から { $days } 日たっています。Google は少なくとも { $limit } 日ごとにキーをローテーションするよう推奨しています。
gcs-preflight-key-rotate-fix = ローテーションしてください：新しいキーを作り、Braze を更新してテストし、古いキーは最後に削除します。
gcs-preflight-key-pass = サービスアカウントには有効なキーが { $count } 個あります（Braze にアップロードしたキーはこのうちの 1 つのはずです）。

## Braze のエラー

gcs-error-unknown = これは Braze の Google Cloud Storage のエラーではありません。Braze に表示されたメッセージをそのまま貼り付けてください。
gcs-error-meaning = Braze はこの認証情報でバケットを使えませんでした。JSON キー、バケット名、プレフィックスのいずれかが誤っているか、サービスアカウントに権限が不足しています。
gcs-error-check-permissions = { $account } が { $bucket } で { $permissions } を持っていることを確認してください（このページのチェッカーと事前チェックで確認できます）。
gcs-error-check-values = Braze のバケット名が正確に { $bucket } であること、プレフィックスが有効であることを確認してください。
gcs-error-check-key = アップロードしたキーがそのサービスアカウントの JSON キーであり、有効になっていることを確認してください。
gcs-error-test = その後、Braze の **{ -gcs-page }** ページで **{ -gcs-test-credentials }** を選択してください。

## キーのローテーション

gcs-rotate-create-key = { $account } の新しい JSON キーを作成します（**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**、**{ -gcs-create-key }**、**{ -gcs-json }**）。その間も古いキーは機能し続けます。
gcs-rotate-update-currents = Braze で Google Cloud Storage の Current を開き、新しいキーを **{ -gcs-json-credentials }** にアップロードします。
gcs-rotate-update-export = Braze で **{ -gcs-technology-partners }** > **{ -gcs-page }** に移動し、新しいキーを GCS の認証情報として入力します。
gcs-rotate-test = Braze の **{ -gcs-page }** ページで **{ -gcs-test-credentials }** を選択し、Braze のファイルが引き続きバケットに届くことを確認します。
gcs-rotate-delete-old = そのあとで初めて、Google Cloud コンソールで古いキーを削除します。
gcs-rotate-expiry = キーを最新に保ってください。認証情報が期限切れになるとコネクターは停止し、{ $days } 日（Braze の現在のページによる。以前の版では { $hours } 時間）を過ぎるとイベントは完全に破棄されます。

## ガイド（プロバイダーエンジン：src/core/providers/guide.rs）

provider-gcs-auth = サービスアカウントの JSON キー
provider-gcs-auth-hint = Braze のページが Google Cloud Storage 用に示している方法です。Currents ではこれが唯一の方法で、Workload Identity Federation はサポートされていません。
provider-gcs-step-role = カスタムロールを作成する
provider-gcs-step-role-body = Google Cloud コンソールで **{ -gcs-iam-admin }** > **Roles（ロール）** > **+ Create Role** に移動し、ロールに名前を付け、**+Add Permissions** を選択して下のファイルの権限を追加してから **Create** を選択します。または、下のコマンドでそのファイルからロールを作成します。
provider-gcs-step-service-account = サービスアカウントを作成し、バケットでロールを付与する
provider-gcs-step-service-account-body = **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }** > **Create Service Account** に移動し、サービスアカウントに名前を付けます。Braze のページはそのあとカスタムロールを付与させますが、どのレベルで付与するかは書いていません。下のファイルは、Braze に必要な最小限として、バケットにのみ付与します。
provider-gcs-step-key = サービスアカウントの JSON キーを作成する
provider-gcs-step-key-body = サービスアカウントで **{ -gcs-create-key }** を使い、**{ -gcs-json }** を選択します。秘密キーがコンピューターにダウンロードされます。このキーは Braze にだけ入力し、ここには絶対に貼り付けないでください（このページは拒否し、何も保持しません）。
provider-gcs-step-currents-body = Braze で **Currents** > **+ Create Current** > **Google Cloud Storage Data Export** に移動し、連携名と連絡先メールアドレスを入力し、**{ -gcs-json-credentials }** に JSON キーをアップロードしてから、バケット名 { $bucket } と GCS プレフィックス（オプション）を入力します。最後に、エクスポートするイベントを選択して **Launch Current** を選択します。
provider-gcs-step-export-body = Braze で **{ -gcs-technology-partners }** > **{ -gcs-page }** に移動し、GCS の認証情報（JSON キー全体）を入力して **Make this the default data export destination** を選択します。権限を確認するには（任意）、同じページで **{ -gcs-test-credentials }** を選択します。
provider-gcs-checker-intro = ロールやバケットがすでにありますか？ `gcloud iam roles describe ROLE_ID --project=PROJECT_ID` の出力（YAML または JSON）か、`gcloud storage buckets get-iam-policy gs://BUCKET --format=json` の出力を貼り付けると、足りないもの、Braze に必要な範囲を超えるもの、場所が違うものがわかります。内容はブラウザーの外に出ません。
provider-gcs-update-rotate = サービスアカウントのキーをローテーションする
