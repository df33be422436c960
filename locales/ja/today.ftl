# Braze の現在の Amazon S3 ページが元のページに加えた内容 (issue 14、docs/facts.md
# "Today vs the seed"): 認証情報の変更・ローテーションと、現在のトラブルシューティングの文言。
# Braze のエラーメッセージは、ダッシュボードの表示どおり英語のまま引用します。

## 画面のラベル (Braze: 現在の日本語ページはボタン名を英語のまま記載; AWS: 日本語の IAM コンソール、英語表記を括弧内に併記)
-braze-edit = Edit
-braze-update-current = Update Current
-aws-actions = アクション（Actions）
-aws-deactivate = 非アクティブ化（Deactivate）
-aws-delete = 削除（Delete）

## 認証情報の変更・ローテーション
update-heading = 認証情報の変更・ローテーション
update-show = あなたのケースの手順を表示
update-intro = キーはローテーションされ、ロールは変わります。次の順序で行えば、認証情報を変更している間も Braze はバケットへの書き込みを続けます: まず AWS 側、次に Braze、古い認証情報は最後です。
update-rotate-key-title = アクセスキーのローテーション
update-key-create = IAM でユーザー { $user } を開き、**{ -aws-security-credentials-tab }** タブで **{ -aws-create-access-key }** をクリックします。これがユーザーの 2 つ目のキーです。その間も古いキーは使えます。
update-key-update-braze = Braze で、古いキーを使っているすべての場所 (下の画面) のアクセスキー ID とシークレットアクセスキーを新しいものに置き換えます。
update-key-test = テストします: ダッシュボードデータのエクスポートでは **{ -braze-test-credentials }** をクリックします。Currents では **{ -braze-update-current }** が認証情報を確認し、検証されたかどうかが通知されます。
update-key-deactivate = IAM に戻り、ユーザー { $user } の古いキーを非アクティブ化します (**{ -aws-actions } > { -aws-deactivate }**)。データが届き続けていることを確認してください。非アクティブ化したキーはまだ再アクティブ化できます。
update-key-delete = Braze が新しいキーでしばらく動作したら、古いキーを削除します (**{ -aws-actions } > { -aws-delete }**)。
update-key-two-keys = IAM ユーザーが持てるアクセスキーは最大 2 つです。すでに 2 つある場合は、新しいキーを作成する前に Braze が使っていない方を削除してください。
update-expiry = Braze が新しい認証情報を受け取る前に古い認証情報を無効にしないでください。認証情報が機能しない Currents コネクターはイベントの送信を停止し、その状態が { $days } 日（Braze の現在のページによる。以前の版では { $hours } 時間）を超えると、イベントは破棄され、データは完全に失われます。
update-role-may-change-title = ロールで変更してよいもの
update-role-policies = 権限: ロール { $role } にアタッチされたポリシーを編集できます。たとえば、ポリシーに { $bucket } と並べて新しいバケットを追加します。ロール ARN は変わらないため、Braze に新しい認証情報は必要ありません (Braze に新しいバケットへ書き込ませる場合は、そのバケット名だけが必要です)。
update-role-switch = 認証方法: シークレットキーに切り替えることもできます (下の「シークレットキーとロール ARN の切り替え」を参照)。
update-role-must-stay-title = Braze の表示どおりに保つもの
update-role-trust = 信頼ポリシー: Braze の AWS アカウント ID { $account } と external ID { $external_id } は、Braze の表示どおりに保ちます。別のアカウント ID や別の external ID にすると、Braze はロールを引き受けられなくなります。external ID の条件を削除しても Braze は締め出されませんが、保護がなくなります。ロールの ARN を知った Braze の他の顧客が、Braze にあなたのロールを使わせることができてしまいます（AWS が「混乱した代理」問題と呼ぶものです）。
update-role-arn = Braze に入力したロール ARN は、ロール { $role } と一致していなければなりません。作り直したロールや名前を変えたロールは ARN が変わります。古いロールを削除する前に、新しい ARN を Braze に入力してください (下記)。
update-aws-first = まず AWS 側を完了させます (上記)。Braze が確認するときに有効な認証情報があるようにするためです。
update-currents-title = Currents
update-currents-open = Braze で **{ -braze-partner-integrations } > { -braze-currents }** に移動し、コネクターを開いて **{ -braze-edit }** をクリックします。
update-currents-credentials = **{ -braze-credentials-section }** セクションで、{ $method ->
        [role-arn] **{ -braze-role-arn-radio }** を選択した状態で、ロール ARN を入力します。
       *[other] **{ -braze-secret-key-radio }** を選択した状態で、新しいアクセスキー ID とシークレットアクセスキーを入力します。
    }
update-currents-update = **{ -braze-update-current }** をクリックします。認証情報が検証されたかどうかが通知されます。
update-currents-each = { $count } 個のコネクターそれぞれで同じ操作をします。どれもこの認証情報を共有しています。
update-currents-keeps-running = 認証情報を更新している間も、コネクターは動作し続けます。
update-dashboard-title = ダッシュボードデータのエクスポート
update-dashboard-open = Braze で **{ -braze-partner-integrations } > { -braze-technology-partners }** に移動し、**{ -braze-amazon-s3 }** をクリックします。
update-dashboard-credentials = **{ -braze-aws-credentials-page }** ページで、{ $method ->
        [role-arn] **{ -braze-role-arn-radio }** を選択した状態で、ロール ARN を入力します。
       *[other] **{ -braze-secret-key-radio }** を選択した状態で、新しいアクセスキー ID とシークレットアクセスキーを入力します。
    }
update-dashboard-test = **{ -braze-test-credentials }** をクリックし、成功したら **{ -braze-save }** をクリックします。
update-switch-title = シークレットキーとロール ARN の切り替え
update-switch = { $method ->
        [role-arn] シークレットキーに切り替えるには、このウィジェットの上部でその方法を選び、AWS の手順を行います。次に、Braze の同じ画面で **{ -braze-secret-key-radio }** を選択し、キーを入力します。
       *[other] ロールに切り替えるには、このウィジェットの上部でその方法を選び、AWS の手順を行います。次に、Braze の同じ画面で **{ -braze-role-arn-radio }** を選択し、ロール ARN を入力します。
    }古い認証情報は、Braze が新しい認証情報で動作してから削除してください。

## トラブルシューティング (Braze の現在のページによる)
today-braze-says = エラーメッセージ（Braze のページの引用どおり、どの言語でも英語）:
today-check-permissions = Braze のトラブルシューティング「{ $heading }」(追加の権限を確認): ユーザーまたはロールには `s3:GetBucketLocation` と `s3:PutObject` が必要です。ここで生成したポリシーは両方を付与します。
today-kms = Braze のページによると、このメッセージは Braze サポートまたは AWS のログで確認されるものです。バケットのデフォルト暗号化が SSE-KMS になっていることを示します。Braze は Currents でもダッシュボードデータのエクスポートでも SSE-KMS をサポートしていません。バケットの SSE-KMS を無効にしてください。SSE-S3 はどちらでも使えます。
today-unable-to-connect = Braze で **{ -braze-test-credentials }** を実行します。結果に、何が失敗したかが表示されます。Braze は例として `s3:GetObject` の不足を挙げています。これがないと Braze はダウンロードリンクを作成できません。
today-notes-heading = 知っておくと役立つこと
today-invalid-alert = Braze に「{ -braze-invalid-credentials }」と表示され、メッセージがダッシュボードデータのエクスポートでの `PutObject` アクセスやサーバー側暗号化に触れている場合は、上で該当する症状を選んでください。
today-region = Braze にはリージョンの設定がありません。バケットの AWS リージョンに書き込みます。コネクターが希望と異なるリージョン (たとえば `eu-central-1` ではなく `eu-west-1`) に書き込む場合は、希望のリージョンにバケットを作成するか、既存のバケットを使ってください。Braze 側で変更するリージョンはありません。
today-format-exports = JSON 形式のエクスポート（ダッシュボードまたは API から）は JSONL です。1 行に 1 つの JSON オブジェクトが入るため、ファイル全体を 1 つの JSON ドキュメントとしてではなく、1 行ずつ読み込んでください。CSV のエクスポートとレポートは CSV ファイルです。
today-format-currents = Currents は Apache Avro ファイル (`.avro`) を書き込みます。
today-format-archives = メッセージのアーカイブは、送信したメッセージごとに gzip 圧縮した JSON ファイル（`.json.gz`）を 1 つ、バケットの `sent_messages/` の下のチャネル別フォルダー（email、push、sms）に書き込みます。
today-contact-email = Currents のフォームでは、連携エラー通知用の連絡先メールアドレスを求められます。Braze は個人のアドレスではなく、配信リストやグループアドレスを推奨しています。
today-switch-provider = 別のクラウドストレージプロバイダーから切り替えますか? 新しい連携の設定と検証について、Braze のカスタマーサクセスマネージャーにお問い合わせください。
