# Microsoft Azure Blob Storage: Felder, Regeln, erzeugte Dateien, Prüfer, Vorabprüfung, Aktualisierung.
# Markup: **Beschriftung** für eine Schaltfläche oder ein Menü, `Literal` für Code.
# Die deutsche Braze-Seite übersetzt die Beschriftungen von Microsoft Entra ID, der Rollenzuweisung und der Endpunkte; da
# das Azure-Portal auch englisch eingestellt sein kann, steht die englische Beschriftung (Braze' englische Seite) in Klammern
# dahinter (Issue 14). Die Beschriftungen, die die deutsche Seite englisch lässt (**Storage Accounts**, **Access Keys** …),
# bleiben englisch. Braze' Schaltflächen bleiben englisch, mit dem Wort der deutschen Seite in Klammern, wo sie eines hat
# (**+ Create Current** (**+ Current erstellen**), **Credentials** (Zugangsdaten)), wie in labels.ftl.

## Authentifizierungsmethoden und Felder

azure-auth-connection-string = Verbindungszeichenfolge
azure-auth-certificate-service-principal = Dienstprinzipal mit Zertifikat (nur Currents)
azure-field-storage-account = Name des Speicherkontos
azure-field-container = Containername
azure-field-prefix = Präfix (optional)
azure-field-resource-group = Ressourcengruppe
azure-field-tenant-id = Verzeichnis-ID (Mandanten-ID)
azure-field-client-id = Anwendungs-ID (Client-ID)

## Eingaberegeln

azure-rule-required = Pflichtfeld.
azure-rule-account-length = Ein Speicherkontoname hat { $min } bis { $max } Zeichen (jetzt { NUMBER($len) }).
azure-rule-account-characters = Nur Kleinbuchstaben und Ziffern: Entfernen Sie { $found }.
azure-rule-container-length = Ein Containername hat { $min } bis { $max } Zeichen (jetzt { NUMBER($len) }).
azure-rule-container-uppercase = Containernamen werden kleingeschrieben.
azure-rule-container-characters = Nur Kleinbuchstaben, Ziffern und Bindestriche: Entfernen Sie { $found }.
azure-rule-container-start = Ein Containername beginnt mit einem Buchstaben oder einer Ziffer.
azure-rule-container-end = Ein Containername endet nicht mit einem Bindestrich: Jeder Bindestrich steht zwischen zwei Buchstaben oder Ziffern.
azure-rule-container-double-dash = Zwei Bindestriche hintereinander sind in einem Containernamen nicht erlaubt.
azure-rule-prefix-length = Das Präfix hat höchstens { NUMBER($max) } Zeichen, die Länge eines ganzen Blobnamens (jetzt { NUMBER($len) }).
azure-rule-prefix-end = Beenden Sie das Präfix nicht mit einem Punkt oder Schrägstrich: Microsoft rät von Blobnamen ab, die so enden.
azure-rule-prefix-control = Das Präfix enthält Steuerzeichen ({ $found }): Geben Sie es ohne sie neu ein.
azure-rule-prefix-invisible = Das Präfix enthält unsichtbare Formatierungszeichen ({ $found }): Der Name, den Azure speichern würde, ist nicht der, den Sie sehen. Geben Sie es ohne sie neu ein.
azure-rule-resource-group-length = Ein Ressourcengruppenname hat höchstens { $max } Zeichen (jetzt { NUMBER($len) }).
azure-rule-resource-group-characters = Nur Buchstaben, Ziffern und `_ - . ( )`: Entfernen Sie { $found }.
azure-rule-resource-group-end = Ein Ressourcengruppenname endet nicht mit einem Punkt.
azure-rule-guid = Fügen Sie die ID so ein, wie Azure sie anzeigt: 32 Hexadezimalziffern in der Form `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
azure-rule-certificate-currents-only = Der Dienstprinzipal mit Zertifikat funktioniert nur für Braze Currents: Wählen Sie für den Datenexport aus dem Dashboard und die Nachrichtenarchivierung die Verbindungszeichenfolge.

## Geheimnisse: nie gespeichert, nie angezeigt

azure-secret-connection-string = Das ist eine Verbindungszeichenfolge: Sie enthält einen Kontoschlüssel. Fügen Sie sie nicht hier ein; sie gehört nur in Braze' Feld für die Verbindungszeichenfolge (Currents: **Azure Blob Data Export**; Exporte: **Microsoft Azure** unter Technologiepartner). Nichts davon wurde behalten.
azure-secret-sas-token = Das ist eine Shared Access Signature (SAS): ein Geheimnis. Braze' Azure-Seite verlangt keine, sondern die Verbindungszeichenfolge oder ein Zertifikat. Nichts davon wurde behalten.
azure-secret-account-key = Das sieht aus wie ein Speicherkontoschlüssel: ein Geheimnis. Braze nimmt die ganze Verbindungszeichenfolge in seinem eigenen Feld, nie hier. Nichts davon wurde behalten.
azure-secret-private-key = Das ist ein privater Schlüssel: Er gehört nur in Braze' Feld **Certificate**, in `braze-currents.pem`, nie hierher und nie zu Azure. Nichts davon wurde behalten.
azure-secret-client-secret = Das sieht aus wie ein geheimer Clientschlüssel einer App-Registrierung: ein Geheimnis. Braze' Zertifikatmethode verwendet keinen. Nichts davon wurde behalten.

## Erzeugte Dateien

azure-snippet-cli-script = Azure CLI-Skript
azure-snippet-certificate = Befehle für das Zertifikat (openssl)
azure-snippet-terraform = Terraform-Konfiguration
azure-note-cli-sign-in = Führen Sie es in Azure Cloud Shell aus oder in einer Shell, in der `az login` erfolgt ist, im Abonnement mit der Ressourcengruppe; die Ressourcengruppe muss bereits existieren.
azure-note-container-login = Der Container wird mit Ihrer eigenen Anmeldung angelegt (`--auth-mode login`), nie mit einem Schlüssel: Sie brauchen eine Datenrolle für das Konto, etwa Storage Blob Data Contributor, oder legen den Container im Portal an.
azure-note-cli-certificate = Führen Sie es in dem Ordner aus, der `cert.pem` enthält. Das Zertifikat wird mit `--append` hinzugefügt: Ohne diese Option löscht die Azure CLI alle anderen Zertifikate und Geheimnisse der App.
azure-note-connection-string-portal = Die Verbindungszeichenfolge wird nie ausgegeben: Kopieren Sie sie im Portal unter **Access Keys** des Speicherkontos und fügen Sie sie nur in Braze ein.
azure-note-certificate-files = Laden Sie `cert.pem` in die App-Registrierung hoch; `{ $file }` (Zertifikat und unverschlüsselter Schlüssel) gehört nur in Braze' Feld **Certificate**; laden Sie `key.pem` und `{ $file }` nie zu Azure hoch.
azure-note-certificate-expiry = Der letzte Befehl gibt das Ablaufdatum des Zertifikats aus: Erneuern Sie es vorher, wie unten bei der Aktualisierung beschrieben.
azure-note-terraform-versions = Geschrieben für den Provider azurerm ab 4.9 und azuread ab 3.0: Ältere Versionen benennen einige Argumente anders.
azure-note-terraform-certificate = Legen Sie `cert.pem` (nur das öffentliche Zertifikat) neben die Datei. Kein Schlüssel steht je in der Konfiguration oder in ihrem State.

## Prüfer der Rollenzuweisungen

azure-check-empty = Fügen Sie die Ausgabe von `az role assignment list --all --assignee <client ID> --output json` ein.
azure-check-too-large = Dieser Text ist größer als { $megabytes } MB, mehr, als diese Seite einliest: Fügen Sie nur die Ausgabe von `az role assignment list` ein.
azure-check-too-many = Diese Liste hat mehr als { $max } Einträge, mehr, als diese Seite einliest.
azure-check-not-json = Das ist kein JSON: Fügen Sie die Ausgabe von `az role assignment list` mit `--output json` ein.
azure-check-not-assignments = Dieses JSON ist keine Liste von Rollenzuweisungen: Jeder Eintrag braucht `scope` und `roleDefinitionId`.
azure-check-no-assignment = Die Liste enthält keine Rollenzuweisung für die App mit Ihrer Client-ID.
azure-check-at-account = { $role } ist im Bereich des Speicherkontos zugewiesen, wie Braze es verlangt.
azure-check-below-account = { $role } ist für { $scope } zugewiesen, unterhalb des Speicherkontos: Braze verlangt den Bereich des Speicherkontos.
azure-check-broad-scope = { $role } ist für { $scope } zugewiesen: Das deckt Ihr Speicherkonto ab und jedes andere in diesem Bereich.
azure-check-uncertain-scope = { $role } ist für { $scope } zugewiesen: Die Liste zeigt nicht, ob Ihr Speicherkonto darin liegt, daher zählt die Zuweisung nicht.
azure-check-unknown-role = Die Berechtigungen von { $role } sind hier nicht bekannt, daher zählt die Rolle nicht.
azure-check-conditional = { $role } ist nur unter einer Bedingung gewährt, daher zählt die Zuweisung nicht.
azure-check-group = { $role } ist der Gruppe { $group } zugewiesen: Das zählt nur, wenn die App Mitglied ist, was die Liste nicht zeigt.
azure-check-broad-role = { $role } gewährt mehr, als Braze braucht: { $kind ->
        [keys] Die Rolle kann die Kontoschlüssel lesen, die alle Daten des Kontos öffnen.
        [access] Die Rolle kann Rollen zuweisen, sich selbst oder jedem.
        [ownership] Die Rolle kann Besitzer und Zugriffssteuerungslisten von Blobs ändern.
       *[account] Die Rolle kann das Speicherkonto ändern oder löschen.
    }
azure-check-other-principals = { $count ->
        [one] Eine Zuweisung eines anderen Prinzipals wurde beiseitegelassen.
       *[other] { $count } Zuweisungen anderer Prinzipale wurden beiseitegelassen.
    }
azure-check-missing = Im Bereich des Speicherkontos fehlt ({ $count }): { $operations }.
azure-check-deny-not-listed = Ablehnungszuweisungen stehen nicht in dieser Liste: Eine davon könnte Braze dennoch blockieren.
azure-check-fix-assign = Weisen Sie { $role } dem Dienstprinzipal der App für das Speicherkonto zu (das Azure CLI-Skript erledigt das).
azure-check-fix-narrow = Weisen Sie { $role } für das Speicherkonto selbst zu und entfernen Sie dann die breitere Zuweisung.
azure-check-fix-role = Verwenden Sie { $role }: Die Rolle gewährt, was Braze braucht, und nicht mehr.
azure-check-fix-definition = Fügen Sie auch die Definition der Rolle ein: `az role definition list --name "<role>" --output json`.

## Vorabprüfung

azure-preflight-intro = Schreibgeschützte Vorabprüfung des Speicherkontos { $account } und seines Containers { $container } für Braze. Sie liest nur (show- und list-Befehle der Azure CLI) und gibt weder Schlüssel noch Verbindungszeichenfolge aus. Führen Sie sie in Azure Cloud Shell aus oder dort, wo `az login` erfolgt ist, und fügen Sie dann alles, was sie ausgibt, in das Widget ein.
azure-preflight-other-values = Dieser Bericht gilt für { $field ->
        [account] das Speicherkonto
        [container] den Container
        [group] die Ressourcengruppe
        [auth] die Methode
        [tenant] die Mandanten-ID
       *[client] die Client-ID
    } { $reported }, Sie haben aber { $configured } eingegeben. Kopieren Sie das Skript für Ihre aktuellen Werte und führen Sie es erneut aus.
azure-preflight-absent = Der Bericht enthält keine Antwort von `az { $call }`: Das wurde nicht geprüft.
azure-preflight-denied = Die Identität, die das Skript ausgeführt hat, darf `az { $call }` nicht aufrufen: Das wurde nicht geprüft.
azure-preflight-error = `az { $call }` ist fehlgeschlagen ({ $error }): Das wurde nicht geprüft.
azure-preflight-account-ok = Das Speicherkonto { $account } existiert ({ $kind }, hierarchischer Namespace { $hns ->
        [on] aktiviert
       *[off] deaktiviert
    }).
azure-preflight-account-file-storage = Das Speicherkonto { $account } ist ein FileStorage-Konto: Es hat keinen Blobdienst.
azure-preflight-account-missing = In der Ressourcengruppe { $group } gibt es kein Speicherkonto { $account }.
azure-preflight-endpoint-ok = Der Blob-Endpunkt { $endpoint } liegt in der öffentlichen Azure-Cloud.
azure-preflight-endpoint-other-cloud = Der Blob-Endpunkt { $endpoint } endet nicht auf `.blob.core.windows.net`: Die Zertifikatmethode funktioniert nur in der öffentlichen Azure-Cloud.
azure-preflight-shared-key-on = Der Zugriff mit gemeinsam verwendetem Schlüssel (Shared Key) ist erlaubt, wie es eine Verbindungszeichenfolge braucht.
azure-preflight-shared-key-off = Der Zugriff mit gemeinsam verwendetem Schlüssel (Shared Key) ist aus: Eine Verbindungszeichenfolge, die mit einem Kontoschlüssel signiert, wird abgelehnt.
azure-preflight-network-open = Der öffentliche Netzwerkzugriff ist aktiviert, ohne Firewallregel, die standardmäßig ablehnt.
azure-preflight-network-disabled = Der öffentliche Netzwerkzugriff ist deaktiviert: Braze erreicht das Konto nicht.
azure-preflight-network-firewall = Die Firewall des Kontos lehnt standardmäßig ab: Braze veröffentlicht keine festen IP-Adressen für Azure, seine Schreibvorgänge werden daher womöglich abgelehnt.
azure-preflight-container-ok = Der Container { $container } existiert.
azure-preflight-container-missing = In { $account } gibt es keinen Container { $container }.
azure-preflight-container-denied = Ihre Anmeldung darf den Container { $container } nicht lesen (dafür braucht es eine Datenrolle wie Storage Blob Data Reader): Das wurde nicht geprüft. Über den Zugriff von Braze sagt das nichts.
azure-preflight-tenant-ok = Der Mandant des Abonnements ist { $tenant }, die eingegebene Mandanten-ID.
azure-preflight-tenant-differs = Der Mandant des Abonnements ist { $found }, nicht { $typed }, die eingegebene Mandanten-ID.
azure-preflight-app-ok = Die App-Registrierung { $client } existiert.
azure-preflight-app-missing = Es gibt keine App-Registrierung mit der Client-ID { $client }.
azure-preflight-sp-ok = Die App { $client } hat ihren Dienstprinzipal.
azure-preflight-sp-missing = Die App { $client } hat keinen Dienstprinzipal: Ihr kann keine Rolle zugewiesen werden.
azure-preflight-certificate-none = Die App hat kein Zertifikat.
azure-preflight-certificate-expired = Das neueste Zertifikat der App ist am { $date } abgelaufen: Braze kann sich nicht anmelden.
azure-preflight-certificate-soon = Das neueste Zertifikat der App läuft am { $date } ab, in { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    }: Erneuern Sie es jetzt.
azure-preflight-certificate-ok = Das neueste Zertifikat der App läuft am { $date } ab, in { $days } Tagen.
azure-preflight-role-ok = Die App hat { $role } im Bereich des Speicherkontos.
azure-preflight-role-broad = Die App kann schreiben, aber über eine breitere Zuweisung als { $role } für das Speicherkonto.
azure-preflight-role-missing = Die App hat { $role } für das Speicherkonto nicht.
azure-preflight-role-container = Die App hat { $role } nur für den Container: Braze verlangt den Bereich des Speicherkontos.
azure-preflight-fix-create = Das Azure CLI-Skript auf dieser Seite erstellt, was fehlt.
azure-preflight-fix-new-account = Legen Sie für Braze ein Speicherkonto vom Typ „Universell v2“ an: Das Azure CLI-Skript erledigt das.
azure-preflight-fix-connection-string = Verwenden Sie die Methode mit Verbindungszeichenfolge: Braze beschränkt nur die Zertifikatmethode auf die öffentliche Azure-Cloud.
azure-preflight-fix-shared-key = Erlauben Sie den Zugriff mit gemeinsam verwendetem Schlüssel (Speicherkonto > **Konfiguration**) oder verwenden Sie für Currents die Zertifikatmethode.
azure-preflight-fix-network = Erlauben Sie den öffentlichen Netzwerkzugriff auf das Konto. Braze veröffentlicht keine IP-Adressen, die Sie zulassen könnten: Braze' Azure-Seite verweist auf die Netzwerkeinstellungen des Speicherkontos selbst (Firewallregeln, private Endpunkte).
azure-preflight-fix-tenant = Geben Sie die **Verzeichnis-ID (Mandanten-ID)** des Mandanten der App ein, oder führen Sie das Skript angemeldet bei diesem Mandanten aus.
azure-preflight-fix-certificate = Erstellen Sie ein neues Zertifikat, fügen Sie es mit `--append` hinzu und aktualisieren Sie dann Braze: Die Aktualisierung beschreibt, wie.

## Zugangsdaten: Ablauf und Aktualisierung

azure-expiry-connection-string = Funktionieren die Zugangsdaten nicht mehr, sendet der Konnektor keine Ereignisse mehr; dauert das länger als { $hours } Stunden, werden seine Ereignisse verworfen und die Daten sind endgültig verloren (Braze' Azure-Seite).
azure-expiry-certificate = Läuft das Zertifikat ab, sendet der Konnektor keine Ereignisse, bis ein gültiges Zertifikat vorliegt, und eine lange Unterbrechung kann zu Datenverlust führen (Braze' Azure-Seite nennt keine Frist).
azure-update-keys-title = Den Zugriffsschlüssel ohne Unterbrechung rotieren
azure-update-keys-regenerate-unused = Generieren Sie unter **Access Keys** des Speicherkontos den Schlüssel neu, den Braze nicht verwendet (Azure hält dafür zwei bereit).
azure-update-keys-update-braze = Kopieren Sie die Verbindungszeichenfolge dieses Schlüssels in Braze: **Edit Current** > **Credentials** > **Update Current**, oder für Exporte **Microsoft Azure** unter Technologiepartner.
azure-update-keys-test = Prüfen Sie, ob Braze sie annimmt (Braze prüft die Zugangsdaten eines Current, wenn Sie sie aktualisieren), und ob weiterhin Dateien im Container ankommen.
azure-update-keys-regenerate-old = Generieren Sie dann den anderen Schlüssel neu, den Braze vorher verwendet hat.
azure-update-certificate-title = Das Zertifikat vor dem Ablauf erneuern
azure-update-certificate-new = Erstellen Sie mit den Befehlen für das Zertifikat ein neues Zertifikat.
azure-update-certificate-append = Fügen Sie es der App hinzu und behalten Sie das aktuelle (`--append`).
azure-update-certificate-update-braze = Wählen Sie in Braze **Edit Current** > **Credentials**, geben Sie die neue Datei `braze-currents.pem` an und wählen Sie dann **Update Current**.
azure-update-certificate-remove-old = Sobald Braze mit dem neuen funktioniert, entfernen Sie das alte Zertifikat aus der App.
azure-update-switch-title = Methode wechseln
azure-update-switch-azure-side = Erledigen Sie zuerst die Azure-Seite der anderen Methode (ihre Schritte oben).
azure-update-switch-braze = Öffnen Sie in Braze unter **Currents** Ihren Azure-Blob-Konnektor, wählen Sie **Edit Current** > **Credentials**, wählen Sie die Methode, geben Sie ihre Werte an und wählen Sie dann **Update Current**.

## Beschriftungen, wie der Bildschirm sie zeigt

azure-label-create-storage-account = **Storage Accounts** > **+ Add** > **Review + create**
azure-label-access-keys = **Access Keys**
azure-label-blobs = **Blob Service** > **Blobs**
azure-label-create-current = **Currents** > **+ Create Current** (**+ Current erstellen**) > **Azure Blob Data Export**
azure-label-export-partner = **Partnerintegrationen** > **Technologiepartner** > **Microsoft Azure**
azure-label-default-destination = **Make this the default data export destination**
azure-label-new-registration = **Microsoft Entra ID** > **App-Registrierungen (App registrations)** > **+ Neue Registrierung (+ New registration)**, dann **Registrieren (Register)**
azure-label-app-ids = **Übersicht (Overview)**: **Anwendungs-ID (Client-ID)** (**Application (client) ID**) und **Verzeichnis-ID (Mandanten-ID)** (**Directory (tenant) ID**)
azure-label-upload-certificate = **Zertifikate & Geheimnisse (Certificates & secrets)** > **Zertifikate (Certificates)** > **Zertifikat hochladen (Upload certificate)**, dann **Hinzufügen (Add)**
azure-label-add-role-assignment = **Zugriffssteuerung (IAM)** (**Access Control (IAM)**) > **+ Hinzufügen (+ Add)** > **Rollenzuweisung hinzufügen (Add role assignment)**
azure-label-role-assignment-tabs = **Rolle (Role)**: **Storage Blob Data Contributor**; **Mitglieder (Members)**: **Benutzer, Gruppe oder Dienstprinzipal (User, group, or service principal)**, **+ Mitglieder auswählen (+ Select members)**; **Überprüfen + zuweisen (Review + assign)**
azure-label-endpoints = **Einstellungen (Settings)** > **Endpunkte (Endpoints)**: **Blob-Dienst (Blob service)**
azure-label-certificate-fields = **Credentials** (Zugangsdaten): **Certificate Service Principal**; **Tenant ID**, **Client ID**, **Account Endpoint**, **Certificate**, **Container Name**, **Prefix**
azure-label-update-current = **Edit Current** > **Credentials** > **Update Current**

## Die Anleitung (die Anbieter-Engine: src/core/providers/guide.rs). Wo zu klicken ist, steht unter
## jedem Schritt mit den Beschriftungen oben (azure-label-*).

provider-azure-auth-connection-string-hint = Die Verbindungszeichenfolge des Speicherkontos, nur in Braze eingegeben. Für Currents, den Datenexport und die Nachrichtenarchivierung.
provider-azure-auth-certificate-hint = Der Dienstprinzipal einer App-Registrierung, der sich mit einem Zertifikat anmeldet, ohne Kontoschlüssel. Nur Braze Currents.
provider-azure-step-storage = Speicherkonto und Container erstellen
provider-azure-step-storage-body = Erstellen Sie im Azure-Portal ein Speicherkonto für die Daten von Braze (Braze empfiehlt ein neues) und darin einen Container. Oder führen Sie das Skript unten aus oder wenden Sie die Terraform-Konfiguration an.
provider-azure-step-connection-string = Verbindungszeichenfolge kopieren
provider-azure-step-connection-string-body = Kopieren Sie in den Zugriffsschlüsseln des Speicherkontos die Verbindungszeichenfolge eines der beiden Schlüssel: Braze verwendet die Verbindungszeichenfolge, nicht den Schlüssel. Sie gehört nur in Braze: Fügen Sie sie nie hier ein.
provider-azure-step-app = Eine App für Braze registrieren
provider-azure-step-app-body = Registrieren Sie eine App (zum Beispiel `braze-currents`) und notieren Sie ihre Anwendungs-ID (Client-ID) und Verzeichnis-ID (Mandanten-ID): Geben Sie sie oben im Formular ein, um sie zu prüfen.
provider-azure-step-certificate = Zertifikat erstellen und hochladen
provider-azure-step-certificate-body = Erstellen Sie das Zertifikat und seinen privaten Schlüssel mit den Befehlen unten, laden Sie das Zertifikat (nie den privaten Schlüssel) in die App hoch und notieren Sie sein Ablaufdatum.
provider-azure-step-role = Storage Blob Data Contributor für das Speicherkonto gewähren
provider-azure-step-role-body = Weisen Sie der App die Rolle **Storage Blob Data Contributor** für das Speicherkonto zu, nicht für den Container. Ohne sie meldet sich Braze an, kann aber nicht schreiben. Das Skript oben weist sie bereits zu.
provider-azure-step-endpoint = Kontoendpunkt notieren
provider-azure-step-endpoint-body = Braze fragt nach dem Blob-Dienst-Endpunkt des Speicherkontos: { $endpoint }
provider-azure-placeholder-endpoint = https://IHR-SPEICHERKONTO.blob.core.windows.net
provider-azure-step-currents-connection-string = Erstellen Sie in Braze den Current mit einem Namen und einer Kontakt-E-Mail und geben Sie dann Ihre Verbindungszeichenfolge, den Containernamen und das BlobStorage-Präfix (optional) an. Wählen Sie zum Schluss die zu exportierenden Ereignisse aus und starten Sie den Current.
provider-azure-step-currents-certificate = Erstellen Sie in Braze den Current mit einem Namen und einer Kontakt-E-Mail, wählen Sie den Dienstprinzipal mit Zertifikat und füllen Sie die Mandanten-ID, die Client-ID, den Kontoendpunkt, die kombinierte PEM-Datei (Zertifikat und privater Schlüssel, nur in Braze hochgeladen), den Containernamen und das Präfix (optional) aus. Braze prüft die Angaben beim Speichern; wählen Sie dann die zu exportierenden Ereignisse aus und starten Sie den Current.
provider-azure-step-export-body = Öffnen Sie in Braze Microsoft Azure unter den Technologiepartnern, geben Sie Ihre Verbindungszeichenfolge, den Azure-Speichercontainernamen und das Azure-Speicherpräfix an, achten Sie darauf, dass **Make this the default data export destination** aktiviert ist (Ihre Exporte gehen dann an Azure), und speichern Sie.
provider-azure-snippet-preflight-script = Schreibgeschütztes Vorabprüfungsskript (Azure CLI)
provider-azure-checker-intro = Sie haben schon eine App? Fügen Sie ein, was `az role assignment list --all --assignee CLIENT_ID` ausgibt (JSON), um zu sehen, ob sie Storage Blob Data Contributor für das Speicherkonto hat, was fehlt und was zu weit geht. Nichts verlässt Ihren Browser.
provider-azure-checker-needs-values = Geben Sie zuerst oben im Formular einen gültigen Speicherkontonamen und die Client-ID der App ein: Nur die Zuweisungen der App zählen.
