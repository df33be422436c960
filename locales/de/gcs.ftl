# Google Cloud Storage: Felder, Eingaberegeln, erzeugte Dateien, Prüfer, Vorabprüfung, Fehlermeldung von
# Braze, Schlüsselrotation (src/core/providers/gcs/). Fakten und Quellen: docs/facts.md, „Google Cloud
# Storage“. Auszeichnung: **Beschriftung** für eine Schaltfläche oder ein Menü, `Literal` für Code.
#
# Beschriftungen: Die deutsche Seite „Google Cloud Storage“ von Braze (braze-docs
# _lang/de/_partners/data_and_analytics/cloud_storage/google_cloud_storage_for_currents.md) schreibt die
# Google Cloud Console (**IAM & admin**, **Service Accounts**, **Create Key**, **JSON**), die Schaltfläche
# **Test Credentials**, die Seite **Google Cloud Storage** und das Feld **GCS JSON Credentials** auf
# Englisch; die Navigation für Exporte übersetzt sie: **Technologie-Partner** > **Google Cloud Storage**;
# das Widget schreibt diesen Menüpunkt wie labels.ftl und die deutsche Amazon-S3-Seite: „Technologiepartner“.
# Das Widget schreibt sie wie diese Seite. Bucket-Name und Präfix sind übersetzt („GCS-Bucket-Name“,
# „GCS-Präfix“).

-gcs-json-credentials = GCS JSON Credentials
-gcs-technology-partners = Technologiepartner
-gcs-page = Google Cloud Storage
-gcs-test-credentials = Test Credentials
-gcs-create-key = Create Key
-gcs-json = JSON
-gcs-iam-admin = IAM & admin
-gcs-service-accounts = Service Accounts

## Felder

gcs-field-bucket = GCS-Bucket-Name
gcs-field-project-id = Google Cloud-Projekt-ID
gcs-field-role-id = ID der benutzerdefinierten Rolle
gcs-field-service-account = Dienstkonto-ID
gcs-field-prefix = GCS-Präfix (optional)
gcs-field-hierarchical-namespace = Der Bucket verwendet einen hierarchischen Namespace

gcs-placeholder-bucket = IHR-BUCKET
gcs-placeholder-project-id = IHRE-PROJEKT-ID
gcs-placeholder-role-id = IHRE_ROLLEN_ID
gcs-placeholder-service-account = IHR-DIENSTKONTO@IHRE-PROJEKT-ID.iam.gserviceaccount.com

## Eingaberegeln (Namensregeln von Google)

gcs-rule-required = Geben Sie einen Wert ein.
gcs-rule-bucket-length = Ein Bucket-Name hat { $min } bis { $max } Zeichen; dieser hat { $len }.
gcs-rule-bucket-part = Jeder Teil eines Namens zwischen zwei Punkten hat 1 bis { $max } Zeichen; einer hat { $len }.
gcs-rule-bucket-uppercase = Bucket-Namen bestehen nur aus Kleinbuchstaben.
gcs-rule-bucket-characters = Ein Bucket-Name enthält nur Kleinbuchstaben, Ziffern, `-`, `_` und `.`; entfernen Sie: { $found }
gcs-rule-bucket-edge = Ein Bucket-Name beginnt und endet mit einem Buchstaben oder einer Ziffer.
gcs-rule-bucket-ip-address = Ein Bucket-Name darf nicht wie eine IP-Adresse aussehen (vier Zifferngruppen, durch Punkte getrennt).
gcs-rule-bucket-goog-prefix = Ein Bucket-Name darf nicht mit `goog` beginnen.
gcs-rule-bucket-google = Ein Bucket-Name darf weder `google` noch eine ähnliche Schreibweise wie `g00gle` enthalten.
gcs-rule-bucket-dots = Ein Name mit Punkten funktioniert, doch Google prüft zuerst, ob Ihnen die Domain gehört, die er nennt; ein Name ohne Punkte erspart diesen Schritt.
gcs-rule-project-length = Eine Projekt-ID hat { $min } bis { $max } Zeichen; diese hat { $len }.
gcs-rule-project-characters = Eine Projekt-ID enthält nur Kleinbuchstaben, Ziffern und Bindestriche; entfernen Sie: { $found }
gcs-rule-project-start = Eine Projekt-ID beginnt mit einem Kleinbuchstaben.
gcs-rule-project-trailing-hyphen = Eine Projekt-ID darf nicht mit einem Bindestrich enden.
gcs-rule-project-restricted = Eine Projekt-ID darf `{ $word }` nicht enthalten.
gcs-rule-role-id-length = Eine Rollen-ID hat { $min } bis { $max } Zeichen; diese hat { $len }.
gcs-rule-role-id-hyphen = Eine Rollen-ID darf kein `-` enthalten: Verwenden Sie stattdessen `_` oder `.`.
gcs-rule-role-id-characters = Eine Rollen-ID enthält nur Buchstaben, Ziffern, `_` und `.`; entfernen Sie: { $found }
gcs-rule-service-account-length = Eine Dienstkonto-ID hat { $min } bis { $max } Zeichen; diese hat { $len }.
gcs-rule-service-account-characters = Eine Dienstkonto-ID enthält nur Kleinbuchstaben, Ziffern und Bindestriche; entfernen Sie: { $found }
gcs-rule-service-account-start = Eine Dienstkonto-ID beginnt mit einem Kleinbuchstaben.
gcs-rule-service-account-end = Eine Dienstkonto-ID endet mit einem Buchstaben oder einer Ziffer.
gcs-rule-prefix-too-long = Ein Objektname hat höchstens { $max } Byte in UTF-8, und Braze hängt nach dem Präfix einen eigenen Pfad an; dieses Präfix hat { $bytes }.
gcs-rule-prefix-line-break = Ein Präfix darf keinen Zeilenumbruch enthalten.
gcs-rule-prefix-dots = Ein Präfix darf nicht `.` oder `..` sein.
gcs-rule-prefix-acme-challenge = Ein Präfix darf nicht mit `.well-known/acme-challenge/` beginnen.
gcs-rule-prefix-invisible = Dieses Präfix enthält ein Steuerzeichen oder ein unsichtbares Zeichen: Geben Sie es ohne dieses Zeichen erneut ein.
gcs-rule-prefix-avoided = Google empfiehlt dringend, diese Zeichen in Objektnamen zu vermeiden (die gcloud CLI liest `[`, `]`, `*` und `?` als Platzhalter und einen Namen, der auf `#` und Ziffern endet, als Version des Objekts): { $found }
gcs-rule-hns-choice = Wählen Sie, ob der Bucket einen hierarchischen Namespace verwendet: `on` oder `off`.

## Geheimnisse

gcs-secret-refused = { $kind ->
        [key-file] Dies ist der JSON-Schlüssel eines Dienstkontos: ein Geheimnis.
       *[private-key] Dies ist ein privater Schlüssel: ein Geheimnis.
    } Er gehört nur in Braze: Laden Sie die Schlüsseldatei unter **{ -gcs-json-credentials }** hoch (Currents), oder geben Sie ihn unter **{ -gcs-technology-partners }** > **{ -gcs-page }** als GCS-Zugangsdaten ein (Exporte). Diese Seite hat nichts davon behalten; löschen Sie ihn hier.

## Erzeugte Dateien

gcs-snippet-role = Die benutzerdefinierte Rolle (YAML für `gcloud iam roles create`)
gcs-snippet-cli-script = gcloud-Befehle: Rolle, Dienstkonto, Bindung am Bucket
gcs-snippet-terraform = Terraform: Rolle, Dienstkonto, Bindung am Bucket
gcs-snippet-preflight-script = Schreibgeschütztes Skript für die Vorabprüfung (gcloud)

gcs-note-role-command = Speichern Sie sie als `{ $file }` und erstellen Sie die Rolle dann mit: `gcloud iam roles create { $role } --project={ $project } --file={ $file }`
gcs-note-cli-bucket-scope = Die Seite von Braze lässt Sie die Rolle beim Erstellen des Dienstkontos vergeben, ohne zu sagen, auf welcher Ebene; dieses Skript vergibt sie nur am Bucket, das Mindeste, das Braze braucht.
gcs-note-cli-propagation = Google braucht womöglich 60 Sekunden oder länger, bis ein neues Dienstkonto verwendet werden kann: Das Skript versucht die Bindung etwa eine Minute lang erneut.
gcs-note-no-key-created = Hier wird kein Schlüssel erstellt. Erstellen Sie den JSON-Schlüssel in der Google Cloud Console (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**) und laden Sie ihn in Braze hoch; fügen Sie ihn nie in diese Seite ein.
gcs-note-terraform-no-key = Es gibt bewusst keine Ressource `google_service_account_key`: Terraform würde den privaten Schlüssel in seinem State speichern.
gcs-note-terraform-propagation = Bricht `terraform apply` bei der Bindung ab, weil das neue Dienstkonto noch nicht sichtbar ist, führen Sie es eine Minute später erneut aus.
gcs-note-hns-permission = Ihr Bucket verwendet einen hierarchischen Namespace: Die Rolle enthält auch `storage.folders.create`, ohne das Braze dort nicht schreiben kann.

## Prüfer

gcs-checker-empty = Fügen Sie eine Rolle (`gcloud iam roles describe`, YAML oder JSON) oder die Richtlinie des Buckets (`gcloud storage buckets get-iam-policy gs://BUCKET --format=json`) ein.
gcs-checker-too-large = Dieser Text ist größer als { $kib } KiB, mehr, als diese Seite einliest: Fügen Sie nur die Rolle oder die Bucket-Richtlinie ein.
gcs-checker-not-role = Dies ist weder eine Rolle noch eine Bucket-Richtlinie. Fügen Sie ein, was `gcloud iam roles describe` oder `gcloud storage buckets get-iam-policy --format=json` ausgegeben hat.
gcs-checker-not-readable = Zeile { $line } ist nicht das, was gcloud für eine Rolle ausgibt. Fügen Sie die Ausgabe so ein, wie sie ausgegeben wurde.
gcs-checker-policy-yaml = Dies ist eine Richtlinie in YAML: Geben Sie sie mit `--format=json` aus und fügen Sie das ein.
gcs-checker-this-role = diese Rolle
gcs-checker-role-sufficient = { $role } gibt Braze alle Berechtigungen, die Braze braucht.
gcs-checker-role-insufficient = { $role } gibt Braze nicht alles, was Braze braucht.
gcs-checker-missing = Es fehlt: { $permissions }.
gcs-checker-delete-optional = Ohne `{ $permission }` (optional) kann Braze eine Datei nicht aufräumen, die unvollständig bleibt, wenn eine Verbindung zu früh endet.
gcs-checker-too-broad = { $kind ->
        [escalation] Damit kann ihr Inhaber ändern, wer was darf, oder auf IAM oder Zugangsdaten zugreifen: { $permissions }.
        [wildcard] Diese Platzhalter decken mehr ab, als Braze braucht: { $permissions }.
        [bucket-admin] Diese erstellen, ändern oder löschen Buckets: { $permissions }.
        [other-service] Diese gehören zu anderen Diensten als Cloud Storage: { $permissions }.
       *[extra] Diese braucht Braze nicht: { $permissions }.
    }
gcs-checker-other-project = Diese benutzerdefinierte Rolle gehört zum Projekt { $found }, nicht zu { $expected }: Sie kann nur in ihrem eigenen Projekt vergeben werden.
gcs-checker-disabled = Die Startphase der Rolle ist `DISABLED`: Sie gibt dort, wo sie vergeben ist, keine Berechtigung.
gcs-checker-deleted = Die Rolle ist gelöscht: Ihre Bindungen bleiben, haben aber keine Wirkung.
gcs-checker-deprecated = Die Startphase der Rolle ist `DEPRECATED`: Sie funktioniert noch, doch planen Sie ihren Ersatz.
gcs-checker-bound = { $account } ist an diesen Bucket mit { $role } gebunden.
gcs-checker-bound-conditional = { $account } hat { $role } an diesem Bucket nur unter einer Bedingung, die diese Seite nicht auswerten kann.
gcs-checker-bound-other-roles = { $account } ist an diesen Bucket mit { $roles } gebunden: Fügen Sie { $count ->
        [one] diese Rolle
       *[other] diese Rollen
    } (`gcloud iam roles describe`) ein, um { $count ->
        [one] ihre
       *[other] deren
    } Berechtigungen zu prüfen.
gcs-checker-not-bound = { $account } ist nicht an diesen Bucket gebunden. Eine am Projekt vergebene Rolle erreicht ihn trotzdem, gibt aber mehr, als Braze braucht: Binden Sie die Rolle am Bucket.
gcs-checker-deleted-member = Eine Bindung nennt { $account } als gelöschtes Dienstkonto: Sie gilt nicht für ein Konto, das unter demselben Namen neu erstellt wurde.
gcs-checker-public = `allUsers` oder `allAuthenticatedUsers` ist an diesen Bucket gebunden ({ $roles }): Jeder kann auf das zugreifen, was Braze dort schreibt.

## Vorabprüfung

gcs-preflight-intro = Schreibgeschützte Prüfung von gs://{ $bucket } und { $account }: Führen Sie sie in Cloud Shell aus oder dort, wo die gcloud CLI bei Ihrem Projekt angemeldet ist. Sie liest den Bucket, die Rolle, das Dienstkonto, die Richtlinien und die Daten der Schlüssel; sie erstellt, ändert und löscht nichts und gibt keinen Schlüssel aus.
gcs-preflight-other-values = Dieser Bericht gilt für { $field ->
        [bucket] den Bucket
        [project] das Projekt
        [role] die Rolle
       *[service-account] das Dienstkonto
    } { $reported }, Sie haben aber { $configured } eingegeben. Kopieren Sie das Skript für Ihre aktuellen Werte und führen Sie es erneut aus.
gcs-preflight-unknown-absent = Der Bericht enthält keine Antwort von `gcloud { $call }`: Das wurde nicht geprüft.
gcs-preflight-unknown-denied = Das Konto, das das Skript ausgeführt hat, darf `gcloud { $call }` nicht ausführen: Das wurde nicht geprüft.
gcs-preflight-unknown-error = `gcloud { $call }` ist fehlgeschlagen ({ $error }): Das wurde nicht geprüft.
gcs-preflight-unknown-no-bucket = Nicht geprüft: Der Bucket { $bucket } existiert nicht.
gcs-preflight-bucket-exists = Der Bucket { $bucket } existiert (Standort { $location }, { $kind }).
gcs-preflight-bucket-missing = Der Bucket { $bucket } existiert nicht.
gcs-preflight-bucket-missing-fix = Erstellen Sie ihn in der Google Cloud Console (Cloud Storage > Buckets) oder korrigieren Sie den Namen.
gcs-preflight-bucket-denied = Das Konto, das das Skript ausgeführt hat, darf den Bucket { $bucket } nicht lesen: Er gehört womöglich zu einem anderen Projekt. Nicht geprüft.
gcs-preflight-hns-on = Der Bucket verwendet einen hierarchischen Namespace, wie Sie gewählt haben.
gcs-preflight-hns-off = Der Bucket verwendet keinen hierarchischen Namespace, wie Sie gewählt haben.
gcs-preflight-hns-unexpected = Der Bucket { $bucket } verwendet einen hierarchischen Namespace: Braze braucht dort auch `storage.folders.create`.
gcs-preflight-hns-fix-on = Wählen Sie oben den hierarchischen Namespace und aktualisieren Sie die Rolle dann mit dem neuen Skript.
gcs-preflight-hns-not-used = Der Bucket { $bucket } verwendet keinen hierarchischen Namespace: `storage.folders.create` ist nicht nötig.
gcs-preflight-hns-fix-off = Schalten Sie den hierarchischen Namespace oben aus.
gcs-preflight-role-pass = Die Rolle { $role } hat, was Braze braucht, und nicht mehr.
gcs-preflight-role-absent = Die Rolle { $role } existiert nicht.
gcs-preflight-role-absent-covered = Die Rolle { $role } existiert nicht; das Dienstkonto erhält, was Braze braucht, über andere Rollen.
gcs-preflight-role-fix = Erstellen oder aktualisieren Sie die Rolle mit den gcloud-Befehlen auf dieser Seite.
gcs-preflight-account-pass = Das Dienstkonto { $account } existiert und ist aktiviert.
gcs-preflight-account-disabled = Das Dienstkonto { $account } ist deaktiviert: Braze kann sich mit seinem Schlüssel nicht anmelden.
gcs-preflight-account-enable-fix = Aktivieren Sie es unter **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**.
gcs-preflight-account-missing = Das Dienstkonto { $account } wurde nicht gefunden. (Google antwortet mit „permission denied“ sowohl bei einem Konto, das nicht existiert, als auch bei einem, das Sie nicht lesen dürfen.)
gcs-preflight-account-fix = Prüfen Sie die Dienstkonto-ID und das Projekt, oder erstellen Sie das Konto mit den gcloud-Befehlen auf dieser Seite.
gcs-preflight-permissions-pass = { $delete ->
        [yes] Das Dienstkonto hat am Bucket jede Berechtigung, die Braze braucht.
       *[no] Das Dienstkonto hat am Bucket jede Berechtigung, die Braze braucht. Ohne `storage.objects.delete` (optional) kann Braze eine unvollständig gebliebene Datei nicht aufräumen.
    }
gcs-preflight-permissions-missing = Dem Dienstkonto fehlt am Bucket { $permissions } (vergeben über den Bucket oder das Projekt; Vergaben an Ordnern oder der Organisation werden nicht gelesen).
gcs-preflight-permissions-unknown = Bisher fehlt dem Dienstkonto { $permissions }, doch eine Richtlinie oder eine Rolle wurde nicht gelesen: Das ist nicht entschieden.
gcs-preflight-permissions-conditional = Dem Dienstkonto fehlt { $permissions }, außer eine bedingte Bindung greift, was die Vorabprüfung nicht auswerten kann.
gcs-preflight-permissions-fix = Binden Sie die Rolle mit den gcloud-Befehlen auf dieser Seite am Bucket.
gcs-preflight-scope-bucket = Das Dienstkonto ist nur am Bucket gebunden ({ $roles }): das Mindeste, das es braucht.
gcs-preflight-scope-project = Das Dienstkonto ist am ganzen Projekt gebunden ({ $roles }): Es erreicht jeden Bucket dort.
gcs-preflight-scope-fix = Binden Sie die Rolle des Leitfadens am Bucket und entfernen Sie dann die breitere Vergabe.
gcs-preflight-scope-none = Das Dienstkonto ist weder am Bucket noch am Projekt gebunden.
gcs-preflight-extra = { $escalation ->
        [yes] Die Rollen des Dienstkontos geben mehr, als Braze braucht, darunter die Macht zu ändern, wer was darf: { $permissions }.
       *[no] Die Rollen des Dienstkontos geben mehr, als Braze braucht: { $permissions }.
    }
gcs-preflight-extra-none = Die Rollen des Dienstkontos geben nichts über das hinaus, was Braze braucht.
gcs-preflight-public = Jeder kann auf den Bucket zugreifen: `allUsers` oder `allAuthenticatedUsers` ist gebunden ({ $roles }). Die Exporte von Braze enthalten die Daten Ihrer Nutzer.
gcs-preflight-public-none = Der Bucket ist weder für `allUsers` noch für `allAuthenticatedUsers` offen.
gcs-preflight-deny-none = Keine IAM-Ablehnungsrichtlinie am Projekt (die von Ordnern und der Organisation werden nicht gelesen).
gcs-preflight-deny-some = Das Projekt hat { $count ->
        [one] { $count } IAM-Ablehnungsrichtlinie
       *[other] { $count } IAM-Ablehnungsrichtlinien
    } ({ $policies }): Eine Ablehnungsregel geht jeder Vergabe vor. Prüfen Sie, dass keine dem Dienstkonto die obigen Berechtigungen verweigert.
gcs-preflight-key-none = Das Dienstkonto hat keinen Schlüssel: Braze meldet sich mit einem JSON-Schlüssel an.
gcs-preflight-key-unusable = Keiner der { $count } Schlüssel des Dienstkontos kann sich jetzt anmelden: Jeder ist deaktiviert oder außerhalb seiner Gültigkeitsdaten.
gcs-preflight-key-fix = Erstellen Sie einen JSON-Schlüssel (**{ -gcs-create-key }**, **{ -gcs-json }**) und laden Sie ihn in Braze unter **{ -gcs-json-credentials }** hoch.
gcs-preflight-key-expiring = Der letzte gültige Schlüssel des Dienstkontos hört in { $days } Tagen auf zu funktionieren. Wenn Zugangsdaten ablaufen, hält der Konnektor an; nach { $window } Tagen (laut der aktuellen Seite von Braze; frühere Fassungen nannten { $hours } Stunden) werden seine Ereignisse endgültig verworfen.
gcs-preflight-key-old = Der neueste gültige Schlüssel ist { $days } Tage alt: Google empfiehlt, Schlüssel mindestens alle { $limit } Tage zu rotieren.
gcs-preflight-key-rotate-fix = Rotieren Sie ihn: Erstellen Sie einen neuen Schlüssel, aktualisieren und testen Sie Braze, und löschen Sie den alten Schlüssel zuletzt.
gcs-preflight-key-pass = Das Dienstkonto hat { $count ->
        [one] { $count } gültigen Schlüssel
       *[other] { $count } gültige Schlüssel
    } (der in Braze hochgeladene Schlüssel sollte einer davon sein).

## Fehlermeldung von Braze

gcs-error-unknown = Dies ist nicht die Google Cloud Storage-Fehlermeldung von Braze. Fügen Sie die Meldung, die Braze angezeigt hat, unverändert ein.
gcs-error-meaning = Braze konnte diese Zugangsdaten am Bucket nicht verwenden: Der JSON-Schlüssel, der Bucket-Name oder das Präfix ist falsch, oder dem Dienstkonto fehlt eine Berechtigung.
gcs-error-check-permissions = Prüfen Sie, ob { $account } { $permissions } an { $bucket } hat (der Prüfer und die Vorabprüfung auf dieser Seite zeigen es).
gcs-error-check-values = Prüfen Sie, ob der Bucket-Name in Braze genau { $bucket } lautet und ob das Präfix gültig ist.
gcs-error-check-key = Prüfen Sie, ob der hochgeladene Schlüssel der JSON-Schlüssel dieses Dienstkontos ist und ob er aktiviert ist.
gcs-error-test = Wählen Sie dann auf der Seite **{ -gcs-page }** in Braze **{ -gcs-test-credentials }**.

## Schlüsselrotation

gcs-rotate-create-key = Erstellen Sie einen neuen JSON-Schlüssel für { $account } (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**). Der alte Schlüssel funktioniert währenddessen weiter.
gcs-rotate-update-currents = Öffnen Sie in Braze Ihren Google Cloud Storage-Current und laden Sie den neuen Schlüssel unter **{ -gcs-json-credentials }** hoch.
gcs-rotate-update-export = Gehen Sie in Braze zu **{ -gcs-technology-partners }** > **{ -gcs-page }** und geben Sie den neuen Schlüssel als GCS-Zugangsdaten ein.
gcs-rotate-test = Wählen Sie in Braze auf der Seite **{ -gcs-page }** **{ -gcs-test-credentials }** und prüfen Sie dann, ob die Dateien von Braze weiterhin im Bucket ankommen.
gcs-rotate-delete-old = Löschen Sie erst danach den alten Schlüssel in der Google Cloud Console.
gcs-rotate-expiry = Halten Sie den Schlüssel aktuell: Wenn Zugangsdaten ablaufen, hält der Konnektor an, und nach { $days } Tagen (laut der aktuellen Seite von Braze; frühere Fassungen nannten { $hours } Stunden) werden seine Ereignisse endgültig verworfen.

## Die Anleitung (die Anbieter-Engine: src/core/providers/guide.rs)

provider-gcs-auth = JSON-Schlüssel des Dienstkontos
provider-gcs-auth-hint = Die Methode, die die Seite von Braze für Google Cloud Storage angibt. Für Currents ist sie die einzige: Workload Identity Federation wird dort nicht unterstützt.
provider-gcs-step-role = Benutzerdefinierte Rolle erstellen
provider-gcs-step-role-body = Gehen Sie in der Google Cloud Console zu **{ -gcs-iam-admin }** > **Roles** > **+ Create Role**, geben Sie der Rolle einen Namen, wählen Sie **+Add Permissions**, fügen Sie die Berechtigungen der Datei unten hinzu und wählen Sie dann **Create**; oder erstellen Sie die Rolle aus dieser Datei mit dem Befehl darunter.
provider-gcs-step-service-account = Dienstkonto erstellen und ihm die Rolle am Bucket gewähren
provider-gcs-step-service-account-body = Gehen Sie zu **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }** > **Create Service Account** und geben Sie dem Dienstkonto einen Namen. Die Seite von Braze lässt Sie ihm dann die benutzerdefinierte Rolle gewähren, ohne zu sagen, auf welcher Ebene; die Dateien unten gewähren sie nur am Bucket, das Mindeste, das Braze braucht.
provider-gcs-step-key = JSON-Schlüssel des Dienstkontos erstellen
provider-gcs-step-key-body = Verwenden Sie beim Dienstkonto **{ -gcs-create-key }** und wählen Sie **{ -gcs-json }**: Der private Schlüssel wird auf Ihren Computer heruntergeladen. Er gehört nur in Braze: Fügen Sie ihn nie hier ein (diese Seite lehnt ihn ab und behält nichts davon).
provider-gcs-step-currents-body = Gehen Sie in Braze zu **Currents** > **+ Create Current** > **Google Cloud Storage Data Export**, geben Sie der Integration einen Namen und eine Kontakt-E-Mail, laden Sie den JSON-Schlüssel unter **{ -gcs-json-credentials }** hoch und geben Sie dann den Bucket-Namen { $bucket } und das GCS-Präfix (optional) an. Wählen Sie zum Schluss die zu exportierenden Ereignisse aus und starten Sie den Current.
provider-gcs-step-export-body = Gehen Sie in Braze zu **{ -gcs-technology-partners }** > **{ -gcs-page }**, geben Sie Ihre GCS-Zugangsdaten ein (den ganzen JSON-Schlüssel) und wählen Sie **Make this the default data export destination**. Um die Berechtigungen zu prüfen (optional), wählen Sie auf dieser Seite **{ -gcs-test-credentials }**.
provider-gcs-checker-intro = Sie haben schon eine Rolle oder einen Bucket? Fügen Sie ein, was `gcloud iam roles describe ROLE_ID --project=PROJECT_ID` ausgibt (YAML oder JSON), oder `gcloud storage buckets get-iam-policy gs://BUCKET --format=json`, um zu sehen, was fehlt, was über den Bedarf von Braze hinausgeht und was an der falschen Stelle ist. Nichts verlässt Ihren Browser.
provider-gcs-update-rotate = Schlüssel des Dienstkontos rotieren
