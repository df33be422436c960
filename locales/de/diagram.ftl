# Das Bild „Wer darf was“: das Konto von Braze oder der IAM-Benutzer, die Rolle, die Aktionen
# der Berechtigungsrichtlinie, der Bucket. Kurze Texte: Das Bild ist 320 Einheiten breit (etwa
# 35 Buchstaben je Zeile; längere Beschriftungen umbrechen auf höchstens drei Zeilen).
# $action und $actions sind IAM-Aktionen (sts:AssumeRole, s3:PutObject …), nie übersetzt.

diagram-caption = Wer darf was
diagram-braze-account = AWS-Konto von Braze
diagram-assumes = übernimmt die Rolle ({ $action }) mit der externen ID
diagram-role = IAM-Rolle in Ihrem AWS-Konto
diagram-user = IAM-Benutzer in Ihrem AWS-Konto
diagram-access-key = und sein Zugriffsschlüssel, in Braze eingegeben
diagram-allows = Berechtigungsrichtlinie { $policy } erlaubt:
diagram-bucket = S3-Bucket
diagram-folders = { $count ->
        [one] Currents-Ordner
       *[other] Currents-Ordner
    }
diagram-more-folders = und { $count } weitere

## Die Textalternative: Der Titel nennt den Bucket (und bei einer Rolle das Konto von Braze und
## die externe ID); die Beschreibung sagt alles, was das Bild zeigt.

diagram-title-role = Das AWS-Konto von Braze { $account } übernimmt Ihre Rolle mit der externen ID { $external_id }, um den S3-Bucket { $bucket } zu nutzen
diagram-title-key = Der IAM-Benutzer { $user } und sein in Braze eingegebener Zugriffsschlüssel nutzen den S3-Bucket { $bucket }
diagram-desc-assume = Das AWS-Konto von Braze { $account } darf die IAM-Rolle { $role } ({ $action }) nur übernehmen, wenn es die externe ID { $external_id } vorlegt.
diagram-desc-key = Braze meldet sich als IAM-Benutzer { $user } mit dessen Zugriffsschlüssel an, den Sie in Braze eingeben.
diagram-desc-policy = Die Berechtigungsrichtlinie { $policy } erlaubt { $actions } auf dem S3-Bucket { $bucket }.
diagram-desc-folders = { $count ->
        [one] Currents schreibt in den Ordner { $folders }.
       *[other] Currents schreibt in die Ordner { $folders }.
    }
diagram-desc-folders-missing = { $count ->
        [one] Currents schreibt in einen Ordner, dessen Pfad noch nicht gültig ist.
       *[other] Currents schreibt in { $count } Ordner, deren Pfade noch nicht alle gültig sind.
    }

## The providers' pictures (src/core/providers/diagram.rs)

provider-diagram-braze = Braze
provider-diagram-gcs-key = meldet sich an mit dem JSON-Schlüssel von
provider-diagram-service-account = Das Dienstkonto
provider-diagram-gcs-role = darf nur in diesen Bucket schreiben, mit der benutzerdefinierten Rolle
provider-diagram-bucket = Der Bucket
provider-diagram-azure-connection-string = schreibt mit der Verbindungszeichenfolge (sie enthält einen Kontoschlüssel) in
provider-diagram-storage-account = Das Speicherkonto und sein Container
provider-diagram-azure-certificate = meldet sich mit dem Zertifikat bei Microsoft Entra ID an als
provider-diagram-app = Der Dienstprinzipal der App
provider-diagram-azure-role = darf mit Storage Blob Data Contributor, für das Speicherkonto gewährt, schreiben in
provider-diagram-title = Wer was darf: der Zugriff von Braze auf { $target }
provider-diagram-gcs-desc = Braze meldet sich als Dienstkonto { $account } mit dessen JSON-Schlüssel an. Die benutzerdefinierte Rolle { $role }, nur am Bucket { $bucket } gewährt, erlaubt ihm, dorthin zu schreiben.
provider-diagram-azure-connection-string-desc = Braze schreibt mit der Verbindungszeichenfolge, die einen Kontoschlüssel enthält, in den Container { $container } des Speicherkontos { $account }.
provider-diagram-azure-certificate-desc = Braze meldet sich mit dem Zertifikat als App { $client } bei Microsoft Entra ID an. Storage Blob Data Contributor, für das Speicherkonto { $account } gewährt, erlaubt ihm, in den Container { $container } zu schreiben.
