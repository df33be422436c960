# Checkliste, mehrere Konnektoren, Fehlerbehebung

## Checkliste

checklist-heading = Checkliste
checklist-progress-label = Fortschritt
checklist-progress = { $done } von { $total } { $total ->
        [one] Schritt erledigt
       *[other] Schritten erledigt
    }
checklist-go-to-step = Zum Schritt
checklist-complete = Alles erledigt! Prüfen Sie jetzt, ob Daten ankommen:
checklist-verify-currents = Currents: In der S3-Konsole erscheinen wenige Minuten nach dem Start des Streams neue Dateien unter { $bucket }/{ $folder }/.
checklist-verify-dashboard = Dashboard-Export: Starten Sie in Braze einen CSV-Export und prüfen Sie, ob die Datei in { $bucket } ankommt.
checklist-verify-expiry = Currents: Prüfen Sie weiterhin, ob Ereignisse ankommen. Ein Konnektor, dessen Zugangsdaten scheitern, sendet keine Ereignisse mehr; nach mehr als { $days } { $days ->
        [one] Tag
       *[other] Tagen
    } laut Braze' aktueller Seite (frühere Fassungen nannten { $hours } { $hours ->
        [one] Stunde
       *[other] Stunden
    }) werden seine Ereignisse endgültig verworfen.
checklist-verify-key-rotation = IAM-Zugriffsschlüssel laufen nicht ab; AWS empfiehlt, sie regelmäßig zu rotieren. Folgen Sie dabei „Zugangsdaten ändern oder rotieren“, damit Braze stets einen funktionierenden Schlüssel hat.
checklist-copy-markdown = Als Markdown kopieren
checklist-copy-link = Link zur Konfiguration kopieren
checklist-markdown-copied = Checkliste als Markdown kopiert.
checklist-link-copied = Link kopiert. Er enthält Ihre Werte, nicht Ihre Häkchen.
checklist-start-over = Neu beginnen
checklist-start-over-confirm = Ihre Werte und Häkchen löschen?
checklist-start-over-yes = Ja, alles löschen
checklist-start-over-no = Abbrechen

## Weitere Currents-Konnektoren

connectors-legend = Weitere Currents-Konnektoren
connectors-hint = Dieselben Zugangsdaten, aber für jeden ein eigener Ordnerpfad.
connector-name = Name von Konnektor { $number }
connector-folder = Ordnerpfad von Konnektor { $number }
connector-remove = Entfernen
connector-remove-label = Konnektor { $number } entfernen
connector-add = Konnektor hinzufügen

## Fehlerbehebung

troubleshoot-heading = Fehlerbehebung
troubleshoot-label = Was sehen Sie?
troubleshoot-choose = Symptom auswählen …
troubleshoot-cause = Ursache
troubleshoot-fix = Lösung
troubleshoot-recheck = In der Checkliste erneut prüfen
troubleshoot-paste-label = Oder fügen Sie die Meldung ein, die Braze angezeigt hat
troubleshoot-paste-hint = Wird in Ihrem Browser gelesen: Das Widget wählt das Symptom und vergleicht Bucket und Identität aus der Meldung mit Ihren Angaben.
braze-error-recognised = Die Meldung von Braze deutet auf:
braze-error-unknown = Das Widget erkennt diese Meldung nicht. Wählen Sie oben in der Liste, was Sie sehen; die bekannten Symptome:
braze-error-action = Die von AWS verweigerte Aktion: { $action }.
braze-error-other-bucket = Braze hat den Bucket { $tried } versucht, Sie haben { $configured } angegeben.
braze-error-other-role = Braze hat die Rolle { $tried } übernommen, Sie haben { $configured } angegeben.
braze-error-other-user = Braze hat sich als IAM-Benutzer { $tried } angemeldet, Sie haben { $configured } angegeben.
braze-error-role-not-key = Braze hat die Rolle { $tried } verwendet, Sie haben aber die Methode „Geheimer AWS-Zugriffsschlüssel“ gewählt.
braze-error-user-not-role = Braze hat sich als IAM-Benutzer { $tried } angemeldet, Sie haben aber die Methode „AWS-Rollen-ARN“ gewählt.
braze-error-role-to-assume = Die Rolle, die Braze zu übernehmen versuchte (der Rollen-ARN in Braze): { $arn }.
braze-error-other-role-to-assume = Braze hat versucht, die Rolle { $tried } zu übernehmen, Sie haben { $configured } angegeben.
braze-error-role-path = Der Rollen-ARN in Braze hat vor dem Rollennamen den Pfad { $path }; die Rolle dieser Anleitung hat keinen. Kopieren Sie den ARN von der Übersichtsseite der Rolle in IAM nach Braze.
braze-error-other-account = Die Rolle liegt im AWS-Konto { $tried }, Sie haben { $configured } als Ihre Konto-ID angegeben.
braze-error-other-braze-account = Braze hat aus dem AWS-Konto { $tried } angefragt, die von Ihnen angegebene Braze-Konto-ID, der die Vertrauensrichtlinie vertraut, ist aber { $configured }.
braze-error-bucket-typed = In Braze steht der Bucket-Name „{ $braze }“, Ihr Bucket ist { $configured }. Korrigieren Sie den Namen in Braze:
braze-error-bucket-typed-alone = In Braze steht der Bucket-Name „{ $braze }“. Korrigieren Sie den Namen in Braze:
braze-error-bucket-space = Er beginnt oder endet mit einem Leerzeichen: Ein Bucket-Name enthält keines.
braze-error-bucket-upper-case = Er enthält Großbuchstaben: Ein Bucket-Name besteht nur aus Kleinbuchstaben, Ziffern, Punkten und Bindestrichen.
braze-error-bucket-scheme = `s3://` ist die Schreibweise der AWS CLI für die Adresse des Buckets, kein Teil seines Namens: Geben Sie nur den Namen ein.
braze-error-bucket-arn = `arn:aws:s3:::` macht daraus den ARN des Buckets, nicht seinen Namen: Geben Sie nur den Namen ein.
braze-error-bucket-folder = `/{ $folder }` nach dem Namen ist ein Ordnerpfad: Geben Sie nur den Bucket-Namen ein; für Currents gehört der Ordner in das Feld **{ -braze-folder-path }** (Ordnerpfad).
braze-error-bucket-slash = Er endet mit einem Schrägstrich, der nicht zu einem Bucket-Namen gehört.
braze-error-bucket-other-name = Auch ohne diese Fehler bezeichnet er { $name }, nicht { $configured }.
braze-error-access-denied = AWS hat eine Anfrage abgelehnt (Access Denied), aber die Meldung sagt weder, welche Aktion abgelehnt wurde, noch, welche Identität angefragt hat: Das Widget kann daraus kein Symptom ableiten. In Ihrem Fall kommt jedes dieser Symptome infrage; wählen Sie oben in der Liste das passende:
braze-error-cut = Nur die ersten { $chars } Zeichen wurden gelesen: Die Meldungen von Braze sind viel kürzer.
symptom-invalid-after-role = „{ -braze-invalid-credentials }“ direkt nach dem Erstellen der Rolle
symptom-put-object-denied = Zugriff verweigert (AccessDenied) bei `s3:PutObject`
symptom-kms-generate-data-key = Keine Berechtigung für `kms:GenerateDataKey`
symptom-events-stopped = Currents-Ereignisse kommen nicht mehr an
symptom-object-lock = Currents scheitert an einem Bucket mit Object Lock
symptom-download-links-fail = Download-Links von Exporten funktionieren nicht
symptom-api-export-no-url = Ein API-Export liefert keine Download-URL
cause-invalid-after-role = Die neue Rolle ist in IAM noch nicht überall verfügbar: Braze hat zu früh versucht, sie zu übernehmen.
fix-invalid-after-role = Warten Sie einige Minuten und versuchen Sie es dann erneut. Bleibt der Fehler bestehen, prüfen Sie die Braze-Konto-ID und die externe ID in der Rolle sowie den in Braze eingefügten ARN.
cause-put-object-denied = Die angefügte Richtlinie gewährt `s3:PutObject` nicht für die Objekte des Buckets, oder sie ist nicht dem Benutzer bzw. der Rolle angefügt, die Braze verwendet.
fix-put-object-denied = Übernehmen Sie die für Ihren Fall erzeugte Richtlinie unverändert, fügen Sie sie an und prüfen Sie dann den in Braze eingegebenen Bucket-Namen.
cause-kms-generate-data-key = Der Bucket verschlüsselt mit SSE-KMS (einem AWS-KMS-Schlüssel); das unterstützen weder Currents noch der Dashboard-Export.
fix-kms-generate-data-key = Stellen Sie die Standardverschlüsselung des Buckets auf SSE-S3 (von Amazon S3 verwaltete Schlüssel) um oder verwenden Sie einen Bucket ohne SSE-KMS.
cause-events-stopped = Die Zugangsdaten des Konnektors sind abgelaufen oder wurden widerrufen: Er sendet keine Ereignisse mehr. Nach mehr als { $days } { $days ->
        [one] Tag
       *[other] Tagen
    } laut Braze' aktueller Seite (frühere Fassungen nannten { $hours } { $hours ->
        [one] Stunde
       *[other] Stunden
    }) werden seine Ereignisse verworfen und sind endgültig verloren.
fix-events-stopped = Erstellen Sie einen neuen Zugriffsschlüssel (oder prüfen Sie die Rolle) und aktualisieren Sie die Zugangsdaten des Konnektors in Braze – und zwar sofort.
cause-object-lock = Currents unterstützt keine Buckets mit S3 Object Lock.
fix-object-lock = Verwenden Sie einen Bucket, der ohne Object Lock erstellt wurde: Bei einem bestehenden Bucket lässt sich die Option nicht entfernen.
cause-download-links-fail = Die Richtlinie gewährt `s3:GetObject` nicht: Braze braucht diese Berechtigung für seine Download-Links und seine Fehlerbehandlung.
fix-download-links-fail = Verwenden Sie die für Ihren Fall erzeugte Richtlinie, die `s3:GetObject` enthält, und prüfen Sie, ob sie angefügt ist.
cause-api-export-no-url = Das ist so vorgesehen: Mit einer Cloud-Speicher-Integration liefern API-Exporte keine Download-URL.
fix-api-export-no-url = Holen Sie die Datei direkt aus Ihrem S3-Bucket.
