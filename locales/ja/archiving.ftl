# メッセージのアーカイブ：バケットの 3 つ目の用途（現在の Braze）。ダッシュボードデータの
# エクスポートのポリシーとリンクを使います。Currents は不要です。
# マークアップ：ボタンやメニューは **ラベル**、コードは `リテラル`。

integration-message-archiving = メッセージのアーカイブ
integration-message-archiving-hint = Braze が送信したメッセージのコピーをクラウドストレージに保存します。有料のアドオンです。Currents は不要です。
archiving-intro = **メッセージのアーカイブ**だけを設定します。メッセージのアーカイブは有料のアドオンで、会社として購入している必要があります（利用開始については Braze のカスタマーサクセスマネージャーにお問い合わせください）。Braze では、ダッシュボードデータのエクスポートと同じ方法で設定します。同じ権限ポリシーを使い、Braze の同じ画面（**{ -braze-partner-integrations } > { -braze-technology-partners } > { -braze-amazon-s3 }**）でリンクします。このガイドには、そのための手順だけを表示しています。
archiving-no-currents = メッセージのアーカイブだけを設定する場合、Braze Currents は必要ありません。
archiving-policy = メッセージのアーカイブには、ダッシュボードデータのエクスポート用のポリシーを使います。下に表示しているポリシーです。
archiving-role-ids = メッセージのアーカイブをリンクする画面で、Braze のアカウント ID とexternal ID を確認します。Braze で **{ -braze-partner-integrations } > { -braze-technology-partners }** に移動し、**{ -braze-amazon-s3 }** をクリックします。メッセージのアーカイブだけを設定する場合は、この ID を使ってロールを作成します。
step-link-message-archiving = メッセージのアーカイブのために Braze を AWS にリンクする
archiving-link-intro = メッセージのアーカイブは、Braze のテクノロジーパートナーに保存された Amazon S3 の認証情報を使って書き込みます。ダッシュボードデータのエクスポートと同じようにリンクしてください。
archiving-turn-on = 続いて、Braze でメッセージのアーカイブを設定します（手順はメッセージのアーカイブに関する Braze のドキュメントを参照）。設定後、Braze は送信したメッセージのコピーをバケット { $bucket } に保存します。Braze に複数のクラウドストレージプロバイダーを設定している場合、アーカイブはデフォルトのデータエクスポート先として指定したもの（**{ -braze-default-export-destination }**）にだけ保存されます。デフォルトを指定していない場合は、接続済みの Amazon S3 バケットに保存されます。
archiving-verify = メッセージのアーカイブ：設定が済み、Braze がメッセージを送信したら、そのコピーが { $bucket } に保存されていることを確認します。
