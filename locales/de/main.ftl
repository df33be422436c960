# braze-s3-companion — Deutsch
# Auszeichnung: **Beschriftung** für eine Schaltfläche oder ein Menü, `Literal` für Code.

page-title = Amazon S3 – Braze-Dokumentation (Assistent)

## Oberfläche des Widgets

widget-title = Assistent: Amazon S3 für Braze einrichten
widget-intro = Wählen Sie Ihre Integration und Ihre Authentifizierungsmethode und geben Sie den Namen Ihres Buckets ein: Die Anleitung unten ist dann auf Ihren Fall zugeschnitten, mit Richtlinien zum direkten Einfügen. Alles wird in Ihrem Browser berechnet; nichts verlässt die Seite.
lang-label = Sprache
lang-loading = { $language } wird geladen …
lang-failed = { $language } konnte nicht geladen werden; die Anleitung bleibt in dieser Sprache.
lang-retry = Erneut versuchen
section-loading = Dieser Teil der Anleitung wird geladen …
section-failed = Dieser Teil der Anleitung konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.
setup-heading = Ihre Konfiguration
integration-legend = Integration
integration-currents = Braze Currents
integration-currents-hint = Fortlaufende Ereignis-Streams in Ihren Bucket.
integration-dashboard-export = Dashboard-Datenexport
integration-dashboard-export-hint = CSV-Exporte, Engagement-Berichte und mehr.
integration-both = Beides, in einem Bucket
integration-both-hint = Jede Integration braucht eigene Berechtigungen.
auth-legend = Authentifizierungsmethode
auth-secret-key = Geheimer AWS-Zugriffsschlüssel
auth-secret-key-hint = Ein IAM-Benutzer, dessen Zugriffsschlüssel Sie in Braze eingeben.
auth-role-arn = AWS-Rollen-ARN
auth-role-arn-hint = Eine IAM-Rolle, die das AWS-Konto von Braze übernimmt, geschützt durch eine externe ID.
values-legend = Ihre Werte
names-legend = Namen in IAM (optional)
field-bucket = Name des S3-Buckets
field-bucket-hint = 3 bis 63 Zeichen: Kleinbuchstaben, Ziffern, Punkte und Bindestriche.
field-account = AWS-Konto-ID von Braze
field-account-hint = 12 Ziffern. Braze zeigt sie auf der Seite an, auf der Sie die Integration erstellen.
field-external-id = Externe ID
field-external-id-hint = Braze zeigt sie neben seiner Konto-ID an.
field-folder = Ordnerpfad (Currents)
field-folder-hint = Standard: `currents`. Braze legt den Ordner an, falls er fehlt.
field-sse = Serverseitige AES-256-Verschlüsselung im Ruhezustand (SSE-S3)
field-sse-hint = Standardmäßig aus. Ist sie aktiviert, sendet Braze den Header `x-amz-server-side-encryption`.
field-user-name = IAM-Benutzername
field-role-name = IAM-Rollenname
field-policy-name = IAM-Richtlinienname
field-own-account = Ihre AWS-Konto-ID (optional)
field-own-account-hint = Damit der genaue Rollen-ARN zum Einfügen in Braze angezeigt wird.
field-default-hint = Leer lassen, um „{ $default }“ zu verwenden.
guide-heading = Ihre Anleitung
step-number = Schritt { $number }
note-note = Hinweis
note-tip = Tipp
note-important = Wichtig
note-warning = Warnung
copy-button = Kopieren
copy-button-done = Kopiert!
copy-button-label = Kopieren: { $title }
copy-done = In die Zwischenablage kopiert.
copy-manual = Automatisches Kopieren ist nicht möglich: Der Text ist markiert, drücken Sie Strg+C (⌘+C auf dem Mac).
copy-placeholder = Nicht kopiert: Geben Sie zuerst die im Dokument markierten Werte ein. Mit einem Platzhalter würde AWS das Dokument ablehnen.
download-button = Herunterladen
download-button-label = Herunterladen: { $title }
snippet-waiting = Dieser Codeblock erscheint, sobald diese Felder gültig sind:
snippet-placeholder = Bis Sie diese Werte eingeben, zeigt das Dokument an ihrer Stelle einen Platzhalter:
error-label = Fehler:
warning-label = Warnung:
widget-crashed = Im Widget ist ein Fehler aufgetreten. Laden Sie die Seite neu; tritt der Fehler erneut auf, folgen Sie der Braze-Dokumentation.
storage-not-kept = Ihr Fortschritt wird nicht gespeichert: Dieser Browser verweigert das Speichern (sein Speicher ist voll oder gesperrt). Was Sie eingeben und abhaken, bleibt nur, bis Sie die Seite verlassen oder neu laden; um es zu behalten, verwenden Sie **Link zur Konfiguration kopieren** (Ihre Werte) oder **Als Markdown kopieren** (Ihre Häkchen).

## Noch unbekannte Werte im Text der Anleitung

placeholder-bucket = ihr-bucket-name
placeholder-folder = ordnerpfad
placeholder-account = Braze-Konto-ID
placeholder-external-id = externe Braze-ID
placeholder-user = benutzername
placeholder-role = rollenname
placeholder-policy = richtlinienname
placeholder-connector = konnektorname

## Codeblöcke

snippet-title-policy-currents = Richtlinie für Braze Currents
snippet-title-policy-dashboard-export = Richtlinie für den Dashboard-Datenexport
snippet-title-policy-combined = Eine Richtlinie für beide Integrationen
snippet-title-trust-policy = Vertrauensrichtlinie der Rolle
snippet-title-role-arn = Rollen-ARN zum Einfügen in Braze
snippet-title-bucket-policy-sse = Bucket-Richtlinie: unverschlüsselte Uploads ablehnen (optional)
file-bucket-policy-sse = { $bucket }-bucket-richtlinie-sse.json
file-policy-currents = { $bucket }-richtlinie-currents.json
file-policy-dashboard-export = { $bucket }-richtlinie-dashboard-export.json
file-policy-combined = { $bucket }-richtlinie-kombiniert.json
file-trust-policy = { $bucket }-vertrauensrichtlinie.json
file-role-arn = { $bucket }-rollen-arn.txt

## Eingaberegeln

rule-required = Dies ist ein Pflichtfeld.
rule-bucket-length = Der Name muss { $min } bis { $max } Zeichen lang sein (derzeit { $len }).
rule-bucket-uppercase = Großbuchstaben sind nicht erlaubt: Schreiben Sie den Namen klein.
rule-bucket-characters = Nicht erlaubte Zeichen: { $found }. Erlaubt sind nur Kleinbuchstaben (a-z), Ziffern, Punkte und Bindestriche.
rule-bucket-edge = Der Name muss mit einem Kleinbuchstaben oder einer Ziffer beginnen und enden.
rule-bucket-double-dot = Der Name darf keine zwei Punkte hintereinander enthalten (`..`).
rule-bucket-ip-address = Der Name darf nicht wie eine IP-Adresse aufgebaut sein (etwa `192.168.5.4`).
rule-bucket-reserved-prefix = Der Name darf nicht mit { $prefix } beginnen: Dieses Präfix ist für AWS reserviert.
rule-bucket-reserved-suffix = Der Name darf nicht auf { $suffix } enden: Dieses Suffix ist für AWS reserviert.
rule-bucket-dots = Gültig, aber Punkte verhindern den HTTPS-Zugriff im Virtual-Hosted-Stil und S3 Transfer Acceleration. Verwenden Sie nach Möglichkeit Bindestriche.
rule-account-id = Eine AWS-Konto-ID besteht aus genau { $digits } Ziffern, ohne Leerzeichen oder Bindestriche.
rule-external-id-length = Die externe ID muss { $min } bis { NUMBER($max) } Zeichen lang sein (derzeit { $len }).
rule-external-id-characters = Nicht erlaubte Zeichen in einer externen ID: { $found }. Erlaubt: Buchstaben, Ziffern und `+ = , . @ : / - _`.
rule-name-length = Der Name muss 1 bis { $max } Zeichen lang sein (derzeit { $len }).
rule-name-characters = Nicht erlaubte Zeichen in einem IAM-Namen: { $found }. Erlaubt: Buchstaben, Ziffern und `+ = , . @ - _`.
rule-role-path-length = Der Pfad der Rolle darf höchstens { $max } Zeichen lang sein, Schrägstriche mitgezählt (derzeit { $len }).
rule-role-path-empty-segment = Der Pfad der Rolle darf kein leeres Segment enthalten (`//`).
rule-role-path-characters = Zeichen, die diese Seite nicht in den Pfad einer Rolle schreibt: { $found }. Verwenden Sie zwischen den `/` Buchstaben, Ziffern und `+ = , . @ - _`.
rule-folder-leading-slash = Der Pfad darf nicht mit `/` beginnen.
rule-folder-empty-segment = Der Pfad darf kein leeres Segment enthalten (`//` oder `/` am Ende).
rule-folder-dot-dot = Der Pfad darf kein Segment `..` enthalten.
rule-folder-characters = Nicht erlaubte Zeichen in einem Ordnerpfad: { $found }. Amazon S3 rät in Objektnamen davon ab: Backslash, geschweifte und eckige Klammern, Backticks, Anführungszeichen, `^ % ~ # | < >` und Steuerzeichen wie Zeilenumbrüche.
rule-folder-invisible = Der Pfad enthält unsichtbare Formatierungszeichen ({ $found }): Amazon S3 würde einen anderen Pfad speichern, als Sie sehen. Geben Sie ihn ohne diese Zeichen neu ein.
rule-folder-length = Der Pfad darf höchstens { $max } Byte lang sein (derzeit { NUMBER($len) }; ein Buchstabe außerhalb von A–Z belegt 2 bis 4 Byte): Ein Amazon-S3-Objektschlüssel endet bei { NUMBER($key) } Byte, und { $room } davon bleiben für die Dateinamen, die Braze unter dem Pfad schreibt.
rule-folder-duplicate = Ein anderer Konnektor verwendet diesen Pfad bereits: Jeder Konnektor braucht einen eigenen.
rule-folder-nested = Dieser Pfad liegt im Ordner { $parent } eines anderen Konnektors: Wählen Sie einen separaten Pfad.
rule-folder-contains = Der Hauptordner { $child } liegt innerhalb dieses Pfads: Wählen Sie einen separaten Pfad.
rule-not-in-link = Zu lang für einen Link: Die Adresse der Seite und **Link zur Konfiguration kopieren** lassen diesen Wert weg.

## Anleitung: Voraussetzungen und Bucket

step-prerequisites = Voraussetzungen
prereq-intro = Prüfen Sie vor dem Start diese Punkte.
prereq-aws-account = Sie haben ein AWS-Konto (Amazon S3).
prereq-dedicated-bucket = Sie verwenden einen S3-Bucket, der nur für Braze bestimmt ist. Auch wenn Sie schon einen Bucket haben, empfiehlt Braze, für Braze einen neuen anzulegen, damit Sie dessen Berechtigungen einschränken können.
prereq-currents-access = Braze Currents ist für Ihr Braze-Konto eingerichtet: Es wird gebraucht, um Currents-Ereignisse nach S3 zu exportieren. Der Dashboard-Datenexport und die Nachrichtenarchivierung brauchen Currents nicht.
step-create-bucket = S3-Bucket erstellen
bucket-open-console = Öffnen Sie die Amazon-S3-Konsole und klicken Sie auf **{ -aws-sign-in }** (oder **{ -aws-create-account }**). Wählen Sie nach der Anmeldung **{ -aws-s3 }** in der Kategorie **{ -aws-storage-category }**.
bucket-create = Klicken Sie auf **{ -aws-create-bucket }**, nennen Sie den Bucket { $bucket } und wählen Sie seine Region.
bucket-region-note = Braze hat keine Einstellung für die Region: Es verwendet die Region des Buckets. Wählen Sie die Region, die für Sie passt.
bucket-object-lock = Currents unterstützt keine Buckets mit S3 Object Lock: Lassen Sie diese Option deaktiviert.

## Anleitung: erzwungene Verschlüsselung (optional)

step-enforce-encryption = Optional: unverschlüsselte Uploads ablehnen
sse-explain = Mit der AES-256-Option von Braze kommt jede Datei mit dem Header `{ $header }: AES256` an: S3 verschlüsselt sie im Ruhezustand mit von S3 verwalteten Schlüsseln (SSE-S3). SSE-KMS wird nicht unterstützt.
sse-bucket-policy = Damit der Bucket { $bucket } jeden Upload ohne SSE-S3 ablehnt, öffnen Sie ihn in der S3-Konsole, Registerkarte **{ -aws-permissions-tab }**, Abschnitt **{ -aws-bucket-policy }**, klicken Sie auf **{ -aws-edit }** und fügen Sie die folgende Richtlinie ein.
sse-bucket-policy-warning = Mit dieser Richtlinie muss die Option **{ -braze-sse-option }** in Braze aktiviert bleiben: Sonst lehnt S3 die Dateien von Currents ab.
sse-bucket-policy-shared = Braze dokumentiert die AES-256-Option nur für Currents. Nutzt auch der Dashboard-Export diesen Bucket, prüfen Sie, ob dessen Exporte weiterhin ankommen, bevor Sie diese Richtlinie beibehalten.

## Anleitung: Methode mit geheimem Zugriffsschlüssel

step-sk-create-user = IAM-Benutzer erstellen
sk-intro = Bei dieser Methode authentifiziert sich Braze mit einer Zugriffsschlüssel-ID und einem geheimen Zugriffsschlüssel als IAM-Benutzer Ihres AWS-Kontos, um in Ihren Bucket zu schreiben.
sk-user-create = Erstellen Sie in der IAM-Konsole einen Benutzer namens { $user }. Wie das geht, zeigt die AWS-Anleitung zum Erstellen eines IAM-Benutzers und einer Administratorengruppe: `https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_create-admin-group.html`.
step-sk-credentials = Zugangsdaten abrufen
sk-credentials-show = Sobald der Benutzer angelegt ist, klicken Sie auf **{ -aws-show-credentials }**, um die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel anzuzeigen. Notieren Sie beides an einem sicheren Ort oder klicken Sie auf **{ -aws-download-credentials }**: Sie geben die Daten später in Braze ein.
sk-credentials-secret = Der geheime Zugriffsschlüssel wird nur ein einziges Mal angezeigt. Geben Sie ihn ausschließlich in Braze ein: Dieses Widget fragt nie danach und speichert ihn nicht.

## Anleitung: Berechtigungsrichtlinie

step-create-policy = Berechtigungsrichtlinie erstellen
sk-policy-open = Gehen Sie zu **{ -aws-policies } > { -aws-get-started } > { -aws-create-policy }** und wählen Sie dann **{ -aws-create-own-policy }**. Die Richtlinie beschränkt Braze auf die Ressourcen, die sie nennt.
role-policy-open = Melden Sie sich als Kontoadministrator bei der AWS Management Console an. Klicken Sie im IAM-Bereich in der Navigationsleiste auf **{ -aws-policies }** und dann auf **{ -aws-create-policy }**.
policy-differ-note = Currents und der Dashboard-Datenexport benötigen unterschiedliche Richtlinien.
policy-both-which = Sie nutzen beide Integrationen mit diesem Bucket: Erstellen Sie entweder die zwei getrennten Richtlinien (jede auf ihre Integration beschränkt und später leichter zu entfernen) oder die eine Richtlinie für beide (nur eine zum Anfügen). Wählen Sie eine der beiden Varianten, nicht beide.
sk-policy-paste = Nennen Sie die Richtlinie { $policy } und fügen Sie das folgende JSON in den Abschnitt **{ -aws-policy-document }** ein.
sk-policy-paste-both = Fügen Sie für jede Richtlinie, die Sie erstellen, das zugehörige JSON unten in den Abschnitt **{ -aws-policy-document }** ein und nennen Sie sie { $currents } (Currents), { $dashboard } (Dashboard-Export) oder { $combined } (gemeinsame Richtlinie).
role-policy-paste = Öffnen Sie die Registerkarte **{ -aws-json-tab }**, fügen Sie das folgende JSON in den Abschnitt **{ -aws-policy-document }** ein und klicken Sie dann auf **{ -aws-review-policy }**.
policy-why = Ohne diese Berechtigungen schlägt die Prüfung der Zugangsdaten fehl, und Braze erstellt die Integration nicht. `s3:GetObject` braucht Braze für seine Fehlerbehandlung und für Download-Links.
role-policy-name = Nennen Sie die Richtlinie { $policy }, fügen Sie eine Beschreibung hinzu und klicken Sie dann auf **{ -aws-create-policy }**.
role-policy-name-both = Geben Sie jeder Richtlinie einen Namen und eine Beschreibung – { $currents } (Currents), { $dashboard } (Dashboard-Export) oder { $combined } (gemeinsame Richtlinie) – und klicken Sie dann auf **{ -aws-create-policy }**.
policy-prefix-wildcard = Die von Braze veröffentlichte Richtlinie für den Dashboard-Export mit geheimem Schlüssel enthält `arn:aws:s3:::{ $bucket }*`. Das Sternchen erfasst auch jeden anderen Bucket, dessen Name mit { $bucket } beginnt: Auch diese Buckets stehen Braze dann offen. Ein unverwechselbarer Bucket-Name begrenzt dieses Risiko.
attach-which-one = Anzufügende Richtlinie: { $policy }.
attach-which-both = Anzufügende Richtlinien: { $currents } und { $dashboard } oder nur { $combined }.
step-sk-attach = Richtlinie dem Benutzer anfügen
sk-attach = Gehen Sie zu **{ -aws-users }** und klicken Sie auf den Benutzer { $user }. Klicken Sie auf der Registerkarte **{ -aws-permissions-tab }** auf **{ -aws-attach-policy }** und wählen Sie die Richtlinie aus, die Sie gerade erstellt haben.

## Anleitung: Methode mit Rollen-ARN

step-role-create-role = Rolle erstellen
role-role-open = Klicken Sie im selben IAM-Bereich der Konsole auf **{ -aws-roles } > { -aws-create-role }**.
role-ids-currents = Holen Sie sich die Konto-ID und die externe ID von Braze für Currents: Gehen Sie in Braze zu **{ -braze-partner-integrations } > { -braze-currents }**, klicken Sie auf **{ -braze-create-currents }** und wählen Sie **{ -braze-s3-data-export }**. Dort werden beide IDs angezeigt.
role-ids-dashboard-export = Holen Sie sich die Konto-ID und die externe ID von Braze für den Dashboard-Export: Gehen Sie in Braze zu **{ -braze-partner-integrations } > { -braze-technology-partners }** und klicken Sie auf **{ -braze-amazon-s3 }**. Dort werden beide IDs angezeigt.
role-ids-old-nav = In älteren Braze-Dashboards erreichen Sie Currents über **{ -braze-partner-integrations } > { -braze-data-export }** und dann **Create Current** (noch älter: **{ -braze-integrations } > { -braze-currents }**); **{ -braze-technology-partners }** liegt dort unter **{ -braze-integrations }**.
role-trusted-entity = Wechseln Sie zurück in die AWS-Konsole und wählen Sie **{ -aws-another-account }** als Typ der vertrauenswürdigen Entität. Geben Sie die Konto-ID von Braze { $account } ein, aktivieren Sie **{ -aws-require-external-id }** und geben Sie die externe ID { $external_id } ein. Klicken Sie auf **{ -aws-next }**.
role-trust-explain = Aus diesen Angaben entsteht die folgende Vertrauensrichtlinie: Das Konto von Braze darf die Rolle übernehmen, wenn es Ihre externe ID vorweist. Sie können die Richtlinie auf der Registerkarte **{ -aws-trust-relationships }** der Rolle prüfen oder sie unverändert einfügen, indem Sie **{ -aws-custom-trust-policy }** wählen.
step-role-attach = Richtlinie anfügen und Rolle benennen
role-attach-policy = Suchen Sie die zuvor erstellte Richtlinie, setzen Sie das Häkchen, um sie der Rolle anzufügen, und klicken Sie dann auf **{ -aws-next }**.
role-name = Nennen Sie die Rolle { $role }, fügen Sie eine Beschreibung hinzu und klicken Sie dann auf **{ -aws-create-role }**. Die neue Rolle erscheint in der Liste.
step-role-copy-arn = Rollen-ARN kopieren
role-arn-copy = Klicken Sie in der Liste der Rollen auf { $role }, um die Details zu öffnen, und notieren Sie den **{ -aws-role-arn }** oben auf der Übersichtsseite.
role-arn-expected = Diesen ARN finden Sie dort; fügen Sie ihn in Braze ein:

## Anleitung: Verknüpfung in Braze

step-link-currents = Braze Currents mit AWS verknüpfen
link-currents-open = Gehen Sie in Braze zu **{ -braze-partner-integrations } > { -braze-currents }**, klicken Sie auf **{ -braze-create-currents }** und wählen Sie **{ -braze-s3-data-export }**.
link-currents-old-nav = In älteren Braze-Dashboards lautet der Pfad **{ -braze-partner-integrations } > { -braze-data-export }** und dann **Create Current** (noch älter: **{ -braze-currents }** unter **{ -braze-integrations }**).
link-currents-name = Geben Sie Ihrem Current einen Namen.
link-currents-credentials-sk = Vergewissern Sie sich im Abschnitt **{ -braze-credentials-section }**, dass das Optionsfeld **{ -braze-secret-key-radio }** ausgewählt ist, und geben Sie dann die Zugriffsschlüssel-ID, den geheimen Zugriffsschlüssel und den Bucket-Namen { $bucket } ein.
link-currents-credentials-role = Vergewissern Sie sich im Abschnitt **{ -braze-credentials-section }**, dass die Option **{ -braze-role-arn-radio }** ausgewählt ist, und geben Sie dann den Rollen-ARN und den Bucket-Namen { $bucket } ein.
link-currents-folder = **{ -braze-folder-path }**: Geben Sie { $folder } ein (Standard: `{ $default }`). Existiert der Ordner nicht, legt Braze ihn an.
link-currents-sse-on = **{ -braze-sse-option }**: Aktivieren Sie die Option. Braze sendet dann mit jeder Datei den Header `{ $header }` (SSE-S3).
link-currents-sse-off = **{ -braze-sse-option }**: Lassen Sie die Option deaktiviert (Standard). Ist sie aktiviert, fügt sie den Header `{ $header }` (SSE-S3) hinzu.
sse-kms-unsupported = SSE-KMS wird weder von Currents noch vom Dashboard-Export unterstützt. Erzwingt der Bucket SSE-KMS, schlagen Uploads mit einem Autorisierungsfehler für `kms:GenerateDataKey` fehl.
link-currents-extra-connector = Weiterer Konnektor: Erstellen Sie einen weiteren Current namens { $name } mit denselben Zugangsdaten und dem Ordnerpfad { $folder }.
link-currents-launch = Klicken Sie auf **{ -braze-launch-currents }**. Braze prüft dann Ihre Zugangsdaten, und eine Benachrichtigung zeigt an, ob sie validiert wurden.
link-currents-expiry = Halten Sie Ihre Zugangsdaten aktuell. Laufen die Zugangsdaten des Konnektors ab, sendet er keine Ereignisse mehr; nach mehr als { $days } { $days ->
        [one] Tag
       *[other] Tagen
    } laut Braze' aktueller Seite (frühere Fassungen nannten { $hours } { $hours ->
        [one] Stunde
       *[other] Stunden
    }) werden seine Ereignisse verworfen, und die Daten sind endgültig verloren.
link-role-propagation = Zeigt Braze direkt nach dem Erstellen der Rolle „{ -braze-invalid-credentials }“ an, ist die neue Rolle in IAM womöglich noch nicht überall verfügbar: Warten Sie und versuchen Sie es erneut.
step-link-dashboard-export = Dashboard-Datenexport mit AWS verknüpfen
link-dashboard-open = Gehen Sie in Braze zu **{ -braze-partner-integrations } > { -braze-technology-partners }** und klicken Sie auf **{ -braze-amazon-s3 }**.
link-dashboard-old-nav = In der älteren Navigation finden Sie **{ -braze-technology-partners }** unter **{ -braze-integrations }**.
link-dashboard-credentials-sk = Vergewissern Sie sich auf der Seite **{ -braze-aws-credentials-page }**, dass das Optionsfeld **{ -braze-secret-key-radio }** ausgewählt ist, und geben Sie dann die Zugriffsschlüssel-ID, den geheimen Zugriffsschlüssel und den Bucket-Namen { $bucket } ein.
link-dashboard-credentials-role = Vergewissern Sie sich auf der Seite **{ -braze-aws-credentials-page }**, dass die Option **{ -braze-role-arn-radio }** ausgewählt ist, und geben Sie dann den Rollen-ARN und den Bucket-Namen { $bucket } ein.
link-dashboard-test = Klicken Sie zuerst auf **{ -braze-test-credentials }** (Zugangsdaten testen) und nach erfolgreichem Test auf **{ -braze-save }** (Speichern). Eine Benachrichtigung zeigt an, ob Ihre Zugangsdaten validiert wurden.
link-new-access-key = So erhalten Sie jederzeit neue Zugangsdaten: Öffnen Sie in der AWS-Konsole den Benutzer, Registerkarte **{ -aws-security-credentials-tab }**, dann **{ -aws-create-access-key }**.

## Anleitung: Verhalten und Konnektoren

step-export-behaviour = So verhalten sich Exporte
export-api-no-url = Sobald eine Cloud-Speicher-Integration eingerichtet ist, liefern API-Exporte in der Antwort keine Download-URL mehr: Holen Sie die Dateien aus dem Bucket.
export-reports-email = Dashboard-Berichte und CSV-Berichte werden per E-Mail verschickt (dafür ist keine Speicherberechtigung nötig) und zusätzlich im Bucket gespeichert.
step-several-connectors = Mehrere Konnektoren
connectors-same-credentials = Mehrere Currents-Konnektoren können mit denselben Zugangsdaten in diesen Bucket schreiben, solange jeder einen anderen Ordnerpfad hat. Sie lassen sich in einem Workspace oder verteilt auf mehrere Workspaces anlegen. { $count ->
        [one] Sie planen vorerst einen; weitere fügen Sie oben in der Liste der Konnektoren hinzu.
       *[other] Sie planen { $count }: Jeder hat einen eigenen Eintrag im Schritt zur Verknüpfung und in der Checkliste.
    }
connectors-both-integrations = Currents und der Dashboard-Export teilen sich diesen Bucket: Jede Integration braucht eigene Berechtigungen, entweder über zwei getrennte Richtlinien oder über eine gemeinsame Richtlinie für beide (siehe Schritt zur Richtlinie).

## Anleitung: automatisieren

step-automate = Optional: alles auf einmal erstellen
automate-intro = Statt sich durch die Konsole zu klicken, können Sie dieselben IAM-Ressourcen mit der AWS CLI, CloudFormation oder Terraform erstellen. Jede Datei verwendet Ihre Werte von oben; die Schritte in Braze führen Sie weiterhin selbst aus.

## Anbieter (die Anbieter-Engine: src/core/providers/case.rs, guide.rs)

provider-legend = Cloud-Speicher
provider-amazon-s3 = Amazon S3
provider-amazon-s3-hint = Der Zugriffsschlüssel eines IAM-Benutzers oder eine Rolle, die Braze übernimmt.
provider-google-cloud-storage = Google Cloud Storage
provider-google-cloud-storage-hint = Der JSON-Schlüssel eines Dienstkontos.
provider-azure-blob-storage = Microsoft Azure Blob Storage
provider-azure-blob-storage-hint = Eine Verbindungszeichenfolge oder ein Dienstprinzipal mit Zertifikat (nur Currents).
provider-step-currents = Braze Currents verbinden
provider-step-export = Datenexport in Braze verbinden
provider-step-archiving = Nachrichtenarchivierung einschalten
provider-step-archiving-body = Die Nachrichtenarchivierung ist ein kostenpflichtiges Add-on: Sehen Sie **Nachrichtenarchivierung** nicht unter **Einstellungen**, prüfen Sie, ob Ihr Unternehmen sie erworben und aktiviert hat. Gehen Sie in Braze zu **Einstellungen** > **Nachrichtenarchivierung**, wählen Sie Ihre Kanäle aus und wählen Sie dann **Änderungen speichern**. Haben Sie in Braze Zugangsdaten für mehrere Cloud-Speicheranbieter eingerichtet, exportiert die Nachrichtenarchivierung nur zu dem, der mit **Make this the default data export destination** markiert ist; ist kein Standardziel gesetzt und ein Amazon-S3-Bucket verbunden, lädt sie in diesen Bucket hoch.
provider-preflight-heading = Prüfen Sie Ihre Einrichtung, bevor Braze es tut
provider-preflight-intro = Führen Sie dieses Skript dort aus, wo das Befehlszeilentool Ihrer Cloud angemeldet ist. Es liest nur Ihre Einstellungen, ändert nichts und gibt keinen Schlüssel aus. Fügen Sie dann unten ein, was es ausgegeben hat.
provider-not-for-case = Braze unterstützt diesen Fall nicht: siehe die Meldung im Formular oben.
provider-checker-heading = Prüfen, was schon eingerichtet ist
provider-checker-label = Zu prüfender Text
provider-checker-verdict = { $verdict ->
        [sufficient] Genug für Braze.
        [insufficient] Noch nicht genug für Braze: siehe unten.
       *[invalid] Dieser Text kann nicht geprüft werden.
    }
provider-error-label = Fügen Sie die Meldung ein, die Braze angezeigt hat
