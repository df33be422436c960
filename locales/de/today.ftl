# Was Braze' aktuelle Amazon-S3-Seite gegenüber der Ausgangsseite ergänzt (Issue 14,
# docs/facts.md „Today vs the seed“): Zugangsdaten ändern oder rotieren, und die heutigen
# Texte zur Fehlerbehebung. Die Fehlermeldungen von Braze bleiben englisch, wie das Dashboard
# sie zeigt.

## Beschriftungen: Braze englisch wie auf Braze' deutscher Seite; die AWS-Konsole deutsch mit dem
## englischen Wortlaut in Klammern (wie in labels.ftl), da die Konsole auch englisch laufen kann
-braze-edit = Edit
-braze-update-current = Update Current
-aws-actions = Aktionen (Actions)
-aws-deactivate = Deaktivieren (Deactivate)
-aws-delete = Löschen (Delete)

## Zugangsdaten ändern oder rotieren
update-heading = Zugangsdaten ändern oder rotieren
update-show = Die Schritte für Ihren Fall anzeigen
update-intro = Schlüssel werden rotiert, Rollen ändern sich. In dieser Reihenfolge schreibt Braze weiter in Ihren Bucket, während Sie seine Zugangsdaten ändern: zuerst die AWS-Seite, dann Braze, die alten Zugangsdaten zuletzt.
update-rotate-key-title = Den Zugriffsschlüssel rotieren
update-key-create = Öffnen Sie in IAM den Benutzer { $user }, Registerkarte **{ -aws-security-credentials-tab }**, und klicken Sie auf **{ -aws-create-access-key }**: Das ist der zweite Schlüssel des Benutzers; der alte funktioniert so lange weiter.
update-key-update-braze = Ersetzen Sie in Braze die Zugriffsschlüssel-ID und den geheimen Zugriffsschlüssel durch die neuen, überall dort, wo der alte Schlüssel verwendet wird (die Bildschirme unten).
update-key-test = Testen: Klicken Sie beim Dashboard-Datenexport auf **{ -braze-test-credentials }**; bei Currents prüft **{ -braze-update-current }** die Zugangsdaten, und eine Benachrichtigung zeigt, ob sie bestätigt wurden.
update-key-deactivate = Deaktivieren Sie dann in IAM beim Benutzer { $user } den alten Schlüssel (**{ -aws-actions } > { -aws-deactivate }**). Prüfen Sie, dass weiter Daten ankommen: Ein deaktivierter Schlüssel lässt sich noch reaktivieren.
update-key-delete = Wenn Braze eine Weile mit dem neuen Schlüssel gearbeitet hat, löschen Sie den alten (**{ -aws-actions } > { -aws-delete }**).
update-key-two-keys = Ein IAM-Benutzer hat höchstens zwei Zugriffsschlüssel. Hat er schon zwei, löschen Sie den, den Braze nicht verwendet, bevor Sie den neuen erstellen.
update-expiry = Widerrufen Sie die alten Zugangsdaten nicht, bevor Braze die neuen hat. Ein Currents-Konnektor, dessen Zugangsdaten scheitern, sendet keine Ereignisse mehr; nach mehr als { $days } { $days ->
        [one] Tag
       *[other] Tagen
    } laut Braze' aktueller Seite (frühere Fassungen nannten { $hours } { $hours ->
        [one] Stunde
       *[other] Stunden
    }) werden seine Ereignisse verworfen, und die Daten sind endgültig verloren.
update-role-may-change-title = Was sich an der Rolle ändern darf
update-role-policies = Ihre Berechtigungen: Bearbeiten Sie die Richtlinien der Rolle { $role }, etwa um neben { $bucket } einen neuen Bucket in die Richtlinie aufzunehmen. Der Rollen-ARN bleibt gleich, Braze braucht also keine neuen Zugangsdaten (nur den Bucket-Namen, wenn Braze in den neuen Bucket schreiben soll).
update-role-switch = Die Authentifizierungsmethode: Sie können zu einem geheimen Schlüssel wechseln (siehe unten „Zwischen geheimem Schlüssel und Rollen-ARN wechseln“).
update-role-must-stay-title = Was so bleiben muss, wie Braze es anzeigt
update-role-trust = Die Vertrauensrichtlinie: Braze' AWS-Konto-ID { $account } und die externe ID { $external_id } bleiben genau so, wie Braze sie anzeigt: Mit einer anderen Konto-ID oder einer anderen externen ID kann Braze die Rolle nicht mehr übernehmen. Entfernen Sie die Bedingung mit der externen ID, sperrt das Braze nicht aus, hebt aber den Schutz auf: Jeder Braze-Kunde, der den ARN Ihrer Rolle kennt, könnte Braze dann Ihre Rolle verwenden lassen (was AWS das Problem des verwirrten Stellvertreters nennt, englisch „confused deputy“).
update-role-arn = Der in Braze eingetragene Rollen-ARN muss zur Rolle { $role } passen. Eine neu erstellte oder umbenannte Rolle hat einen anderen ARN: Tragen Sie ihn in Braze ein (unten), bevor Sie die alte Rolle löschen.
update-aws-first = Schließen Sie zuerst die AWS-Seite ab (oben), damit Braze bei der Prüfung funktionierende Zugangsdaten vorfindet.
update-currents-title = Currents
update-currents-open = Gehen Sie in Braze zu **{ -braze-partner-integrations } > { -braze-currents }**, öffnen Sie Ihren Konnektor und klicken Sie auf **{ -braze-edit }** (Bearbeiten).
update-currents-credentials = Geben Sie im Abschnitt **{ -braze-credentials-section }** { $method ->
        [role-arn] bei ausgewähltem **{ -braze-role-arn-radio }** den Rollen-ARN ein.
       *[other] bei ausgewähltem **{ -braze-secret-key-radio }** die neue Zugriffsschlüssel-ID und den neuen geheimen Zugriffsschlüssel ein.
    }
update-currents-update = Klicken Sie auf **{ -braze-update-current }** (Current aktualisieren). Eine Benachrichtigung zeigt, ob die Zugangsdaten bestätigt wurden.
update-currents-each = Wiederholen Sie das für jeden Ihrer { $count } Konnektoren: Sie teilen sich diese Zugangsdaten.
update-currents-keeps-running = Der Konnektor läuft weiter, während Sie seine Zugangsdaten aktualisieren.
update-dashboard-title = Dashboard-Datenexport
update-dashboard-open = Gehen Sie in Braze zu **{ -braze-partner-integrations } > { -braze-technology-partners }** und klicken Sie auf **{ -braze-amazon-s3 }**.
update-dashboard-credentials = Geben Sie auf der Seite **{ -braze-aws-credentials-page }** { $method ->
        [role-arn] bei ausgewähltem **{ -braze-role-arn-radio }** den Rollen-ARN ein.
       *[other] bei ausgewähltem **{ -braze-secret-key-radio }** die neue Zugriffsschlüssel-ID und den neuen geheimen Zugriffsschlüssel ein.
    }
update-dashboard-test = Klicken Sie auf **{ -braze-test-credentials }**; wenn der Test gelingt, auf **{ -braze-save }**.
update-switch-title = Zwischen geheimem Schlüssel und Rollen-ARN wechseln
update-switch = { $method ->
        [role-arn] Um zu einem geheimen Schlüssel zu wechseln, wählen Sie oben in diesem Widget diese Methode und erledigen Sie ihre AWS-Schritte. Wählen Sie dann in denselben Braze-Bildschirmen **{ -braze-secret-key-radio }** und geben Sie den Schlüssel ein.
       *[other] Um zu einer Rolle zu wechseln, wählen Sie oben in diesem Widget diese Methode und erledigen Sie ihre AWS-Schritte. Wählen Sie dann in denselben Braze-Bildschirmen **{ -braze-role-arn-radio }** und geben Sie den Rollen-ARN ein.
    } Entfernen Sie die alten Zugangsdaten erst, wenn Braze mit den neuen funktioniert.

## Fehlerbehebung, wie Braze' aktuelle Seite sie beschreibt
today-braze-says = Die Fehlermeldung, wie Braze' Seite sie zitiert (in jeder Sprache englisch):
today-check-permissions = Fehlerbehebung von Braze, „{ $heading }“ (weitere Berechtigungen prüfen): Der Benutzer oder die Rolle braucht `s3:GetBucketLocation` und `s3:PutObject`; die hier erzeugte Richtlinie gewährt beide.
today-kms = Laut Braze' Seite kommt diese Meldung vom Braze-Support oder aus Ihren AWS-Protokollen. Sie bedeutet, dass die Standardverschlüsselung des Buckets SSE-KMS ist, das Braze weder für Currents noch für Dashboard-Datenexporte unterstützt: Deaktivieren Sie SSE-KMS für den Bucket. SSE-S3 funktioniert mit beiden.
today-unable-to-connect = Führen Sie in Braze **{ -braze-test-credentials }** aus: Das Ergebnis zeigt, was fehlgeschlagen ist. Als Beispiel nennt Braze ein fehlendes `s3:GetObject`: Ohne diese Berechtigung kann Braze keine Download-Links erstellen.
today-notes-heading = Gut zu wissen
today-invalid-alert = Zeigt Braze „{ -braze-invalid-credentials }“ und nennt die Meldung den Zugriff `PutObject` oder die serverseitige Verschlüsselung bei Dashboard-Datenexporten, wählen Sie oben das passende Symptom.
today-region = Braze hat keine Regionseinstellung: Es schreibt in die AWS-Region des Buckets. Schreibt ein Konnektor in eine andere Region als gewünscht (zum Beispiel `eu-west-1` statt `eu-central-1`), erstellen oder verwenden Sie einen Bucket in der gewünschten Region; auf der Seite von Braze ist keine Region zu ändern.
today-format-exports = JSON-Exporte (aus dem Dashboard oder über die API) sind JSONL: ein JSON-Objekt je Zeile; lesen Sie sie Zeile für Zeile, nicht als ein einziges JSON-Dokument. CSV-Exporte und -Berichte sind CSV-Dateien.
today-format-currents = Currents schreibt Apache-Avro-Dateien (`.avro`).
today-format-archives = Die Nachrichtenarchivierung schreibt je gesendeter Nachricht eine mit gzip komprimierte JSON-Datei (`.json.gz`) unter `sent_messages/` in den Bucket, einen Ordner je Kanal (email, push, sms).
today-contact-email = Das Currents-Formular fragt nach einer Kontakt-E-Mail für Fehlerbenachrichtigungen der Integration: Braze empfiehlt eine Verteilerliste oder eine Gruppenadresse statt der Adresse einer einzelnen Person.
today-switch-provider = Sie wechseln von einem anderen Cloud-Speicheranbieter? Wenden Sie sich an Ihren Customer Success Manager bei Braze, um die neue Integration einzurichten und zu prüfen.
