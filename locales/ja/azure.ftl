# Microsoft Azure Blob Storage: フィールド、ルール、生成ファイル、チェッカー、事前チェック、更新手順。
# マークアップ: ボタンやメニューは **ラベル**、コードは `リテラル`。
# Braze の日本語ページは Azure ポータルのラベルを英語のまま書き、エクスポートのナビゲーションだけを日本語で書く。
# Braze のダッシュボードのラベルはそのページのとおりに書く。Azure ポータルのラベルは Braze のページのとおり英語で書き、
# Microsoft Learn の日本語ページ（docs/facts.md「Azure portal (ja)」）で確認できた表記だけを（）で添える：
# ストレージ アカウント、アクセス制御 (IAM)、ロールの割り当ての追加。それ以外は英語のまま。Braze のページの旧ポータルの
# ラベル（**+ Add**（ストレージアカウントの作成）、**Blob Service** > **Blobs**）も英語のまま。本文の用語：ストレージアカウント、コンテナー、接続文字列、
# 証明書サービスプリンシパル、秘密キー（docs/glossary/ja.md）。

## 認証方法とフィールド

azure-auth-connection-string = 接続文字列
azure-auth-certificate-service-principal = 証明書サービスプリンシパル（Currents のみ）
azure-field-storage-account = ストレージアカウント名
azure-field-container = コンテナー名
azure-field-prefix = プレフィックス（任意）
azure-field-resource-group = リソースグループ
azure-field-tenant-id = ディレクトリ (テナント) ID（Directory (tenant) ID）
azure-field-client-id = アプリケーション (クライアント) ID（Application (client) ID）

## 入力ルール

azure-rule-required = 必須です。
azure-rule-account-length = ストレージアカウント名は { $min }～{ $max } 文字です（現在 { NUMBER($len) } 文字）。
azure-rule-account-characters = 使えるのは英小文字と数字だけです。{ $found } を削除してください。
azure-rule-container-length = コンテナー名は { $min }～{ $max } 文字です（現在 { NUMBER($len) } 文字）。
azure-rule-container-uppercase = コンテナー名は小文字で書きます。
azure-rule-container-characters = 使えるのは英小文字、数字、ハイフンだけです。{ $found } を削除してください。
azure-rule-container-start = コンテナー名は英字か数字で始まります。
azure-rule-container-end = コンテナー名をハイフンで終えることはできません。ハイフンは必ず英字か数字の間に置きます。
azure-rule-container-double-dash = コンテナー名にハイフンを 2 つ続けることはできません。
azure-rule-prefix-length = プレフィックスは最大 { NUMBER($max) } 文字（BLOB 名全体の長さ）です（現在 { NUMBER($len) } 文字）。
azure-rule-prefix-end = プレフィックスをドットやスラッシュで終えないでください。Microsoft はそのように終わる BLOB 名を避けるよう勧めています。
azure-rule-prefix-control = プレフィックスに制御文字（{ $found }）が含まれています。それらを除いて入力し直してください。
azure-rule-prefix-invisible = プレフィックスに見えない書式文字（{ $found }）が含まれています。Azure に保存される名前は、見えている名前と違います。それらを除いて入力し直してください。
azure-rule-resource-group-length = リソースグループ名は最大 { $max } 文字です（現在 { NUMBER($len) } 文字）。
azure-rule-resource-group-characters = 使えるのは文字、数字、`_ - . ( )` だけです。{ $found } を削除してください。
azure-rule-resource-group-end = リソースグループ名をピリオドで終えることはできません。
azure-rule-guid = Azure に表示されているとおりに ID を貼り付けてください。`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` 形式の 16 進数 32 桁です。
azure-rule-certificate-currents-only = 証明書サービスプリンシパルが使えるのは Braze Currents だけです。ダッシュボードデータのエクスポートとメッセージのアーカイブには接続文字列を選んでください。

## シークレット: 保存も表示もしません

azure-secret-connection-string = これは接続文字列で、アカウントキーを含みます。ここには貼り付けないでください。貼り付け先は Braze の接続文字列のフィールドだけです（Currents: **Azure Blob Data Export**、エクスポート: テクノロジーパートナーの **Microsoft Azure**）。何も保存していません。
azure-secret-sas-token = これは共有アクセス署名（SAS）で、シークレットです。Braze の Azure ページは SAS を求めておらず、接続文字列か証明書を使います。何も保存していません。
azure-secret-account-key = これはストレージアカウントキーのようです。シークレットです。Braze が受け取るのは接続文字列全体で、Braze のフィールドに入力します。ここではありません。何も保存していません。
azure-secret-private-key = これは秘密キーです。貼り付け先は Braze の **Certificate** フィールド（`braze-currents.pem` の中）だけで、ここでも Azure でもありません。何も保存していません。
azure-secret-client-secret = これはアプリ登録のクライアントシークレットのようです。シークレットです。Braze の証明書方式では使いません。何も保存していません。

## 生成ファイル

azure-snippet-cli-script = Azure CLI スクリプト
azure-snippet-certificate = 証明書のコマンド（openssl）
azure-snippet-terraform = Terraform 構成
azure-note-cli-sign-in = Azure Cloud Shell か、`az login` 済みのシェルで、リソースグループのあるサブスクリプションを対象に実行してください。リソースグループは事前に存在している必要があります。
azure-note-container-login = コンテナーはキーではなく、ご自身のサインイン（`--auth-mode login`）で作成します。アカウントに対する Storage Blob Data Contributor などのデータロールが必要です。ない場合はポータルでコンテナーを作成してください。
azure-note-cli-certificate = `cert.pem` のあるフォルダーで実行してください。証明書は `--append` 付きで追加します。これがないと、Azure CLI はアプリのほかの証明書とシークレットをすべて削除します。
azure-note-connection-string-portal = 接続文字列は出力しません。ポータルのストレージアカウントの **Access Keys** からコピーし、Braze にだけ貼り付けてください。
azure-note-certificate-files = `cert.pem` はアプリ登録にアップロードします。`{ $file }`（証明書と暗号化されていないキー）は Braze の **Certificate** フィールドにだけ入れます。`key.pem` と `{ $file }` は決して Azure にアップロードしないでください。
azure-note-certificate-expiry = 最後のコマンドは証明書の有効期限を表示します。下の更新手順に従い、期限前に更新してください。
azure-note-terraform-versions = azurerm プロバイダー 4.9 以降と azuread 3.0 以降向けです。これより古いバージョンでは一部の引数名が異なります。
azure-note-terraform-certificate = `cert.pem`（公開証明書のみ）をファイルと同じ場所に置いてください。構成にもその状態にも、キーは一切含まれません。

## ロールの割り当てチェッカー

azure-check-empty = `az role assignment list --all --assignee <client ID> --output json` の出力を貼り付けてください。
azure-check-too-large = このテキストは { $megabytes } MB を超えていて、このページが読み込める量を超えています。`az role assignment list` の出力だけを貼り付けてください。
azure-check-too-many = この一覧には { $max } 件を超えるエントリがあり、このページが読み込める量を超えています。
azure-check-not-json = これは JSON ではありません。`--output json` を付けた `az role assignment list` の出力を貼り付けてください。
azure-check-not-assignments = この JSON はロールの割り当ての一覧ではありません。各エントリには `scope` と `roleDefinitionId` が必要です。
azure-check-no-assignment = 一覧には、入力したクライアント ID のアプリに対するロールの割り当てがありません。
azure-check-at-account = { $role } は Braze の指示どおり、ストレージアカウントのスコープで割り当てられています。
azure-check-below-account = { $role } はストレージアカウントより下の { $scope } に割り当てられています。Braze はストレージアカウントのスコープを求めています。
azure-check-broad-scope = { $role } は { $scope } に割り当てられています。お使いのストレージアカウントも含みますが、そのスコープのほかのアカウントもすべて含みます。
azure-check-uncertain-scope = { $role } は { $scope } に割り当てられていますが、お使いのストレージアカウントがその中にあるかは一覧から分からないため、判定に含めません。
azure-check-unknown-role = ここでは { $role } の権限が分からないため、判定に含めません。
azure-check-conditional = { $role } は条件付きで付与されているため、判定に含めません。
azure-check-group = { $role } はグループ { $group } に割り当てられています。アプリがそのメンバーである場合だけ有効ですが、一覧からは分かりません。
azure-check-broad-role = { $role } は Braze に必要な範囲を超えて付与します。{ $kind ->
        [keys] アカウントキーを読めます。キーがあればアカウントのすべてのデータにアクセスできます。
        [access] 自分にも他者にもロールを割り当てられます。
        [ownership] BLOB の所有者とアクセス制御リストを変更できます。
       *[account] ストレージアカウントを変更・削除できます。
    }
azure-check-other-principals = ほかのプリンシパルの割り当て { $count } 件は対象外としました。
azure-check-missing = ストレージアカウントのスコープで不足している操作（{ $count } 件）: { $operations }。
azure-check-deny-not-listed = 拒否割り当てはこの一覧に含まれません。拒否割り当てによって Braze がブロックされる可能性は残ります。
azure-check-fix-assign = ストレージアカウントで、アプリのサービスプリンシパルに { $role } を割り当ててください（Azure CLI スクリプトが行います）。
azure-check-fix-narrow = ストレージアカウント自体に { $role } を割り当ててから、広すぎる割り当てを削除してください。
azure-check-fix-role = { $role } を使ってください。Braze に必要な権限だけを付与します。
azure-check-fix-definition = ロールの定義も貼り付けてください: `az role definition list --name "<role>" --output json`。

## 事前チェック

azure-preflight-intro = Braze 用のストレージアカウント { $account } とそのコンテナー { $container } の読み取り専用の事前チェックです。読み取り（Azure CLI の show と list コマンド）だけを行い、キーも接続文字列も出力しません。Azure Cloud Shell か `az login` 済みの環境で実行し、出力をすべてウィジェットに貼り付けてください。
azure-preflight-other-values = このレポートは{ $field ->
        [account] ストレージアカウント
        [container] コンテナー
        [group] リソースグループ
        [auth] 認証方法
        [tenant] テナント ID
       *[client] クライアント ID
    } { $reported } のものですが、入力されているのは { $configured } です。現在の値のスクリプトをコピーして、もう一度実行してください。
azure-preflight-absent = レポートに `az { $call }` の応答がありません。チェックしていません。
azure-preflight-denied = スクリプトを実行した ID には `az { $call }` を呼び出す権限がありません。チェックしていません。
azure-preflight-error = `az { $call }` が失敗しました（{ $error }）。チェックしていません。
azure-preflight-account-ok = ストレージアカウント { $account } があります（{ $kind }、階層型名前空間は{ $hns ->
        [on] 有効
       *[off] 無効
    }）。
azure-preflight-account-file-storage = ストレージアカウント { $account } は FileStorage アカウントで、BLOB サービスがありません。
azure-preflight-account-missing = リソースグループ { $group } にストレージアカウント { $account } がありません。
azure-preflight-endpoint-ok = BLOB エンドポイント { $endpoint } はパブリック Azure クラウドにあります。
azure-preflight-endpoint-other-cloud = BLOB エンドポイント { $endpoint } は `.blob.core.windows.net` で終わっていません。証明書方式はパブリック Azure クラウドでしか使えません。
azure-preflight-shared-key-on = 共有キー（Shared Key）によるアクセスが許可されています。接続文字列にはこれが必要です。
azure-preflight-shared-key-off = 共有キー（Shared Key）によるアクセスが無効です。アカウントキーで署名する接続文字列は拒否されます。
azure-preflight-network-open = パブリックネットワークアクセスが有効で、既定で拒否するファイアウォール規則もありません。
azure-preflight-network-disabled = パブリックネットワークアクセスが無効です。Braze はアカウントに到達できません。
azure-preflight-network-firewall = アカウントのファイアウォールが既定で拒否します。Braze は Azure 向けの固定 IP アドレスを公開していないため、書き込みが拒否される可能性があります。
azure-preflight-container-ok = コンテナー { $container } があります。
azure-preflight-container-missing = { $account } にコンテナー { $container } がありません。
azure-preflight-container-denied = ご自身のサインインではコンテナー { $container } を読み取れません（Storage Blob Data Reader などのデータロールが必要です）。チェックしていません。Braze のアクセスについては何も分かりません。
azure-preflight-tenant-ok = サブスクリプションのテナントは、入力したテナント ID の { $tenant } です。
azure-preflight-tenant-differs = サブスクリプションのテナントは { $found } で、入力したテナント ID の { $typed } ではありません。
azure-preflight-app-ok = アプリ登録 { $client } があります。
azure-preflight-app-missing = クライアント ID { $client } のアプリ登録がありません。
azure-preflight-sp-ok = アプリ { $client } にはサービスプリンシパルがあります。
azure-preflight-sp-missing = アプリ { $client } にはサービスプリンシパルがないため、ロールを割り当てられません。
azure-preflight-certificate-none = アプリに証明書がありません。
azure-preflight-certificate-expired = アプリの最新の証明書は { $date } に期限切れになりました。Braze はサインインできません。
azure-preflight-certificate-soon = アプリの最新の証明書は { $date } に期限切れになります（あと { $days } 日）。今すぐ更新してください。
azure-preflight-certificate-ok = アプリの最新の証明書は { $date } に期限切れになります（あと { $days } 日）。
azure-preflight-role-ok = アプリはストレージアカウントのスコープで { $role } を持っています。
azure-preflight-role-broad = アプリは書き込めますが、ストレージアカウントに対する { $role } より広い割り当てによるものです。
azure-preflight-role-missing = アプリはストレージアカウントに対する { $role } を持っていません。
azure-preflight-role-container = アプリが { $role } を持つのはコンテナーだけです。Braze はストレージアカウントのスコープを求めています。
azure-preflight-fix-create = 作成してください。Azure CLI スクリプトが行います。
azure-preflight-fix-new-account = Braze 用に汎用 v2 ストレージアカウントを作成してください。Azure CLI スクリプトが行います。
azure-preflight-fix-connection-string = 接続文字列方式を使ってください。Braze がパブリック Azure クラウドに限定しているのは証明書方式だけです。
azure-preflight-fix-shared-key = 共有キーによるアクセスを許可するか（ストレージアカウント > **Configuration**）、Currents には証明書方式を使ってください。
azure-preflight-fix-network = アカウントへのパブリックネットワークアクセスを許可してください。Braze は許可すべき IP アドレスを公開していません。Braze の Azure ページは、ストレージアカウント自体のネットワーク設定（ファイアウォール規則、プライベートエンドポイント）を確認するよう案内しています。
azure-preflight-fix-tenant = アプリのテナントの **Directory (tenant) ID** を入力するか、そのテナントにサインインしてスクリプトを実行してください。
azure-preflight-fix-certificate = 新しい証明書を作成し、`--append` 付きで追加してから Braze を更新してください。手順は更新手順にあります。

## 認証情報: 期限と更新

azure-expiry-connection-string = 認証情報が使えなくなると、コネクターはイベントの送信を停止します。その状態が { $hours } 時間を超えて続くと、そのイベントは破棄され、データは完全に失われます（Braze の Azure ページ）。
azure-expiry-certificate = 証明書の期限が切れると、有効な証明書が提供されるまでコネクターはイベントの送信を停止し、中断が長引くとデータが失われることがあります（Braze の Azure ページには期間の記載がありません）。
azure-update-keys-title = 中断なしでアクセスキーをローテーションする
azure-update-keys-regenerate-unused = ストレージアカウントの **Access Keys** で、Braze が使っていないほうのキーを再生成します（Azure はこのためにキーを 2 つ持っています）。
azure-update-keys-update-braze = そのキーの接続文字列を Braze にコピーします。**Edit Current** > **Credentials** > **Update Current**、エクスポートの場合はテクノロジーパートナーの **Microsoft Azure** です。
azure-update-keys-test = Braze が受け付けることを確認し（Braze は Current の認証情報を更新時に検証します）、ファイルが引き続きコンテナーに届くことも確認します。
azure-update-keys-regenerate-old = そのあと、Braze が以前使っていたもう一方のキーを再生成します。
azure-update-certificate-title = 期限前に証明書を更新する
azure-update-certificate-new = 証明書のコマンドで新しい証明書を作成します。
azure-update-certificate-append = 現在の証明書を残したまま、アプリに追加します（`--append`）。
azure-update-certificate-update-braze = Braze で **Edit Current** > **Credentials** を開き、新しい `braze-currents.pem` を指定してから **Update Current** を選択します。
azure-update-certificate-remove-old = Braze が新しい証明書で動作したら、古い証明書をアプリから削除します。
azure-update-switch-title = 認証方法を切り替える
azure-update-switch-azure-side = 先に、もう一方の方法の Azure 側の手順（上記）を済ませます。
azure-update-switch-braze = Braze の **Currents** で Azure Blob コネクターの **Edit Current** > **Credentials** を開き、**Connection String（接続文字列）** か **Certificate Service Principal（証明書サービスプリンシパル）** を選んで値を指定し、**Update Current** を選択します。

## 画面に表示されるラベル

azure-label-create-storage-account = **Storage Accounts（ストレージ アカウント）** > **+ Add** > **Review + create**
azure-label-access-keys = **Access Keys**
azure-label-blobs = **Blob Service** > **Blobs**
azure-label-create-current = **Currents** > **+ Create Current** > **Azure Blob Data Export**
azure-label-export-partner = **パートナー連携** > **テクノロジーパートナー** > **Microsoft Azure**
azure-label-default-destination = **Make this the default data export destination**
azure-label-new-registration = **Microsoft Entra ID** > **App registrations** > **+ New registration** を開き、**Register**
azure-label-app-ids = **Overview**: **Application (client) ID** と **Directory (tenant) ID**
azure-label-upload-certificate = **Certificates & secrets** > **Certificates** > **Upload certificate** を開き、**Add**
azure-label-add-role-assignment = **Access Control (IAM)（アクセス制御 (IAM)）** > **+ Add** > **Add role assignment（ロールの割り当ての追加）**
azure-label-role-assignment-tabs = **Role**: **Storage Blob Data Contributor**、**Members**: **User, group, or service principal**、**+ Select members**、**Review + assign**
azure-label-endpoints = **Settings** > **Endpoints**: **Blob service**
azure-label-certificate-fields = **Credentials**: **Certificate Service Principal**、**Tenant ID**、**Client ID**、**Account Endpoint**、**Certificate**、**Container Name**、**Prefix**
azure-label-update-current = **Edit Current** > **Credentials** > **Update Current**

## ガイド（プロバイダーエンジン：src/core/providers/guide.rs）。クリックする場所は、各ステップの下に
## 上のラベル（azure-label-*）で表示します。

provider-azure-auth-connection-string-hint = ストレージアカウントの接続文字列。Braze にだけ入力します。Currents、データエクスポート、メッセージのアーカイブに使えます。
provider-azure-auth-certificate-hint = 登録したアプリのサービスプリンシパルが、アカウントキーなしで証明書を使ってサインインします。Braze Currents のみ。
provider-azure-step-storage = ストレージアカウントとコンテナーを作成する
provider-azure-step-storage-body = Azure ポータルで Braze のデータ用のストレージアカウントを作成し（Braze は新しいアカウントを推奨しています）、その中にコンテナーを作成します。または、下のスクリプトを実行するか、Terraform を適用します。
provider-azure-step-connection-string = 接続文字列をコピーする
provider-azure-step-connection-string-body = ストレージアカウントのアクセスキーで、2 つのキーのどちらか一方の接続文字列をコピーします。Braze が使うのはキーではなく接続文字列です。接続文字列は Braze にだけ入力し、ここには絶対に貼り付けないでください。
provider-azure-step-app = Braze 用のアプリを登録する
provider-azure-step-app-body = アプリ（たとえば `braze-currents`）を登録し、アプリケーション（クライアント）ID とディレクトリ（テナント）ID を控えます。上のフォームに入力すると確認できます。
provider-azure-step-certificate = 証明書を作成してアップロードする
provider-azure-step-certificate-body = 下のコマンドで証明書とその秘密キーを作成し、証明書（秘密キーは絶対に含めない）をアプリにアップロードして、有効期限を控えます。
provider-azure-step-role = ストレージアカウントで Storage Blob Data Contributor を付与する
provider-azure-step-role-body = コンテナーではなくストレージアカウントで、アプリに **Storage Blob Data Contributor** ロールを割り当てます。これがないと、Braze はサインインできても書き込めません。上のスクリプトはすでにこれを割り当てます。
provider-azure-step-endpoint = アカウントのエンドポイントを控える
provider-azure-step-endpoint-body = Braze はストレージアカウントの Blob service エンドポイントを求めます：{ $endpoint }
provider-azure-placeholder-endpoint = https://ストレージアカウント名.blob.core.windows.net
provider-azure-step-currents-connection-string = Braze で連携名と連絡先メールアドレスを指定して Current を作成し、接続文字列、コンテナー名、BlobStorage プレフィックス（任意）を入力します。最後に、エクスポートするイベントを選択して **Launch Current** を選択します。
provider-azure-step-currents-certificate = Braze で連携名と連絡先メールアドレスを指定して Current を作成し、証明書サービスプリンシパルを選択して、テナント ID、クライアント ID、アカウントエンドポイント、結合した PEM ファイル（証明書と秘密キー。Braze にだけアップロード）、コンテナー名、プレフィックス（任意）を入力します。保存すると Braze がこれらを検証します。その後、エクスポートするイベントを選択して **Launch Current** を選択します。
provider-azure-step-export-body = Braze のテクノロジーパートナーで Microsoft Azure を開き、接続文字列、Azure ストレージコンテナー名、Azure ストレージプレフィックスを入力し、**Make this the default data export destination** がオンになっていることを確認して（これでエクスポートが Azure に送られます）、保存します。
provider-azure-snippet-preflight-script = 読み取り専用の事前チェックスクリプト（Azure CLI）
provider-azure-checker-intro = アプリがすでにありますか？ `az role assignment list --all --assignee CLIENT_ID` の出力（JSON）を貼り付けると、ストレージアカウントで Storage Blob Data Contributor があるか、足りないもの、広すぎるものがわかります。内容はブラウザーの外に出ません。
provider-azure-checker-needs-values = 先に上のフォームに有効なストレージアカウント名とアプリのクライアント ID を入力してください。アプリ自身の割り当てだけが対象です。
