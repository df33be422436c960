# Nachrichtenarchivierung: ein dritter Zweck des Buckets (Braze, heute). Sie nutzt die Richtlinie
# und die Verknüpfung des Dashboard-Exports; Currents wird nicht gebraucht.
# Auszeichnung: **Beschriftung** für eine Schaltfläche oder ein Menü, `Literal` für Code.

integration-message-archiving = Nachrichtenarchivierung
integration-message-archiving-hint = Eine Kopie der Nachrichten, die Braze sendet, in Ihrem Cloud-Speicher. Kostenpflichtiges Add-on; ohne Currents.
archiving-intro = Sie richten nur die **Nachrichtenarchivierung** ein. Sie ist ein kostenpflichtiges Add-on: Ihr Unternehmen muss sie erworben haben (Ihr Customer Success Manager bei Braze hilft beim Einstieg). Braze richtet sie wie den Dashboard-Datenexport ein: dieselbe Berechtigungsrichtlinie und dieselbe Verknüpfung in Braze, unter **{ -braze-partner-integrations } > { -braze-technology-partners } > { -braze-amazon-s3 }**. Diese Anleitung zeigt nur diese Schritte.
archiving-no-currents = Currents ist nicht erforderlich, wenn Sie nur die Nachrichtenarchivierung einrichten.
archiving-policy = Verwenden Sie für die Nachrichtenarchivierung die Richtlinie des Dashboard-Datenexports: Es ist die folgende.
archiving-role-ids = Holen Sie sich die Konto-ID und die externe ID von Braze dort, wo die Nachrichtenarchivierung verknüpft wird: Gehen Sie in Braze zu **{ -braze-partner-integrations } > { -braze-technology-partners }** und klicken Sie auf **{ -braze-amazon-s3 }**. Erstellen Sie Ihre Rolle mit diesen IDs, wenn Sie nur die Nachrichtenarchivierung einrichten.
step-link-message-archiving = Braze für die Nachrichtenarchivierung mit AWS verknüpfen
archiving-link-intro = Die Nachrichtenarchivierung schreibt mit den Amazon-S3-Zugangsdaten, die bei den Technologiepartnern von Braze gespeichert sind: Verknüpfen Sie sie wie für den Dashboard-Datenexport.
archiving-turn-on = Richten Sie danach die Nachrichtenarchivierung in Braze ein (wie, steht in der Braze-Dokumentation zur Nachrichtenarchivierung): Braze speichert dann eine Kopie der gesendeten Nachrichten im Bucket { $bucket }. Sind in Braze mehrere Cloud-Speicheranbieter eingerichtet, gehen die Archive nur an den, der als Standardziel für Datenexporte markiert ist (**{ -braze-default-export-destination }**); ohne festgelegtes Standardziel an den verbundenen Amazon-S3-Bucket.
archiving-verify = Nachrichtenarchivierung: Sobald sie eingerichtet ist und Braze Nachrichten gesendet hat, prüfen Sie, ob deren Kopien in { $bucket } erscheinen.
