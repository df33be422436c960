# Beschriftungen der AWS-Konsole und des Braze-Dashboards, so wie sie auf dem Bildschirm stehen.
#
# Entscheidung je Beschriftung, mit Quelle (Issue 14). Braze-Dashboard: die aktuelle deutsche
# Braze-Seite (braze-docs _lang/de/_partners/data_and_analytics/cloud_storage/amazon_s3.md,
# zusammengefasst in docs/facts.md, „Today vs the seed“); sie lässt die Schaltflächen und Seiten des
# Dashboards englisch („Test Credentials“, „Save“, „AWS Credentials“, „Create New Current“,
# „Launch Current“), also stehen sie hier englisch. AWS: Die deutsche Braze-Seite nennt die
# Konsolenbeschriftungen englisch („Policies“, „Attach Policy“, „Security Credentials“), die
# AWS-Konsole gibt es aber auch auf Deutsch: Darum stehen beide da, die deutsche Beschriftung der
# AWS-Konsole zuerst, die englische in Klammern, z. B. „Richtlinien (Policies)“.
#   -aws-sign-in, -aws-create-account, -aws-create-bucket, -aws-policies, -aws-create-policy,
#   -aws-policy-document, -aws-users, -aws-permissions-tab, -aws-attach-policy,
#   -aws-review-policy, -aws-roles, -aws-create-role, -aws-another-account,
#   -aws-require-external-id, -aws-next, -aws-role-arn, -aws-trust-relationships,
#   -aws-custom-trust-policy, -aws-security-credentials-tab, -aws-create-access-key,
#   -aws-bucket-policy, -aws-edit: AWS-Konsole auf Deutsch + Englisch in Klammern.
#   -aws-storage-category, -aws-show-credentials, -aws-download-credentials, -aws-get-started,
#   -aws-create-own-policy: Bildschirme der älteren Konsole; Deutsch wie auf der deutschen
#       Braze-Seite, Englisch (Wortlaut der englischen Braze-Seite) in Klammern.
#   -aws-s3, -aws-json-tab: Produkt- bzw. Registerkartenname, in allen Sprachen gleich.
#   -braze-partner-integrations „Partnerintegrationen“, -braze-technology-partners
#       „Technologiepartner“, -braze-integrations „Integrationen“, -braze-currents, -braze-amazon-s3:
#       Navigation wie auf der deutschen Braze-Seite (laut docs/facts.md übereinstimmend).
#   -braze-create-currents „Create New Current“: aktuelle Braze-Seite (Partnerintegrationen >
#       Currents > Create New Current > Amazon S3 Data Export). Der alte Pfad des Seeds
#       („… > Datenexport“, „Create Current“) steht nur noch in den Hinweisen zur älteren
#       Navigation in main.ftl.
#   -braze-data-export „Datenexport“: der alte Pfad, nur in diesen Hinweisen.
#   -braze-s3-data-export „Amazon S3 Data Export“, -braze-secret-key-radio „AWS Secret Access Key“,
#   -braze-role-arn-radio „AWS Role ARN“, -braze-launch-currents „Launch Current“: auch auf der
#       deutschen Braze-Seite englisch.
#   -braze-test-credentials „Test Credentials“, -braze-save „Save“, -braze-aws-credentials-page
#       „AWS Credentials“: aktuelle deutsche Braze-Seite, englisch (docs/facts.md; bisher
#       „Zugangsdaten testen“, „Speichern“, „AWS-Zugangsdaten“).
#   -braze-credentials-section „Credentials (Zugangsdaten)“: das Dashboard zeigt die Abschnitte
#       englisch wie „AWS Credentials“; „Zugangsdaten“ ist das Wort der deutschen Braze-Seite.
#   -braze-folder-path „Ordnerpfad“, -braze-sse-option „Serverseitige AES-256-Verschlüsselung im
#       Ruhezustand“: deutsche Braze-Seite (laut docs/facts.md übereinstimmend).
#   -braze-invalid-credentials „S3 credentials are invalid“: Fehlermeldung des Dashboards,
#       englisch (laut docs/facts.md übereinstimmend).

## AWS-Konsole
-aws-sign-in = Bei der Konsole anmelden (Sign In to the Console)
-aws-create-account = AWS-Konto erstellen (Create an AWS Account)
-aws-s3 = S3
-aws-storage-category = Speicher & Zustellung von Inhalten (Storage & Content Delivery)
-aws-create-bucket = Bucket erstellen (Create bucket)
-aws-show-credentials = Zugangsdaten anzeigen (Show User Security Credentials)
-aws-download-credentials = Zugangsdaten herunterladen (Download Credentials)
-aws-policies = Richtlinien (Policies)
-aws-get-started = Erste Schritte (Get Started)
-aws-create-policy = Richtlinie erstellen (Create policy)
-aws-create-own-policy = Eigene Richtlinie erstellen (Create Your Own Policy)
-aws-policy-document = Richtliniendokument (Policy Document)
-aws-users = Benutzer (Users)
-aws-permissions-tab = Berechtigungen (Permissions)
-aws-attach-policy = Richtlinie anfügen (Attach Policy)
-aws-json-tab = JSON
-aws-review-policy = Richtlinie überprüfen (Review policy)
-aws-roles = Rollen (Roles)
-aws-create-role = Rolle erstellen (Create role)
-aws-another-account = Ein anderes AWS-Konto (Another AWS account)
-aws-require-external-id = Externe ID erforderlich (Require external ID)
-aws-next = Weiter (Next)
-aws-role-arn = Rollen-ARN (Role ARN)
-aws-trust-relationships = Vertrauensstellungen (Trust relationships)
-aws-custom-trust-policy = Benutzerdefinierte Vertrauensrichtlinie (Custom trust policy)
-aws-security-credentials-tab = Sicherheitsanmeldeinformationen (Security Credentials)
-aws-create-access-key = Zugriffsschlüssel erstellen (Create Access Key)

## Braze-Dashboard
-braze-partner-integrations = Partnerintegrationen
-braze-data-export = Datenexport
-braze-create-currents = Create New Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-integrations = Integrationen
-braze-currents = Currents
-braze-technology-partners = Technologiepartner
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials (Zugangsdaten)
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = Ordnerpfad
-braze-sse-option = Serverseitige AES-256-Verschlüsselung im Ruhezustand
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = S3 credentials are invalid
-aws-bucket-policy = Bucket-Richtlinie (Bucket policy)
-aws-edit = Bearbeiten (Edit)
# -braze-default-export-destination: das Kontrollkästchen auf der Seite eines Anbieters unter
# Technologiepartner; auf jeder übersetzten Braze-Seite englisch.
-braze-default-export-destination = Make this the default data export destination
