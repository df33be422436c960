# Beschriftungen der AWS-Konsole und des Braze-Dashboards, so wie sie auf dem Bildschirm stehen.
# Deutsch nur dort, wo die deutsche Beschriftung sicher ist (deutsche AWS-Konsole, deutsche
# Braze-Dokumentation). Bewusst auf Englisch belassen, damit man die Schaltfläche immer findet:
#   AWS: Storage & Content Delivery, Show User Security Credentials, Download Credentials
#        (Beschriftungen der alten Konsole, deutsche Fassung nicht gesichert), Require external ID,
#        Trust relationships, Custom trust policy (deutsche Beschriftung nicht gesichert).
#   Braze: Create Current, Amazon S3 Data Export, Launch Current, AWS Secret Access Key,
#        AWS Role ARN (auch in der deutschen Braze-Dokumentation englisch), sowie die
#        Fehlermeldung „S3 credentials are invalid“ (Meldung des Servers, Wortlaut nicht gesichert).
#   Unverändert, weil Produkt- oder Fachnamen: S3, JSON, Currents, Amazon S3.

## AWS-Konsole
-aws-sign-in = Bei der Konsole anmelden
-aws-create-account = AWS-Konto erstellen
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = Bucket erstellen
-aws-show-credentials = Show User Security Credentials
-aws-download-credentials = Download Credentials
-aws-policies = Richtlinien
-aws-get-started = Erste Schritte
-aws-create-policy = Richtlinie erstellen
-aws-create-own-policy = Eigene Richtlinie erstellen
-aws-policy-document = Richtliniendokument
-aws-users = Benutzer
-aws-permissions-tab = Berechtigungen
-aws-attach-policy = Richtlinie anfügen
-aws-json-tab = JSON
-aws-review-policy = Richtlinie überprüfen
-aws-roles = Rollen
-aws-create-role = Rolle erstellen
-aws-another-account = Ein anderes AWS-Konto
-aws-require-external-id = Require external ID
-aws-next = Weiter
-aws-role-arn = Rollen-ARN
-aws-trust-relationships = Trust relationships
-aws-custom-trust-policy = Custom trust policy
-aws-security-credentials-tab = Sicherheitsanmeldeinformationen
-aws-create-access-key = Zugriffsschlüssel erstellen

## Braze-Dashboard
-braze-partner-integrations = Partnerintegrationen
-braze-data-export = Datenexport
-braze-create-currents = Create Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-integrations = Integrationen
-braze-currents = Currents
-braze-technology-partners = Technologiepartner
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Zugangsdaten
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = Ordnerpfad
-braze-sse-option = Serverseitige AES-256-Verschlüsselung im Ruhezustand
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS-Zugangsdaten
-braze-test-credentials = Zugangsdaten testen
-braze-save = Speichern
-braze-invalid-credentials = S3 credentials are invalid
-aws-bucket-policy = Bucket-Richtlinie
-aws-edit = Bearbeiten
