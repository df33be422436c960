# チェッカー：「既存のポリシーをチェック」。
# マークアップ：ボタンやメニューは **ラベル**、コードは `リテラル`。
# $statement は、貼り付けたポリシー内でのステートメントの位置（1 から数える）。
# 日本語の複数形カテゴリーは other だけなので、数による言い分けはしない。

## インターフェース

checker-heading = 既存のポリシーをチェック
checker-intro = 既存のユーザーやロールをお使いですか？そのポリシーをここに貼り付けると、Braze で **{ -braze-test-credentials }** をクリックする前に、Braze に必要な権限が付与されているかを確認できます。ポリシーがブラウザーの外に送信されることはありません。
checker-field-label = チェックするポリシー（JSON）
checker-field-hint = ポリシーの **{ -aws-json-tab }** タブにあるアイデンティティベースのポリシー、またはロールの **{ -aws-trust-relationships }** タブにある信頼ポリシーを貼り付けます。
checker-column-action = アクション
checker-column-resource = リソース
checker-column-access = 結果
checker-warnings-heading = Braze に必要な範囲を超える権限
checker-trust-heading = 信頼ポリシー
checker-notes-heading = 補足情報
checker-example-matches = 一致する
checker-example-no-match = 一致しない

## 判定

checker-verdict-sufficient-identity = このポリシーは { $bucket } に対し、{ $integration ->
        [currents] Braze Currents に必要な
        [dashboard-export] ダッシュボードデータのエクスポートに必要な
       *[both] Braze Currents とダッシュボードデータのエクスポートに必要な
    }権限をすべて付与しています。
checker-verdict-insufficient-identity = Braze が { $bucket } に対して必要とする { $total } 件の権限のうち、{ $count } 件は付与されていることを確認できません。Braze の認証情報のテストは失敗する可能性が高いです。
checker-verdict-sufficient-trust = Braze のアカウント { $account } は、お客様の external ID でこのロールを引き受けることができます。
checker-verdict-insufficient-trust = この信頼ポリシーのままでは、Braze はお客様の external ID でロールを引き受けることができません。
checker-verdict-invalid = このテキストはチェックできません。

## 権限ごとの結果

checker-access-granted = 付与済み
checker-access-missing = 不足
checker-access-denied = 明示的な `Deny` により拒否（ステートメント { $statement }）
checker-access-depends-allow = このチェックでは評価できない条件付きでのみ許可：{ $conditions }（ステートメント { $statements }）
checker-access-depends-deny = このチェックでは評価できない条件によっては拒否される可能性あり：{ $conditions }（ステートメント { $statements }）
checker-access-missing-some = Braze がここに書き込むすべてのキーには許可されていません（例：`{ $example }` が対象外）
checker-access-denied-some = Braze がここに書き込むキーの一部が明示的な `Deny` により拒否されます（ステートメント { $statement }、例：`{ $example }`）
checker-access-too-complex = 未確認：このポリシーのワイルドカードは複雑すぎて、ここでは判定できません。リソースを簡素化してください

## 必要な範囲を超える権限

checker-warning-all-actions = ステートメント { $statement } は、すべての AWS サービスのすべてのアクションを許可しています（`"Action": "*"`）。
checker-warning-not-action = ステートメント { $statement } は、`NotAction` に記載されたもの以外のすべてのアクションを許可しています。Braze に必要な範囲をはるかに超えています。
checker-warning-action-wildcard = ステートメント { $statement } は { $pattern } を許可しています。これは Braze に必要な範囲より多くのアクションを含みます。
checker-warning-extra-actions = ステートメント { $statement } は { $actions } も許可していますが、この統合で Braze には必要ありません。
checker-warning-all-resources = ステートメント { $statement } は、お客様のバケットだけでなく、すべてのリソースに適用されます（`"Resource": "*"`）。
checker-warning-not-resource = ステートメント { $statement } は、`NotResource` に記載されたもの以外のすべてのリソースに適用されます。
checker-warning-other-buckets = ステートメント { $statement }：{ $pattern } は { $bucket } 以外のバケットにも一致します。
checker-warning-other-resources = ステートメント { $statement }：{ $pattern } は、お客様のバケットとそのオブジェクト以外のリソースにも一致します。
checker-warning-any-principal = ステートメント { $statement } では、Braze のアカウントに限らず、あらゆる AWS アカウントの誰もがこのロールを引き受けられます。`Principal` を Braze のアカウントに限定してください。
checker-warning-other-principals = ステートメント { $statement } は { $principals } も信頼しています。

## 信頼ポリシーの確認結果

checker-trust-principal-allowed = Braze のアカウント { $account } は信頼されたプリンシパルです。
checker-trust-principal-any = Braze のアカウント { $account } は信頼されていますが、それはすべてのプリンシパルが信頼されているためです。
checker-trust-principal-specific = Braze のアカウントのうち、一部の ID（{ $principals }）だけが信頼されています。Braze の設定手順ではアカウント { $account } 全体を信頼するため、Braze がこれらの ID から呼び出すかどうかは、このチェックでは判断できません。
checker-trust-principal-missing = Braze のアカウント { $account } に、このロールに対する `sts:AssumeRole` の呼び出しを許可するステートメントがありません。
checker-trust-external-id-equal = `sts:ExternalId` 条件があり、お客様の external ID { $external_id } と一致しています。
checker-trust-external-id-missing = `sts:ExternalId` 条件なしで Braze のアカウントを信頼しているステートメントがあります。ロールの作成時に **{ -aws-require-external-id }** にチェックを入れ、お客様の external ID を含むリクエストだけが受け付けられるようにしてください。
checker-trust-external-id-different = `sts:ExternalId` 条件が求めている値は { $found } で、お客様の external ID { $external_id } ではありません。
checker-trust-external-id-unverifiable = `sts:ExternalId` 条件で { $operator } が使われていますが、このチェックでは評価できません。
checker-trust-external-id-open = `sts:ExternalId` 条件で { $operator } と { $value } が使われているため、他の external ID も、external ID のないリクエストも受け付けます。このロールの ARN を知った Braze の他の顧客は誰でも、Braze にこのロールを使わせることができます（external ID が防ぐための「混乱した代理」問題）。お客様の external ID と完全に一致する `StringEquals` を使用してください。

## 補足

checker-note-trust-with-secret-key = シークレットアクセスキー方式を選択しています。この方式では Braze は IAM ユーザーとしてサインインするため、ロールの信頼ポリシーは関係しません。
checker-note-organizations = アカウントが AWS Organizations の組織に属している場合、その組織のサービスコントロールポリシー（SCP）とリソースコントロールポリシー（RCP）が、このポリシーで許可されている操作を拒否することがあります。これらはここからは読み取れません。
## テキストをチェックできない理由

checker-error-location = { $line } 行目、{ $column } 列目：
checker-error-empty = まずポリシーを貼り付けてください。`{"{"}` で始まる JSON ドキュメントです。
checker-error-too-long = このテキストは空白を除いて { $max } 文字を超えています。IAM が保存できるどのポリシーよりも長いため、読み取りません。
checker-error-identity-too-long = このアイデンティティポリシーは空白を除いて { $chars } 文字あります。IAM は { $max } 文字を超える管理ポリシーを保存できません。
checker-error-trust-too-long = この信頼ポリシーは空白を除いて { $chars } 文字あります。IAM が受け付けるロールの信頼ポリシーは最大 { $max } 文字です（アカウントのクォータを引き上げていない場合）。
checker-error-syntax = 有効な JSON ではありません。
checker-error-trailing-comma = カンマの後に何もありません。JSON では、リストやオブジェクトの最後の要素の後にカンマを置けません。
checker-error-key-not-string = 名前がダブルクォートで囲まれていません。JSON では `"Effect"` と書き、`Effect` や `'Effect'` とは書きません。
checker-error-trailing-characters = ポリシーの終わりの後にもテキストがあります。JSON ドキュメントを 1 つだけ貼り付けてください。
checker-error-truncated = JSON ドキュメントの途中でテキストが終わっています。閉じる `{"}"}` または `]` が足りない可能性があります。
checker-error-not-object = JSON ですが、IAM ポリシーではありません。ポリシーは `Version` と `Statement` を持つオブジェクトです。
checker-error-unknown-element = { $name } は IAM ポリシーの要素ではありません。スペルと大文字・小文字を確認してください。
checker-error-duplicate-element = { $name } が 2 回出現しています。
checker-error-missing-element = ポリシーに { $element } 要素がありません。
checker-error-missing-in-statement = ステートメント { $statement } に { $element } 要素がありません。
checker-error-version = バージョン { $found } は IAM では使用できません。`2012-10-17` を使用してください。
checker-error-wrong-type = { $element } の値は{ $expected ->
        [text] ダブルクォートで囲んだテキスト
        [object-or-list] オブジェクト、またはオブジェクトのリスト
       *[text-or-list] テキスト、またはテキストのリスト
    }にしてください。
checker-error-statement-not-object = ステートメント { $statement } が `{"{"}` と `{"}"}` で囲まれたオブジェクトではありません。
checker-error-effect = Effect の値 { $found } は無効です。`Allow` または `Deny` を、大文字・小文字もこのとおりに書いてください。
checker-error-exclusive = ステートメント { $statement } に { $first } と { $second } の両方があります。IAM で使えるのはどちらか一方だけです。
checker-error-principal = ステートメント { $statement } のプリンシパルが無効です。`"*"`、または `{"{"}"AWS": "arn:aws:iam::123456789012:root"{"}"}` のようなオブジェクトを書いてください。
checker-error-condition = ステートメント { $statement } の条件が無効です。演算子をキーとするオブジェクトを書き、各演算子の値はキーと値のオブジェクトにしてください。
checker-error-resource-policy = このポリシーには `Principal` と `Resource` の両方があるため、バケットポリシーのようなリソースベースのポリシーです。ユーザーまたはロールにアタッチされたアイデンティティベースのポリシーか、ロールの信頼ポリシーを貼り付けてください。
checker-error-trust-without-principal = 信頼ポリシーのようですが、ステートメント { $statement } に `Principal` がありません。
checker-error-bucket = まず上の欄に有効なバケット名を入力してください。このチェックでは、ポリシーをお客様のバケットと照合します。
checker-error-trust-values = これは信頼ポリシーです。まず上の欄に Braze の AWS アカウント ID と external ID を入力してください。このチェックでは、ポリシーをこれらの値と照合します。
checker-error-trust-secret-key = これはロールの信頼ポリシーですが、選択されているのはロールを使わないシークレットアクセスキー方式です。チェックするには、ロール ARN 方式を選択し、Braze のアカウント ID と external ID を入力してください。
