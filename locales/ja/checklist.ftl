# チェックリスト、複数のコネクター、トラブルシューティング

## チェックリスト

checklist-heading = チェックリスト
checklist-progress-label = 進捗状況
checklist-progress = { $total } ステップ中 { $done } ステップ完了
checklist-go-to-step = ステップへ移動
checklist-complete = すべて完了しました。データが届いていることを確認してください：
checklist-verify-currents = Currents：Current の開始から数分後に、S3 コンソールの { $bucket }/{ $folder }/ の下に新しいファイルが表示されます。
checklist-verify-dashboard = ダッシュボードデータのエクスポート：Braze から CSV エクスポートを実行し、ファイルが { $bucket } に保存されることを確認します。
checklist-verify-expiry = Currents：イベントが届き続けているか、ときどき確認してください。認証情報が機能しないコネクターはイベントの送信を停止し、その状態が { $days } 日（Braze の現在のページによる。以前の版では { $hours } 時間）を超えると、イベントは完全に破棄されます。
checklist-verify-key-rotation = IAM のアクセスキーに有効期限はありません。AWS は定期的なローテーションを推奨しています。キーをローテーションするときは、Braze が常に有効なキーを使えるよう、「認証情報の変更・ローテーション」の手順に従ってください。
checklist-copy-markdown = Markdown としてコピー
checklist-copy-link = この構成へのリンクをコピー
checklist-markdown-copied = チェックリストを Markdown としてコピーしました。
checklist-link-copied = リンクをコピーしました。リンクには入力値が含まれますが、チェックの状態は含まれません。
checklist-start-over = 最初からやり直す
checklist-start-over-confirm = 入力値とチェックをすべて消去しますか？
checklist-start-over-yes = はい、すべて消去します
checklist-start-over-no = キャンセル

## 追加の Currents コネクター

connectors-legend = このバケットを使う他の Currents コネクター
connectors-hint = 認証情報は共通で、フォルダーパスはコネクターごとに分けます。
connector-name = コネクター { $number } の名前
connector-folder = コネクター { $number } のフォルダーパス
connector-remove = 削除
connector-remove-label = コネクター { $number } を削除
connector-add = コネクターを追加

## トラブルシューティング

troubleshoot-heading = トラブルシューティング
troubleshoot-label = どのような症状ですか？
troubleshoot-choose = 症状を選択…
troubleshoot-cause = 原因
troubleshoot-fix = 対処方法
troubleshoot-recheck = チェックリストで再確認
troubleshoot-paste-label = または、Braze に表示されたメッセージを貼り付けてください
troubleshoot-paste-hint = ブラウザー内で読み取ります。ウィジェットが症状を選び、メッセージ中のバケットと ID をあなたの入力と比べます。
braze-error-recognised = Braze のメッセージが示す症状:
braze-error-unknown = このメッセージは認識できませんでした。上の一覧から当てはまる症状を選んでください。ウィジェットが扱う症状:
braze-error-action = AWS が拒否したアクション: { $action }。
braze-error-other-bucket = Braze が試したバケットは { $tried } ですが、入力されたのは { $configured } です。
braze-error-other-role = Braze が引き受けたロールは { $tried } ですが、入力されたのは { $configured } です。
braze-error-other-user = Braze がサインインした IAM ユーザーは { $tried } ですが、入力されたのは { $configured } です。
braze-error-role-not-key = Braze はロール { $tried } を使いましたが、選ばれた方法は AWS シークレットアクセスキーです。
braze-error-user-not-role = Braze は IAM ユーザー { $tried } としてサインインしましたが、選ばれた方法は AWS ロール ARN です。
braze-error-role-to-assume = Braze が引き受けようとしたロール（Braze に入力されたロール ARN）: { $arn }。
braze-error-other-role-to-assume = Braze が引き受けようとしたロールは { $tried } ですが、入力されたのは { $configured } です。
braze-error-role-path = Braze に入力されたロール ARN には、ロール名の前にパス { $path } があります。このガイドのロールにはパスがありません。IAM のロールの概要ページに表示される ARN を Braze にコピーしてください。
braze-error-other-account = このロールは AWS アカウント { $tried } にありますが、アカウント ID として入力されたのは { $configured } です。
braze-error-other-braze-account = Braze は AWS アカウント { $tried } からリクエストしましたが、入力された Braze のアカウント ID（信頼ポリシーが信頼するアカウント）は { $configured } です。
braze-error-bucket-typed = Braze に設定されているバケット名は「{ $braze }」ですが、お客様のバケットは { $configured } です。Braze で名前を修正してください:
braze-error-bucket-typed-alone = Braze に設定されているバケット名は「{ $braze }」です。Braze で名前を修正してください:
braze-error-bucket-space = 先頭または末尾にスペースがあります。バケット名にスペースは含まれません。
braze-error-bucket-upper-case = 大文字が含まれています。バケット名に使えるのは英小文字、数字、ピリオド、ハイフンだけです。
braze-error-bucket-scheme = `s3://` は AWS CLI がバケットのアドレスを書く形式で、名前の一部ではありません。名前だけを入力してください。
braze-error-bucket-arn = `arn:aws:s3:::` が付くとバケットの名前ではなく ARN になります。名前だけを入力してください。
braze-error-bucket-folder = 名前の後の `/{ $folder }` はフォルダーパスです。バケット名だけを入力してください。Currents では、フォルダーは **{ -braze-folder-path }** フィールドに入力します。
braze-error-bucket-slash = 末尾にスラッシュがあります。スラッシュはバケット名の一部ではありません。
braze-error-bucket-other-name = これらの誤りを除いても、指しているのは { $name } で、{ $configured } ではありません。
braze-error-access-denied = AWS はリクエストを拒否しました（Access Denied）が、メッセージには拒否されたアクションも、リクエストした ID も書かれていないため、ウィジェットは症状を判断できません。お客様のケースでは次のいずれかの可能性があります。上の一覧から当てはまるものを選んでください:
braze-error-cut = 読み取ったのは最初の { $chars } 文字だけです。Braze のメッセージはこれよりずっと短いものです。
symptom-invalid-after-role = ロールの作成直後に「{ -braze-invalid-credentials }」と表示される
symptom-put-object-denied = `s3:PutObject` でアクセスが拒否される（AccessDenied）
symptom-kms-generate-data-key = `kms:GenerateDataKey` が許可されていない（not authorized）
symptom-events-stopped = Currents のイベントが届かなくなった
symptom-object-lock = Object Lock が有効なバケットで Currents が失敗する
symptom-download-links-fail = エクスポートのダウンロードリンクが機能しない
symptom-api-export-no-url = API エクスポートでダウンロード URL が返されない
cause-invalid-after-role = IAM で新しいロールがまだ反映されていないうちに、Braze がロールを引き受けようとしました。
fix-invalid-after-role = しばらく待ってから再試行してください。エラーが解消しない場合は、ロールに設定した Braze のアカウント ID と external ID、および Braze に貼り付けた ARN を確認してください。
cause-put-object-denied = アタッチしたポリシーがバケットのオブジェクトに対する `s3:PutObject` を許可していないか、Braze が使用するユーザーまたはロールにポリシーがアタッチされていません。
fix-put-object-denied = お客様の構成用に生成されたポリシーを変更せずに貼り付けてアタッチし、Braze に入力したバケット名を確認してください。
cause-kms-generate-data-key = バケットが SSE-KMS（AWS KMS キー）で暗号化されています。SSE-KMS には、Currents もダッシュボードデータのエクスポートも対応していません。
fix-kms-generate-data-key = バケットのデフォルトの暗号化を SSE-S3（Amazon S3 マネージドキー）に設定するか、SSE-KMS を使用していないバケットを使ってください。
cause-events-stopped = コネクターの認証情報が期限切れになったか無効化されたため、コネクターがイベントの送信を停止しました。その状態が { $days } 日（Braze の現在のページによる。以前の版では { $hours } 時間）を超えると、イベントは破棄され、完全に失われます。
fix-events-stopped = 直ちに新しいアクセスキーを作成し（ロール方式の場合はロールを確認し）、Braze でコネクターの認証情報を更新してください。
cause-object-lock = Currents は S3 Object Lock が有効なバケットに対応していません。
fix-object-lock = Object Lock を有効にせずに作成したバケットを使用してください。既存のバケットから Object Lock を外すことはできません。
cause-download-links-fail = ポリシーが `s3:GetObject` を許可していません。Braze はダウンロードリンクとエラー処理にこの権限を必要とします。
fix-download-links-fail = `s3:GetObject` を含む、お客様の構成用に生成されたポリシーを使用し、アタッチされていることを確認してください。
cause-api-export-no-url = これは想定どおりの動作です。クラウドストレージと統合している場合、API エクスポートはダウンロード URL を返しません。
fix-api-export-no-url = S3 バケットからファイルを直接取得してください。
