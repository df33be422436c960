# braze-s3-companion — 日本語
# マークアップ：ボタンやメニューは **ラベル**、コードは `リテラル`。
# 表記：です・ます調。英数字・値・太字ラベルの前後には半角スペースを入れ、全角の句読点（、。「」：（））の隣には入れない。

page-title = Amazon S3 — Braze ドキュメント（アシスタント）

## ウィジェットのインターフェース

widget-title = Braze 用 Amazon S3 設定アシスタント
widget-intro = 統合と認証方式を選び、バケット名を入力してください。下のガイドがお客様の構成に合わせて作成され、そのまま貼り付けられるポリシーも用意されます。処理はすべてブラウザー内で行われ、入力内容がページの外に送信されることはありません。
lang-label = 言語
lang-loading = { $language } を読み込んでいます…
lang-failed = { $language } を読み込めませんでした。ガイドはこの言語のまま表示されます。
lang-retry = 再試行
section-loading = ガイドのこの部分を読み込んでいます…
section-failed = ガイドのこの部分を読み込めませんでした。接続を確認してから、もう一度お試しください。
setup-heading = お客様の構成
integration-legend = 統合
integration-currents = Braze Currents
integration-currents-hint = イベントをバケットに継続的にストリーミングします。
integration-dashboard-export = ダッシュボードデータのエクスポート
integration-dashboard-export-hint = CSV エクスポート、エンゲージメントレポートなど。
integration-both = 両方（同じバケットを使用）
integration-both-hint = 統合ごとに専用の権限が必要です。
auth-legend = 認証方式
auth-secret-key = AWS シークレットアクセスキー
auth-secret-key-hint = IAM ユーザーを作成し、そのアクセスキーを Braze に入力します。
auth-role-arn = AWS ロール ARN
auth-role-arn-hint = Braze の AWS アカウントが引き受ける IAM ロールです。external ID で保護されます。
values-legend = 入力値
names-legend = IAM での名前（任意）
field-bucket = S3 バケット名
field-bucket-hint = 3～63 文字。使用できるのは英小文字、数字、ピリオド、ハイフンです。
field-account = Braze の AWS アカウント ID
field-account-hint = 12 桁の数字です。Braze で統合を作成するページに表示されます。
field-external-id = external ID（外部 ID）
field-external-id-hint = Braze のアカウント ID の横に表示されます。
field-folder = フォルダーパス（Currents）
field-folder-hint = デフォルトは `currents` です。フォルダーが存在しない場合は Braze が作成します。
field-sse = サーバーサイド保管時AES-256暗号化（SSE-S3）
field-sse-hint = デフォルトはオフです。オンにすると、Braze は `x-amz-server-side-encryption` ヘッダーを送信します。
field-user-name = IAM ユーザー名
field-role-name = IAM ロール名
field-policy-name = IAM ポリシー名
field-own-account = お客様の AWS アカウント ID（任意）
field-own-account-hint = Braze に貼り付けるロール ARN を正確に表示するために使います。
field-default-hint = 空欄の場合は「{ $default }」を使用します。
guide-heading = 設定ガイド
step-number = ステップ { $number }
note-note = 注記
note-tip = ヒント
note-important = 重要
note-warning = 警告
copy-button = コピー
copy-button-done = コピーしました
copy-button-label = コピー：{ $title }
copy-done = クリップボードにコピーしました。
copy-manual = 自動コピーを利用できません。テキストは選択済みなので、Ctrl+C（Mac では ⌘+C）を押してください。
copy-placeholder = コピーしていません。先にドキュメント内で示されている値を入力してください。プレースホルダーが残っていると、AWS はこのドキュメントを拒否します。
download-button = ダウンロード
download-button-label = ダウンロード：{ $title }
snippet-waiting = 次の項目を正しく入力すると、このスニペットが表示されます：
snippet-placeholder = 次の値を入力するまで、ドキュメントには各値の入る位置にプレースホルダーが表示されます：
error-label = エラー：
warning-label = 警告：
widget-crashed = ウィジェットでエラーが発生しました。ページを再読み込みしてください。それでも解決しない場合は、Braze のドキュメントの手順に従ってください。
storage-not-kept = 進捗状況は保存されていません。このブラウザーが保存を拒否しました（ストレージがいっぱいか、ブロックされています）。入力内容とチェックは、ページを離れるか再読み込みするまでしか残りません。残しておくには、**この構成へのリンクをコピー**（入力値）または **Markdown としてコピー**（チェックの状態）を使ってください。

## ガイド本文中の、まだ入力されていない値

placeholder-bucket = バケット名
placeholder-folder = フォルダーパス
placeholder-account = Braze のアカウント ID
placeholder-external-id = Braze の external ID
placeholder-user = ユーザー名
placeholder-role = ロール名
placeholder-policy = ポリシー名
placeholder-connector = コネクター名

## スニペット

snippet-title-policy-currents = Braze Currents 用のポリシー
snippet-title-policy-dashboard-export = ダッシュボードデータのエクスポート用のポリシー
snippet-title-policy-combined = 両方の統合をカバーする単一のポリシー
snippet-title-trust-policy = ロールの信頼ポリシー
snippet-title-role-arn = Braze に貼り付けるロール ARN
snippet-title-bucket-policy-sse = バケットポリシー：暗号化されていないアップロードを拒否（任意）
# ファイル名はどのシステムでも扱えるよう、英語の ASCII のままにする。
file-bucket-policy-sse = { $bucket }-sse-bucket-policy.json
file-policy-currents = { $bucket }-currents-policy.json
file-policy-dashboard-export = { $bucket }-dashboard-export-policy.json
file-policy-combined = { $bucket }-combined-policy.json
file-trust-policy = { $bucket }-trust-policy.json
file-role-arn = { $bucket }-role-arn.txt

## 入力ルール

rule-required = この項目は必須です。
rule-bucket-length = 名前は { $min }～{ $max } 文字にしてください（現在 { $len } 文字）。
rule-bucket-uppercase = 大文字は使用できません。名前は小文字で入力してください。
rule-bucket-characters = 使用できない文字：{ $found }。使用できるのは英小文字（a-z）、数字、ピリオド、ハイフンのみです。
rule-bucket-edge = 名前の先頭と末尾は英小文字または数字にしてください。
rule-bucket-double-dot = 名前にピリオドを 2 つ続けて（`..`）含めることはできません。
rule-bucket-ip-address = 名前を IP アドレスの形式（`192.168.5.4` など）にすることはできません。
rule-bucket-reserved-prefix = 名前の先頭に { $prefix } は使えません。AWS が予約しているプレフィックスです。
rule-bucket-reserved-suffix = 名前の末尾に { $suffix } は使えません。AWS が予約しているサフィックスです。
rule-bucket-dots = 有効な名前ですが、ピリオドを含むと仮想ホスト形式の HTTPS アクセスと S3 Transfer Acceleration を利用できなくなります。可能であればハイフンを使用してください。
rule-account-id = AWS アカウント ID はちょうど { $digits } 桁の数字で、スペースやハイフンは含みません。
rule-external-id-length = external ID は { $min }～{ NUMBER($max) } 文字にしてください（現在 { $len } 文字）。
rule-external-id-characters = external ID に使用できない文字：{ $found }。使用できるのは英字、数字、`+ = , . @ : / - _` です。
rule-name-length = 名前は 1～{ $max } 文字にしてください（現在 { $len } 文字）。
rule-name-characters = IAM の名前に使用できない文字：{ $found }。使用できるのは英字、数字、`+ = , . @ - _` です。
rule-role-path-length = ロールのパスは、スラッシュを含めて { $max } 文字以内にしてください（現在 { $len } 文字）。
rule-role-path-empty-segment = ロールのパスに空のセグメント（`//`）を含めることはできません。
rule-role-path-characters = このページがロールのパスに書き込まない文字：{ $found }。`/` の間には英字、数字、`+ = , . @ - _` を使用してください。
rule-folder-leading-slash = パスの先頭に `/` は使えません。
rule-folder-empty-segment = パスに空のセグメント（`//` や末尾の `/`）を含めることはできません。
rule-folder-dot-dot = パスに `..` のセグメントを含めることはできません。
rule-folder-characters = フォルダーパスに使用できない文字：{ $found }。Amazon S3 はオブジェクト名でこれらの文字を避けるよう推奨しています：バックスラッシュ、波かっこ、角かっこ、バッククォート、引用符、`^ % ~ # | < >`、改行などの制御文字。
rule-folder-invisible = パスに見えない書式文字（{ $found }）が含まれています。Amazon S3 に保存されるパスは、表示されているパスとは異なります。これらの文字を含めずに入力し直してください。
rule-folder-length = パスは { $max } バイト以内にしてください（現在 { NUMBER($len) } バイト。日本語の文字は 1 文字 3 バイトです）。Amazon S3 のオブジェクトキーは最大 { NUMBER($key) } バイトで、そのうち { $room } バイトは Braze がパスの下に書き込むファイル名のために残しておく必要があります。
rule-folder-duplicate = このパスは別のコネクターがすでに使用しています。コネクターごとに別のパスが必要です。
rule-folder-nested = このパスは別のコネクターのフォルダー { $parent } の中にあります。重ならないパスを選んでください。
rule-folder-contains = メインのフォルダー { $child } がこのパスの中にあります。重ならないパスを選んでください。
rule-not-in-link = リンクには長すぎます。ページのアドレスと **この構成へのリンクをコピー** には、この値は含まれません。

## ガイド：前提条件とバケット

step-prerequisites = 前提条件
prereq-intro = 始める前に、次の点を確認してください。
prereq-aws-account = AWS アカウント（Amazon S3）があること。
prereq-dedicated-bucket = Braze 専用の S3 バケットを使用すること（推奨）。既存のバケットがある場合も、権限を限定できるよう、Braze 用に新しいバケットを作成することをお勧めします。
prereq-currents-access = Braze アカウントで Braze Currents が有効になっていること。Currents でデータを S3 に送るには必要です（ダッシュボードデータのエクスポートとメッセージのアーカイブには Currents は不要です）。
step-create-bucket = S3 バケットを作成する
bucket-open-console = Amazon S3 コンソールを開き、**{ -aws-sign-in }** を選択します（アカウントがない場合は **{ -aws-create-account }** を選択します）。サインインしたら、**{ -aws-storage-category }** カテゴリの **{ -aws-s3 }** を選択します。
bucket-create = **{ -aws-create-bucket }** をクリックし、バケット名を { $bucket } にして、リージョンを選択します。
bucket-region-note = Braze にはリージョンの設定がなく、バケットのリージョンがそのまま使われます。都合のよいリージョンを選んでください。
bucket-object-lock = Currents は S3 Object Lock が有効なバケットに対応していません。このオプションはオフのままにしてください。

## ガイド：暗号化の強制（任意）

step-enforce-encryption = 任意：暗号化されていないアップロードを拒否する
sse-explain = Braze の AES-256 オプションを有効にすると、すべてのファイルに `{ $header }: AES256` ヘッダーが付き、S3 が S3 管理のキーで保管時に暗号化します（SSE-S3）。SSE-KMS には対応していません。
sse-bucket-policy = バケット { $bucket } で SSE-S3 なしのアップロードをすべて拒否するには、S3 コンソールでバケットを開き、**{ -aws-permissions-tab }** タブの **{ -aws-bucket-policy }** セクションで **{ -aws-edit }** をクリックして、下のポリシーを貼り付けます。
sse-bucket-policy-warning = このポリシーを設定した場合は、Braze の **{ -braze-sse-option }** オプションを常にオンにしておく必要があります。オフにすると、S3 が Currents のファイルを拒否します。
sse-bucket-policy-shared = Braze が AES-256 オプションを記載しているのは Currents だけです。ダッシュボードデータのエクスポートと共用するバケットでは、エクスポートが引き続き成功することを確かめてから、このポリシーを残してください。

## ガイド：シークレットアクセスキー方式

step-sk-create-user = IAM ユーザーを作成する
sk-intro = この方式では、Braze はお客様の AWS アカウントの IAM ユーザーとして、アクセスキー ID とシークレットアクセスキーで認証し、バケットに書き込みます。
sk-user-create = IAM コンソールで、{ $user } という名前のユーザーを作成します。手順は AWS のガイド「IAM ユーザーと管理者グループを作成する」（`https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_create-admin-group.html`）を参照してください。
step-sk-credentials = 認証情報を取得する
sk-credentials-show = ユーザーを作成したら、**{ -aws-show-credentials }** をクリックして、アクセスキー ID とシークレットアクセスキーを表示します。後で Braze に入力するため、安全な場所に控えるか、**{ -aws-download-credentials }** をクリックしてください。
sk-credentials-secret = シークレットアクセスキーが表示されるのは 1 回だけです。入力先は Braze だけにしてください。このウィジェットがシークレットアクセスキーを尋ねたり保存したりすることはありません。

## ガイド：権限ポリシー

step-create-policy = 権限ポリシーを作成する
sk-policy-open = **{ -aws-policies } > { -aws-get-started } > { -aws-create-policy }** に移動し、**{ -aws-create-own-policy }** を選択します。このポリシーにより、Braze がアクセスできるのはポリシーに記載したリソースだけになります。
role-policy-open = アカウント管理者として AWS マネジメントコンソールにサインインします。IAM セクションのナビゲーションバーで **{ -aws-policies }** をクリックし、**{ -aws-create-policy }** をクリックします。
policy-differ-note = Currents とダッシュボードデータのエクスポートでは、必要なポリシーが異なります。
policy-both-which = このバケットで両方の統合を使用します。2 つの個別のポリシー（統合ごとに権限が限定され、後から外しやすい）か、両方をカバーする単一のポリシー（アタッチは 1 つで済む）を作成してください。どちらか一方だけを選び、両方は作成しないでください。
sk-policy-paste = ポリシー名を { $policy } とし、下の JSON を **{ -aws-policy-document }** セクションに貼り付けます。
sk-policy-paste-both = 作成するポリシーごとに、下の対応する JSON を **{ -aws-policy-document }** セクションに貼り付けます。名前は { $currents }（Currents）、{ $dashboard }（ダッシュボードデータのエクスポート）、または { $combined }（単一のポリシー）とします。
role-policy-paste = **{ -aws-json-tab }** タブを開き、下の JSON を **{ -aws-policy-document }** セクションに貼り付けてから、**{ -aws-review-policy }** をクリックします。
policy-why = これらの権限がないと認証情報のチェックに失敗し、Braze は統合を作成しません。`s3:GetObject` は、Braze のエラー処理とダウンロードリンクに必要です。
role-policy-name = ポリシー名を { $policy } とし、説明を追加してから、**{ -aws-create-policy }** をクリックします。
role-policy-name-both = 各ポリシーに名前と説明を付けてから、**{ -aws-create-policy }** をクリックします。名前は { $currents }（Currents）、{ $dashboard }（ダッシュボードデータのエクスポート）、または { $combined }（単一のポリシー）とします。
policy-prefix-wildcard = Braze が公開している、シークレットキー方式でのダッシュボードデータのエクスポート用ポリシーには `arn:aws:s3:::{ $bucket }*` が含まれています。このアスタリスクは名前が { $bucket } で始まる他のすべてのバケットにも一致するため、それらのバケットにも Braze がアクセスできてしまいます。他と重ならない独自のバケット名にすると、このリスクを抑えられます。
attach-which-one = アタッチするポリシー：{ $policy }
attach-which-both = アタッチするポリシー：{ $currents } と { $dashboard }、または { $combined } のみ
step-sk-attach = ポリシーをユーザーにアタッチする
sk-attach = **{ -aws-users }** に移動し、ユーザー { $user } をクリックします。**許可（Permissions）** タブで **{ -aws-attach-policy }** をクリックし、先ほど作成したポリシーを選択します。

## ガイド：ロール ARN 方式

step-role-create-role = ロールを作成する
role-role-open = コンソールの同じ IAM セクションで、**{ -aws-roles } > { -aws-create-role }** をクリックします。
role-ids-currents = Currents 用の Braze のアカウント ID と external ID を確認します。Braze で **{ -braze-partner-integrations } > { -braze-currents }** に移動し、**{ -braze-create-currents }** をクリックして **{ -braze-s3-data-export }** を選択します。両方の ID がこの画面に表示されます。
role-ids-dashboard-export = ダッシュボードデータのエクスポート用の Braze のアカウント ID と external ID を確認します。Braze で **{ -braze-partner-integrations } > { -braze-technology-partners }** に移動し、**{ -braze-amazon-s3 }** をクリックします。両方の ID がこの画面に表示されます。
role-ids-old-nav = 旧ダッシュボードでは、Currents の画面は **{ -braze-partner-integrations } > { -braze-data-export }** にあり、ボタンは **Current を作成** です。さらに古いナビゲーションでは、**{ -braze-currents }** は **{ -braze-integrations } > { -braze-currents }** に、**{ -braze-technology-partners }** は **{ -braze-integrations }** にあります。
role-trusted-entity = AWS コンソールに戻り、信頼されたエンティティタイプとして **{ -aws-another-account }** を選択します。Braze のアカウント ID { $account } を入力し、**{ -aws-require-external-id }** にチェックを入れて、external ID { $external_id } を入力します。**{ -aws-next }** をクリックします。
role-trust-explain = これらの設定から、下の信頼ポリシーが作成されます。Braze のアカウントは、お客様の external ID を提示した場合にこのロールを引き受けられます。内容はロールの **{ -aws-trust-relationships }** タブで確認できます。**{ -aws-custom-trust-policy }** を選択して、このポリシーをそのまま貼り付けることもできます。
step-role-attach = ポリシーをアタッチしてロールに名前を付ける
role-attach-policy = 先ほど作成したポリシーを検索し、チェックを入れてロールにアタッチしてから、**{ -aws-next }** をクリックします。
role-name = ロール名を { $role } とし、説明を追加してから、**{ -aws-create-role }** をクリックします。新しいロールが一覧に表示されます。
step-role-copy-arn = ロール ARN をコピーする
role-arn-copy = ロールの一覧で { $role } をクリックして詳細を開き、概要ページの上部にある **{ -aws-role-arn }** を控えます。
role-arn-expected = そこに表示される ARN は次のとおりです。これを Braze に貼り付けます：

## ガイド：Braze でのリンク

step-link-currents = Braze Currents を AWS にリンクする
link-currents-open = Braze で **{ -braze-partner-integrations } > { -braze-currents }** に移動し、**{ -braze-create-currents }** をクリックして **{ -braze-s3-data-export }** を選択します。
link-currents-old-nav = 旧ダッシュボードでは、**{ -braze-partner-integrations } > { -braze-data-export }** に移動し、**Current を作成** をクリックします。さらに古いナビゲーションでは、**{ -braze-currents }** は **{ -braze-integrations }** にあります。
link-currents-name = Current に名前を付けます。
link-currents-credentials-sk = **{ -braze-credentials-section }** セクションで **{ -braze-secret-key-radio }** ラジオボタンが選択されていることを確認し、アクセスキー ID、シークレットアクセスキー、バケット名 { $bucket } を入力します。
link-currents-credentials-role = **{ -braze-credentials-section }** セクションで **{ -braze-role-arn-radio }** オプションが選択されていることを確認し、ロール ARN とバケット名 { $bucket } を入力します。
link-currents-folder = **{ -braze-folder-path }**：{ $folder } を入力します（デフォルトは `{ $default }`）。フォルダーが存在しない場合は Braze が作成します。
link-currents-sse-on = **{ -braze-sse-option }**：オンにします。Braze はすべてのファイルに `{ $header }` ヘッダー（SSE-S3）を付けて送信します。
link-currents-sse-off = **{ -braze-sse-option }**：オフのままにします（デフォルト）。オンにすると `{ $header }` ヘッダー（SSE-S3）が付加されます。
sse-kms-unsupported = SSE-KMS には、Currents もダッシュボードデータのエクスポートも対応していません。バケットで SSE-KMS が強制されていると、`kms:GenerateDataKey` の認可エラーでアップロードが失敗します。
link-currents-extra-connector = 追加のコネクター：{ $name } という名前で別の Current を作成し、同じ認証情報とフォルダーパス { $folder } を指定します。
link-currents-launch = **{ -braze-launch-currents }** をクリックします。Braze が認証情報を確認し、検証に成功したかどうかが通知で表示されます。
link-currents-expiry = 認証情報は常に有効な状態に保ってください。コネクターの認証情報が期限切れになると、コネクターはイベントの送信を停止します。その状態が { $days } 日（Braze の現在のページによる。以前の版では { $hours } 時間）を超えると、コネクターのイベントは破棄され、データは完全に失われます。
link-role-propagation = ロールの作成直後に Braze で「{ -braze-invalid-credentials }」と表示される場合は、IAM でロールがまだ反映されていない可能性があります。しばらく待ってから再試行してください。
step-link-dashboard-export = ダッシュボードデータのエクスポートを AWS にリンクする
link-dashboard-open = Braze で **{ -braze-partner-integrations } > { -braze-technology-partners }** に移動し、**{ -braze-amazon-s3 }** をクリックします。
link-dashboard-old-nav = 旧ナビゲーションでは、**{ -braze-technology-partners }** は **{ -braze-integrations }** にあります。
link-dashboard-credentials-sk = **{ -braze-aws-credentials-page }** ページで **{ -braze-secret-key-radio }** ラジオボタンが選択されていることを確認し、アクセスキー ID、シークレットアクセスキー、バケット名 { $bucket } を入力します。
link-dashboard-credentials-role = **{ -braze-aws-credentials-page }** ページで **{ -braze-role-arn-radio }** オプションが選択されていることを確認し、ロール ARN とバケット名 { $bucket } を入力します。
link-dashboard-test = まず **{ -braze-test-credentials }** をクリックし、成功したら **{ -braze-save }** をクリックします。認証情報の検証に成功したかどうかが通知で表示されます。
link-new-access-key = 新しい認証情報はいつでも取得できます。AWS コンソールでユーザーを開き、**{ -aws-security-credentials-tab }** タブで **{ -aws-create-access-key }** をクリックします。

## ガイド：エクスポートの動作とコネクター

step-export-behaviour = エクスポートの動作
export-api-no-url = クラウドストレージとの統合を設定すると、API エクスポートのレスポンスにダウンロード URL が含まれなくなります。ファイルはバケットから取得してください。
export-reports-email = ダッシュボードレポートと CSV レポートはメールで送信され（ストレージの権限は不要）、バケットにも保存されます。
step-several-connectors = 複数のコネクター
# 日本語の複数形カテゴリーは other だけなので、1 件の場合は数値キー [1] で分岐する。
connectors-same-credentials = コネクターごとにフォルダーパスを変えれば、複数の Currents コネクターが同じ認証情報でこのバケットに書き込めます。コネクターは 1 つのワークスペースにまとめても、複数のワークスペースに分けて作成してもかまいません。{ $count ->
        [1] 現在の予定は 1 つです。追加する場合は、上のコネクター一覧に加えてください。
       *[other] 現在の予定は { $count } 個です。各コネクターは、リンクの手順とチェックリストにそれぞれ表示されます。
    }
connectors-both-integrations = Currents とダッシュボードデータのエクスポートがこのバケットを共用します。統合ごとに専用の権限が必要なため、2 つの個別のポリシーか、両方をカバーする単一のポリシーを使用してください（ポリシーの作成手順を参照）。

## ガイド：自動化

step-automate = 任意：まとめて作成する
automate-intro = コンソールで 1 つずつ操作する代わりに、AWS CLI、CloudFormation、または Terraform で同じ IAM リソースを作成できます。各ファイルには上で入力した値が使われます。Braze での手順は別途行う必要があります。

## プロバイダー（プロバイダーエンジン：src/core/providers/case.rs、guide.rs）

provider-legend = クラウドストレージ
provider-amazon-s3 = Amazon S3
provider-amazon-s3-hint = IAM ユーザーのアクセスキー、または Braze が引き受けるロール。
provider-google-cloud-storage = Google Cloud Storage
provider-google-cloud-storage-hint = サービスアカウントの JSON キー。
provider-azure-blob-storage = Microsoft Azure Blob Storage
provider-azure-blob-storage-hint = 接続文字列、または証明書サービスプリンシパル（Currents のみ）。
provider-step-currents = Braze Currents を接続する
provider-step-export = Braze でデータエクスポートを接続する
provider-step-archiving = メッセージのアーカイブを有効にする
provider-step-archiving-body = メッセージのアーカイブは有料のアドオンです。[**設定**] に [**メッセージのアーカイブ**] が表示されない場合は、会社が購入して有効にしているか確認してください。Braze で [**設定**] > [**メッセージのアーカイブ**] に移動し、チャネルを選択してから **変更の保存** を選択します。複数のクラウドストレージプロバイダーの認証情報を Braze に設定している場合、メッセージのアーカイブは **Make this the default data export destination** が選択されたものにだけエクスポートします。デフォルトが設定されておらず Amazon S3 バケットが接続されている場合は、そのバケットにアップロードします。
provider-preflight-heading = Braze より先に設定を確認する
provider-preflight-intro = このスクリプトは、お使いのクラウドのコマンドラインツールにサインインしている環境で実行してください。設定を読み取るだけで、何も変更せず、キーも表示しません。表示された内容を下に貼り付けてください。
provider-not-for-case = Braze はこの組み合わせをサポートしていません。上のフォームのメッセージを参照してください。
provider-checker-heading = すでに設定されている内容を確認する
provider-checker-label = 確認するテキスト
provider-checker-verdict = { $verdict ->
        [sufficient] Braze に必要な権限は揃っています。
        [insufficient] Braze にはまだ足りません。下を参照してください。
       *[invalid] このテキストは確認できません。
    }
provider-error-label = Braze が表示したメッセージを貼り付けてください
