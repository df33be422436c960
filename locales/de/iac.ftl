# iac: Infrastructure as Code und CLI (AWS-CLI-Skript, CloudFormation, Terraform).
# Auszeichnung: **Beschriftung** für eine Schaltfläche oder ein Menü, `Literal` für Code.
# Die Anleitungen nennen die Datei über die Dateinamen-Meldungen ({ iac-file-… }).

## Titel

iac-title-cli-script = AWS-CLI-Skript (bash)
iac-title-cloudformation = CloudFormation-Vorlage (YAML)
iac-title-terraform = Terraform-Konfiguration (HCL)

## Dateinamen der Downloads (bewusst wie im Englischen: braze, iam sind Namen)

iac-file-cli-script = { $bucket }-braze-iam.sh
iac-file-cloudformation = { $bucket }-braze-iam.yaml
iac-file-terraform = { $bucket }-braze-iam.tf

## So führen Sie jede Datei aus, in einer Zeile

iac-how-cli-script = Führen Sie `bash { iac-file-cli-script }` dort aus, wo die AWS CLI v2 bei dem AWS-Konto angemeldet ist, dem der Bucket gehört (AWS CloudShell eignet sich); ein erneuter Lauf ist unbedenklich.
iac-how-cloudformation = Stellen Sie die Vorlage mit `aws cloudformation deploy --stack-name braze-s3 --capabilities CAPABILITY_NAMED_IAM --template-file { iac-file-cloudformation }` oder in der CloudFormation-Konsole (**Stack erstellen** (Create stack)) bereit, jeweils in dem AWS-Konto, dem der Bucket gehört.
iac-how-terraform = Legen Sie `{ iac-file-terraform }` allein in einen Ordner und führen Sie dann `terraform init` und `terraform apply` mit AWS-Zugangsdaten des Kontos aus, dem der Bucket gehört.

## Hinweise zu den Dateien

iac-note-separate-policies = Bei beiden Integrationen werden die zwei von Braze veröffentlichten Richtlinien { $currents } und { $dashboard } angelegt und beide angefügt: Jede entspricht genau dem Dokument von Braze, und entfernen Sie eine davon, verliert nur die betreffende Integration ihren Zugriff.
iac-note-secret-once = Das Skript erstellt den Zugriffsschlüssel zuletzt. Seine Ausgabe zeigt den geheimen Zugriffsschlüssel ein einziges Mal: Geben Sie ihn sofort in Braze ein und bewahren Sie ihn nirgendwo sonst auf.
iac-note-access-key-later = Der Benutzer { $user } wird angelegt, aber ohne Zugriffsschlüssel, denn dessen geheimer Teil würde mit der Bereitstellung gespeichert. Danach in IAM: **{ -aws-users }** > { $user } > **{ -aws-security-credentials-tab }** > **{ -aws-create-access-key }**; geben Sie den Schlüssel anschließend in Braze ein.
iac-note-role-arn-cli = Zum Schluss gibt das Skript den Rollen-ARN aus, den Sie in Braze einfügen. Meldet Braze direkt danach „{ -braze-invalid-credentials }“, ist die neue Rolle in IAM womöglich noch nicht überall verfügbar: Warten Sie und versuchen Sie es erneut.
iac-note-role-arn-cloudformation = Den Rollen-ARN für Braze finden Sie in der Ausgabe `RoleArn` des Stacks (Registerkarte **Ausgaben** (Outputs)). Meldet Braze direkt danach „{ -braze-invalid-credentials }“, ist die neue Rolle in IAM womöglich noch nicht überall verfügbar: Warten Sie und versuchen Sie es erneut.
iac-note-role-arn-terraform = Den Rollen-ARN für Braze liefert die Ausgabe `role_arn` (`terraform output role_arn`). Meldet Braze direkt danach „{ -braze-invalid-credentials }“, ist die neue Rolle in IAM womöglich noch nicht überall verfügbar: Warten Sie und versuchen Sie es erneut.
