# Preflight: die Befunde des Berichts des schreibgeschützten Skripts.
# Markup: **Beschriftung** für eine Schaltfläche oder ein Menü, `Literal` für Code.

## Der Bericht

preflight-report-empty = Fügen Sie den Bericht ein, den das Prüfskript ausgegeben hat.
preflight-report-not-report = Das ist kein Prüfbericht: Die Zeile `# braze-s3-companion preflight v1` fehlt. Fügen Sie alles ein, was das Skript auf die Standardausgabe geschrieben hat.
preflight-report-version = Dieser Bericht hat das Format v{ $found }, das diese Seite nicht liest. Kopieren Sie das Prüfskript von dieser Seite und führen Sie es erneut aus.
preflight-report-truncated = Dieser Bericht ist unvollständig: Die letzte Zeile `# end` fehlt oder eine Zeile bricht mittendrin ab. Fügen Sie den ganzen Bericht ein.
preflight-report-too-large = Dieser Text ist größer als { $megabytes } MB: So groß ist kein Prüfbericht.
preflight-report-too-many = Dieser Bericht enthält mehr als { $max } Aufrufe: So viele hat kein Prüfbericht.
preflight-report-bad-line = Zeile { $line } ist nicht das, was das Prüfskript schreibt. Fügen Sie den Bericht unverändert ein, so wie er ausgegeben wurde.
preflight-report-altered = Die letzte Zeile des Berichts zählt { $expected } Aufrufe, er enthält aber { $found }. Fügen Sie den ganzen Bericht unverändert ein.
preflight-other-values = Dieser Bericht gilt für { $field ->
        [bucket] den Bucket
        [auth] die Methode
        [user] den IAM-Benutzer
        [role] die IAM-Rolle
        [account] das Braze-Konto
       *[external-id] die externe ID
    } { $reported }, Sie haben aber { $configured } eingegeben. Kopieren Sie das Skript für Ihre aktuellen Werte und führen Sie es erneut aus.

## Wenn eine Prüfung nicht urteilen kann

preflight-unknown-absent = Der Bericht enthält keine Antwort von `{ $call }`: Das wurde nicht geprüft.
preflight-unknown-denied = Die Identität, die das Skript ausgeführt hat, darf `{ $call }` nicht aufrufen: Das wurde nicht geprüft. Führen Sie das Skript mit einer Identität aus, die S3- und IAM-Einstellungen lesen darf.
preflight-unknown-error = `{ $call }` ist fehlgeschlagen ({ $error }): Das wurde nicht geprüft.
preflight-unknown-no-bucket = Nicht geprüft: Den Bucket { $bucket } gibt es nicht.

## Der Bucket

preflight-bucket-exists-pass = Der Bucket { $bucket } existiert.
preflight-bucket-exists-missing = In diesem Konto gibt es keinen Bucket { $bucket }.
preflight-bucket-exists-fix = Erstellen Sie den Bucket { $bucket } in der S3-Konsole (oder korrigieren Sie hier seinen Namen) und führen Sie das Skript erneut aus.
preflight-bucket-exists-forbidden = S3 hat die Auskunft verweigert, ob der Bucket { $bucket } existiert: Er gehört vielleicht zu einem anderen AWS-Konto, oder die Identität, die das Skript ausgeführt hat, darf ihn nicht auflisten.
preflight-bucket-region = Braze schreibt in die Region { $region }, in der der Bucket { $bucket } liegt.
preflight-encryption-none = Keine Standardverschlüsselung konfiguriert: S3 verschlüsselt neue Objekte mit SSE-S3, das Braze unterstützt.
preflight-encryption-sse-s3 = Die Standardverschlüsselung ist SSE-S3 (`AES256`), das Braze unterstützt.
preflight-encryption-kms = Die Standardverschlüsselung ist `{ $algorithm }` (SSE-KMS): Braze unterstützt nur SSE-S3, seine Uploads würden fehlschlagen.
preflight-encryption-kms-fix = Öffnen Sie in der S3-Konsole den Bucket { $bucket }, **Eigenschaften** (Properties), **Standardverschlüsselung** (Default encryption), und wählen Sie SSE-S3 (von Amazon S3 verwaltete Schlüssel).
preflight-encryption-other = Die Standardverschlüsselung ist `{ $algorithm }`, die diese Prüfung nicht kennt. Braze unterstützt SSE-S3 (`AES256`).
preflight-object-lock-off = Object Lock ist aus.
preflight-object-lock-currents = Object Lock ist an: Braze Currents unterstützt keine Buckets mit Object Lock.
preflight-object-lock-fix = Object Lock lässt sich nicht abschalten: Erstellen Sie für Currents einen anderen Bucket ohne Object Lock.
preflight-object-lock-export = Object Lock ist an. Hat der Bucket eine Standard-Aufbewahrungsfrist, weist S3 jeden Upload ab, der weder einen `Content-MD5`- noch einen Prüfsummen-Header trägt, und Braze sagt nicht, ob seine Exporte einen senden. Prüfen Sie, ob ein Dashboard-Export im Bucket ankommt, oder verwenden Sie einen Bucket ohne Object Lock.
preflight-bucket-policy-none = Der Bucket hat keine Bucket-Richtlinie.
preflight-bucket-policy-pass = Die Bucket-Richtlinie verweigert nichts, was Braze braucht.
preflight-bucket-policy-denies = { $count ->
        [one] Die Bucket-Richtlinie verweigert eine Berechtigung, die Braze braucht: { $pairs }.
       *[other] Die Bucket-Richtlinie verweigert { $count } Berechtigungen, die Braze braucht: { $pairs }.
    }
preflight-bucket-policy-fix = Entfernen oder verengen Sie die `Deny`-Anweisungen der Bucket-Richtlinie, die auf Brazes Anfragen passen. { $sse ->
        [on] Braze sendet bei jedem Upload `{ $header }: AES256`.
       *[off] Brazes AES-256-Option ist hier aus, Uploads tragen also keinen `{ $header }`-Header: Verlangt die Richtlinie ihn, schalten Sie die Option in Braze und hier ein.
    }
preflight-bucket-policy-not-principal-fix = `NotPrincipal` mit `Deny` verweigert jedem Prinzipal, den es nicht genau aufführt: den Sitzungen einer Rolle, sofern nicht jede Sitzung aufgeführt ist, und immer einer Identität mit Berechtigungsgrenze. Schreiben Sie stattdessen, wie AWS empfiehlt, `"Principal": "*"` mit einer Bedingung `ArnNotEquals` auf `aws:PrincipalArn`, die { $kind ->
        [user] den Benutzer
       *[role] die Rolle
    } nennt.
preflight-bucket-policy-depends = { $count ->
        [one] Die Bucket-Richtlinie verweigert womöglich eine Berechtigung, die Braze braucht, je nach einer Bedingung, die diese Prüfung nicht auswerten kann: { $pairs }.
       *[other] Die Bucket-Richtlinie verweigert womöglich { $count } Berechtigungen, die Braze braucht, je nach Bedingungen, die diese Prüfung nicht auswerten kann: { $pairs }.
    }
preflight-bucket-policy-unreadable = Die Bucket-Richtlinie ließ sich nicht als IAM-Richtlinie lesen.

## Die Identität

preflight-identity-not-found = In diesem Konto gibt es { $kind ->
        [user] keinen IAM-Benutzer
       *[role] keine IAM-Rolle
    } { $name }.
preflight-identity-create-fix = Erstellen Sie { $kind ->
        [user] den Benutzer
       *[role] die Rolle
    } mit den Schritten oben oder mit dem AWS-CLI-Skript.
preflight-identity-pass = { $count ->
        [one] Ihre Richtlinie gewährt
       *[other] Ihre { $count } Richtlinien gewähren zusammen
    } jede Berechtigung, die Braze braucht, und nicht mehr.
preflight-identity-missing = { $count ->
        [one] Eine Berechtigung, die Braze braucht, ist nicht gewährt: { $pairs }.
       *[other] { $count } Berechtigungen, die Braze braucht, sind nicht gewährt: { $pairs }.
    }
preflight-identity-fix = Hängen Sie die Richtlinie { $policy } von dieser Seite an (oder ergänzen Sie eine angehängte Richtlinie um das Fehlende) und entfernen Sie jedes passende `Deny`.
preflight-identity-partial = Einige Richtlinien ließen sich nicht lesen ({ $policies }): Nicht alle Berechtigungen konnten geprüft werden.
preflight-identity-depends = { $count ->
        [one] Eine Berechtigung, die Braze braucht, ist nur unter einer Bedingung gewährt, die diese Prüfung nicht auswerten kann: { $pairs }.
       *[other] { $count } Berechtigungen, die Braze braucht, sind nur unter Bedingungen gewährt, die diese Prüfung nicht auswerten kann: { $pairs }.
    }
preflight-identity-broader = Alles, was Braze braucht, ist gewährt, aber { $count ->
        [one] diese Richtlinie gewährt
       *[other] diese Richtlinien gewähren
    } mehr als nötig: { $policies }. Hängen Sie besser nur die Richtlinie von dieser Seite an.
preflight-identity-pass-bucket = Alles, was Braze braucht, ist gewährt, teils allein durch die Bucket-Richtlinie: Innerhalb eines Kontos erlaubt AWS eine Anfrage, wenn die Richtlinien der Identität oder die Bucket-Richtlinie sie erlauben.
preflight-identity-pass-published = { $count ->
        [one] Ihre Richtlinie gewährt
       *[other] Ihre { $count } Richtlinien gewähren zusammen
    } jede Berechtigung, die Braze braucht. { $policies }: die Richtlinie, die diese Seite für Ihren Fall angibt, so wie Braze sie veröffentlicht; ihre auf `*` endende Ressource passt auch auf andere Buckets, deren Name mit dem Ihres Buckets beginnt (siehe den Hinweis in der Anleitung).
preflight-too-complex = { $count ->
        [one] Eine Berechtigung, die Braze braucht, ließ sich nicht beurteilen
       *[other] { $count } Berechtigungen, die Braze braucht, ließen sich nicht beurteilen
    }: Die Platzhalter der Richtlinien sind für diese Prüfung zu verschachtelt ({ $pairs }).
preflight-boundary-none = Keine Berechtigungsgrenze gesetzt.
preflight-boundary-pass = Die Berechtigungsgrenze { $policy } erlaubt alles, was Braze braucht.
preflight-boundary-blocks = { $count ->
        [one] Die Berechtigungsgrenze { $policy } blockiert eine Berechtigung, die Braze braucht: { $pairs }.
       *[other] Die Berechtigungsgrenze { $policy } blockiert { $count } Berechtigungen, die Braze braucht: { $pairs }.
    }
preflight-boundary-fix = Erlauben Sie diese Berechtigungen in der Grenze { $policy } oder entfernen Sie die Grenze.
preflight-boundary-depends = Die Berechtigungsgrenze { $policy } erlaubt, was Braze braucht, nur unter Bedingungen, die diese Prüfung nicht auswerten kann.
preflight-trust-pass = Brazes Konto { $account } kann die Rolle mit Ihrer externen ID { $external_id } übernehmen.
preflight-trust-fix = Ersetzen Sie die Vertrauensrichtlinie der Rolle durch die von dieser Seite (Registerkarte **{ -aws-trust-relationships }**).
preflight-trust-unreadable = Die Vertrauensrichtlinie der Rolle ließ sich nicht als IAM-Richtlinie lesen.
preflight-role-arn-pass = Der ARN der Rolle ist { $arn }, derselbe, den diese Seite Braze angibt.
preflight-role-arn-differs = Der ARN der Rolle ist { $reported }, diese Seite gibt Braze aber { $given } an: Braze würde abgewiesen.
preflight-role-arn-fix = Geben Sie Braze { $arn } an, wie die Übersichtsseite der Rolle ihn zeigt, und tragen Sie hier { $name } (Pfad und Name) als Rollennamen ein.
preflight-organizations-unseen = Nicht geprüft: Gehört das Konto zu einer Organisation in AWS Organizations, können deren Service-Kontrollrichtlinien (SCPs) und Ressourcen-Kontrollrichtlinien (RCPs) Brazes Anfragen ablehnen, was auch immer die Richtlinien des Kontos sagen, und sie lassen sich vom Konto aus nicht lesen. Fragen Sie im Zweifel den Administrator der Organisation.
preflight-key-pass = { $count ->
        [one] Der Benutzer hat einen aktiven Zugriffsschlüssel
       *[other] Der Benutzer hat { $count } aktive Zugriffsschlüssel
    }; der neueste ist { $days ->
        [one] einen Tag alt.
       *[other] { $days } Tage alt.
    }
preflight-key-active-undated = { $count ->
        [one] Der Benutzer hat einen aktiven Zugriffsschlüssel.
       *[other] Der Benutzer hat { $count } aktive Zugriffsschlüssel.
    }
preflight-key-none-active = Der Benutzer hat keinen aktiven Zugriffsschlüssel: Braze kann sich damit nicht anmelden.
preflight-key-create-fix = Erstellen Sie einen Zugriffsschlüssel für den Benutzer (Registerkarte **{ -aws-security-credentials-tab }**, **{ -aws-create-access-key }**) und geben Sie ihn in Braze ein.
preflight-key-old = Der neueste aktive Zugriffsschlüssel ist { $days } Tage alt: AWS empfiehlt, Schlüssel alle 90 Tage zu wechseln.
preflight-key-rotate-fix = So wechseln Sie ihn: Erstellen Sie einen zweiten Zugriffsschlüssel, geben Sie ihn in Braze ein und prüfen Sie, ob Brazes Test besteht; deaktivieren Sie dann den alten Schlüssel und löschen Sie ihn, sobald nichts mehr fehlschlägt.

## The widget's preflight section

snippet-title-preflight-script = Preflight-Skript: Ihr AWS-Konto prüfen (nur lesend)
file-preflight-script = { $bucket }-braze-preflight.sh
# Die Berichtsdatei im Befehl unten; die Skriptdatei ist file-preflight-script, der Name des Downloads.
-preflight-report-file = preflight-bericht.txt
preflight-heading = Prüfen Sie Ihr AWS-Konto, bevor Braze es tut
preflight-intro = Führen Sie dieses Skript in AWS CloudShell aus oder in einer beliebigen Shell, in der die AWS CLI bei dem Konto angemeldet ist, dem der Bucket gehört. Es liest nur Ihre Einstellungen und ändert nichts. Fügen Sie danach unten ein, was es ausgegeben hat.
preflight-paste-label = Der Bericht, den das Preflight-Skript ausgegeben hat
preflight-paste-hint = Der Bericht wird auf dieser Seite geprüft: Nichts, was Sie einfügen, verlässt Ihren Browser.
preflight-findings = Was der Bericht zeigt
preflight-status = { $status ->
        [pass] OK
        [fail] Problem
        [warn] Warnung
       *[unknown] Nicht geprüft
    }
preflight-fix-label = Behebung:
preflight-use-snippet = Zu verwendendes Snippet:

# The comment under the preflight script's first line: what it is and how to run it.
preflight-script-intro =
    Braze + Amazon S3: schreibgeschützte Vorabprüfung für den Bucket { $bucket } und { $kind ->
        [role] die IAM-Rolle
       *[user] den IAM-Benutzer
    } { $name }.
    Erstellt von braze-s3-companion. Das Skript liest nur (Aufrufe head-bucket, get-* und list-* der AWS CLI, v1 oder v2): Es erstellt, ändert und löscht nichts und gibt kein Geheimnis aus (bei Zugriffsschlüsseln nur Status und Erstellungsdatum).
    Führen Sie es dort aus, wo die AWS CLI beim Konto angemeldet ist, dem der Bucket gehört, mit einer Identität, die S3- und IAM-Einstellungen lesen darf (AWS CloudShell eignet sich):
      bash { file-preflight-script } > { -preflight-report-file }
    Fügen Sie dann den Bericht (die Standardausgabe) in das Widget ein. Der Fortschritt erscheint auf der Standardfehlerausgabe. Ein verweigerter Aufruf oder einer, der nichts findet, wird als solcher vermerkt, und das Skript läuft weiter.
