# プリフライト: 読み取り専用スクリプトのレポートから分かったこと。
# マークアップ: ボタンやメニューは **ラベル**、コードは `リテラル`。

## レポート

preflight-report-empty = 事前チェックスクリプトが出力したレポートを貼り付けてください。
preflight-report-not-report = これは事前チェックのレポートではありません。`# braze-s3-companion preflight v1` の行がありません。スクリプトが標準出力に書いた内容をすべて貼り付けてください。
preflight-report-version = このレポートは形式 v{ $found } で、このページでは読めません。このページの事前チェックスクリプトをコピーして、もう一度実行してください。
preflight-report-truncated = このレポートは途中で切れています。最後の行 `# end` がないか、途中で終わっている行があります。レポート全体を貼り付けてください。
preflight-report-too-large = このテキストは { $megabytes } MB を超えています。事前チェックのレポートがこれほど大きくなることはありません。
preflight-report-too-many = このレポートには { $max } 件を超える呼び出しがあります。事前チェックのレポートがこれほど多くなることはありません。
preflight-report-bad-line = { $line } 行目は事前チェックスクリプトが書く内容ではありません。出力されたレポートを編集せずにそのまま貼り付けてください。
preflight-report-altered = レポートの最後の行では呼び出しは { $expected } 件ですが、実際には { $found } 件あります。レポート全体を編集せずに貼り付けてください。
preflight-other-values = このレポートは{ $field ->
        [bucket] バケット
        [auth] 認証方法
        [user] IAM ユーザー
        [role] IAM ロール
        [account] Braze のアカウント
       *[external-id] external ID
    } { $reported } のものですが、入力された値は { $configured } です。現在の値のスクリプトをコピーして、もう一度実行してください。

## チェックで判断できないとき

preflight-unknown-absent = レポートに `{ $call }` の応答がありません。この項目は確認されていません。
preflight-unknown-denied = スクリプトを実行した ID には `{ $call }` を呼び出す権限がありません。この項目は確認されていません。S3 と IAM の設定を読み取れる ID でスクリプトを実行してください。
preflight-unknown-error = `{ $call }` が失敗しました ({ $error })。この項目は確認されていません。
preflight-unknown-no-bucket = 未確認: バケット { $bucket } が存在しません。

## バケット

preflight-bucket-exists-pass = バケット { $bucket } は存在します。
preflight-bucket-exists-missing = このアカウントにはバケット { $bucket } がありません。
preflight-bucket-exists-fix = S3 コンソールでバケット { $bucket } を作成し (またはここで名前を修正し)、スクリプトをもう一度実行してください。
preflight-bucket-exists-forbidden = S3 はバケット { $bucket } が存在するかどうかを返しませんでした。別の AWS アカウントのバケットか、スクリプトを実行した ID に一覧表示の権限がない可能性があります。
preflight-bucket-region = Braze はバケット { $bucket } のあるリージョン { $region } に書き込みます。
preflight-encryption-none = デフォルト暗号化は設定されていません。S3 は新しいオブジェクトを SSE-S3 で暗号化し、Braze はこれに対応しています。
preflight-encryption-sse-s3 = デフォルト暗号化は SSE-S3 (`AES256`) で、Braze はこれに対応しています。
preflight-encryption-kms = デフォルト暗号化が `{ $algorithm }` (SSE-KMS) です。Braze は SSE-S3 にのみ対応しており、アップロードは失敗します。
preflight-encryption-kms-fix = S3 コンソールでバケット { $bucket } を開き、**プロパティ（Properties）**、**デフォルトの暗号化（Default encryption）** で SSE-S3 (Amazon S3 マネージドキー) を選んでください。
preflight-encryption-other = デフォルト暗号化が `{ $algorithm }` で、このチェックでは判定できません。Braze は SSE-S3 (`AES256`) に対応しています。
preflight-object-lock-off = Object Lock はオフです。
preflight-object-lock-currents = Object Lock がオンです。Braze Currents は Object Lock が有効なバケットに対応していません。
preflight-object-lock-fix = Object Lock はオフにできません。Currents 用に、Object Lock なしの別のバケットを作成してください。
preflight-object-lock-export = Object Lock がオンです。バケットにデフォルトの保持期間が設定されている場合、S3 は `Content-MD5` ヘッダーもチェックサムヘッダーも付いていないアップロードをすべて拒否します。Braze のエクスポートがこれらを送るかどうかは、Braze は明記していません。ダッシュボードのエクスポートがバケットに届くことを確認するか、Object Lock のないバケットを使ってください。
preflight-bucket-policy-none = このバケットにはバケットポリシーがありません。
preflight-bucket-policy-pass = バケットポリシーは Braze に必要な操作を何も拒否していません。
preflight-bucket-policy-denies = バケットポリシーが Braze に必要な権限を { $count } 件拒否しています: { $pairs }。
preflight-bucket-policy-fix = Braze のリクエストに一致するバケットポリシーの `Deny` ステートメントを削除するか、範囲を絞ってください。{ $sse ->
        [on] Braze はアップロードごとに `{ $header }: AES256` を送ります。
       *[off] ここでは Braze の AES-256 オプションがオフなので、アップロードに `{ $header }` ヘッダーは付きません。ポリシーがそれを要求する場合は、Braze とここでオプションをオンにしてください。
    }
preflight-bucket-policy-not-principal-fix = `Deny` と組み合わせた `NotPrincipal` は、正確に列挙されていないすべてのプリンシパルを拒否します。ロールのセッションは各セッションが列挙されていない限り拒否され、アクセス許可の境界が設定された ID は常に拒否されます。AWS の推奨どおり、代わりに `"Principal": "*"` と、{ $kind ->
        [user] ユーザー
       *[role] ロール
    }を指定する `aws:PrincipalArn` に対する `ArnNotEquals` 条件を使用してください。
preflight-bucket-policy-depends = このチェックでは評価できない条件によっては、バケットポリシーが Braze に必要な権限を { $count } 件拒否する可能性があります: { $pairs }。
preflight-bucket-policy-unreadable = バケットポリシーを IAM ポリシーとして読み取れませんでした。

## ID

preflight-identity-not-found = このアカウントには IAM { $kind ->
        [user] ユーザー
       *[role] ロール
    } { $name } がありません。
preflight-identity-create-fix = 上の手順、または AWS CLI スクリプトで{ $kind ->
        [user] ユーザー
       *[role] ロール
    }を作成してください。
preflight-identity-pass = { $count } 件のポリシーで、Braze に必要な権限がすべて付与されており、それ以上の権限はありません。
preflight-identity-missing = Braze に必要な権限のうち { $count } 件が付与されていません: { $pairs }。
preflight-identity-fix = このページのポリシー { $policy } をアタッチし (またはアタッチ済みのポリシーに不足分を追加し)、一致する `Deny` を削除してください。
preflight-identity-partial = 読み取れなかったポリシーがあります ({ $policies })。すべての権限は確認できませんでした。
preflight-identity-depends = Braze に必要な権限のうち { $count } 件は、このチェックでは評価できない条件付きでしか付与されていません: { $pairs }。
preflight-identity-broader = Braze に必要な権限はすべて付与されていますが、次のポリシーは必要以上の権限を付与しています: { $policies }。このページのポリシーだけをアタッチすることを検討してください。
preflight-identity-pass-bucket = Braze に必要な権限はすべて付与されており、その一部はバケットポリシーだけで付与されています。同じアカウント内では、ID のポリシーとバケットポリシーのどちらかが許可していれば、AWS はリクエストを許可します。
preflight-identity-pass-published = { $count } 件のポリシーで、Braze に必要な権限がすべて付与されています。{ $policies } は、このページがお客様のケース向けに示すポリシー (Braze が公開しているもの) です。末尾が `*` のリソースは、名前がお客様のバケット名で始まる他のバケットにも一致します (ガイドの注記を参照)。
preflight-too-complex = Braze に必要な権限のうち { $count } 件は判定できませんでした。ポリシーのワイルドカードが複雑すぎて、このチェックでは判定できません ({ $pairs })。
preflight-boundary-none = アクセス許可の境界は設定されていません。
preflight-boundary-pass = アクセス許可の境界 { $policy } は Braze に必要な権限をすべて許可しています。
preflight-boundary-blocks = アクセス許可の境界 { $policy } が Braze に必要な権限を { $count } 件ブロックしています: { $pairs }。
preflight-boundary-fix = 境界 { $policy } でこれらの権限を許可するか、境界を削除してください。
preflight-boundary-depends = アクセス許可の境界 { $policy } は、このチェックでは評価できない条件付きでしか Braze に必要な権限を許可していません。
preflight-trust-pass = Braze のアカウント { $account } は、external ID { $external_id } でロールを引き受けられます。
preflight-trust-fix = ロールの信頼ポリシーを、このページのものに置き換えてください (**{ -aws-trust-relationships }** タブ)。
preflight-trust-unreadable = ロールの信頼ポリシーを IAM ポリシーとして読み取れませんでした。
preflight-role-arn-pass = ロールの ARN は { $arn } で、このページが Braze に示すものと同じです。
preflight-role-arn-differs = ロールの ARN は { $reported } ですが、このページは Braze に { $given } を示しています。Braze は拒否されます。
preflight-role-arn-fix = ロールの概要ページに表示されている { $arn } を Braze に入力し、ここのロール名の欄に { $name } (パスと名前) を入力してください。
preflight-organizations-unseen = 未確認: アカウントが AWS Organizations の組織に属している場合、その組織のサービスコントロールポリシー (SCP) とリソースコントロールポリシー (RCP) は、アカウント自体のポリシーにかかわらず Braze のリクエストを拒否することがあり、アカウント内からは読み取れません。不明な場合は組織の管理者に確認してください。
preflight-key-pass = ユーザーには有効なアクセスキーが { $count } 個あり、最新のものは作成から { $days } 日です。
preflight-key-active-undated = ユーザーには有効なアクセスキーが { $count } 個あります。
preflight-key-none-active = ユーザーに有効なアクセスキーがありません。Braze はこのユーザーでサインインできません。
preflight-key-create-fix = ユーザーのアクセスキーを作成し (**{ -aws-security-credentials-tab }** タブ、**{ -aws-create-access-key }**)、Braze に入力してください。
preflight-key-old = 最新の有効なアクセスキーは作成から { $days } 日経っています。AWS は 90 日ごとのキーのローテーションを推奨しています。
preflight-key-rotate-fix = ローテーションの手順: 2 つ目のアクセスキーを作成して Braze に入力し、Braze のテストが成功することを確認してから、古いキーを無効化し、問題がなければ削除してください。

## The widget's preflight section

snippet-title-preflight-script = 事前チェックスクリプト：AWS アカウントを確認（読み取り専用）
file-preflight-script = { $bucket }-braze-preflight.sh
# 下の実行コマンドにあるレポートのファイル名。スクリプトのファイル名は file-preflight-script（ダウンロード名）。
-preflight-report-file = preflight-report.txt
preflight-heading = Braze がテストする前に AWS アカウントを確認する
preflight-intro = このスクリプトを AWS CloudShell、またはバケットを所有するアカウントに AWS CLI でサインインしている任意のシェルで実行してください。設定を読み取るだけで、何も変更しません。実行後、出力された内容を下に貼り付けてください。
preflight-paste-label = 事前チェックスクリプトが出力したレポート
preflight-paste-hint = レポートはこのページ内で確認されます。貼り付けた内容がブラウザーの外に送られることはありません。
preflight-findings = レポートからわかること
preflight-status = { $status ->
        [pass] OK
        [fail] 問題あり
        [warn] 警告
       *[unknown] 未確認
    }
preflight-fix-label = 対処方法：
preflight-use-snippet = 使用するスニペット：

# The comment under the preflight script's first line: what it is and how to run it.
preflight-script-intro =
    Braze + Amazon S3: バケット { $bucket } と { $kind ->
        [role] IAM ロール
       *[user] IAM ユーザー
    } { $name } の読み取り専用の事前チェックです。
    braze-s3-companion が作成しました。読み取りのみを行い (AWS CLI v1/v2 の head-bucket、get-*、list-* の呼び出し)、何も作成・変更・削除せず、シークレットも表示しません (アクセスキーは状態と作成日のみ)。
    バケットを所有するアカウントに AWS CLI でサインインした環境で、S3 と IAM の設定を読み取れる ID として実行してください (AWS CloudShell でも実行できます):
      bash { file-preflight-script } > { -preflight-report-file }
    その後、レポート (標準出力の内容) をウィジェットに貼り付けてください。進行状況は標準エラー出力に表示されます。拒否された呼び出しや何も見つからなかった呼び出しはその旨を記録し、スクリプトは続行します。
