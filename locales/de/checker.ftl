# Prüfung: „Vorhandene Richtlinie prüfen“.
# Auszeichnung: **Beschriftung** für eine Schaltfläche oder ein Menü, `Literal` für Code.
# $statement ist die Position einer Anweisung in der eingefügten Richtlinie, ab 1 gezählt.

## Oberfläche

checker-heading = Vorhandene Richtlinie prüfen
checker-intro = Sie haben bereits einen Benutzer oder eine Rolle? Fügen Sie hier die zugehörige Richtlinie ein, um vor dem Klick auf **{ -braze-test-credentials }** in Braze zu sehen, ob sie alles gewährt, was Braze braucht. Die Richtlinie verlässt Ihren Browser nicht.
checker-field-label = Zu prüfende Richtlinie (JSON)
checker-field-hint = Die identitätsbasierte Richtlinie von der Registerkarte **{ -aws-json-tab }** der Richtlinie oder die Vertrauensrichtlinie der Rolle von deren Registerkarte **{ -aws-trust-relationships }**.
checker-column-action = Aktion
checker-column-resource = Ressource
checker-column-access = Ergebnis
checker-warnings-heading = Mehr Rechte als nötig
checker-trust-heading = Vertrauensrichtlinie
checker-notes-heading = Gut zu wissen
checker-example-matches = erfasst
checker-example-no-match = nicht erfasst

## Ergebnisse

checker-verdict-sufficient-identity = Diese Richtlinie gewährt alles, was { $integration ->
        [currents] Braze Currents für { $bucket } benötigt
        [dashboard-export] der Dashboard-Datenexport für { $bucket } benötigt
       *[both] Braze Currents und der Dashboard-Datenexport für { $bucket } benötigen
    }.
checker-verdict-insufficient-identity = { $count ->
        [one] Eine der { $total } Berechtigungen, die Braze für { $bucket } benötigt, ist nicht mit Sicherheit gewährt.
       *[other] { $count } der { $total } Berechtigungen, die Braze für { $bucket } benötigt, sind nicht mit Sicherheit gewährt.
    } Der Test der Zugangsdaten in Braze würde wahrscheinlich fehlschlagen.
checker-verdict-sufficient-trust = Das Braze-Konto { $account } kann diese Rolle mit Ihrer externen ID übernehmen.
checker-verdict-insufficient-trust = In dieser Form erlaubt die Vertrauensrichtlinie Braze nicht, die Rolle mit Ihrer externen ID zu übernehmen.
checker-verdict-invalid = Dieser Text lässt sich nicht prüfen.

## Ergebnis einer Berechtigung

checker-access-granted = Gewährt
checker-access-missing = Fehlt
checker-access-denied = Durch ein explizites `Deny` verweigert (Anweisung { $statement })
checker-access-depends-allow = Nur unter einer Bedingung gewährt, die diese Prüfung nicht auswerten kann: { $conditions } ({ $count ->
        [one] Anweisung
       *[other] Anweisungen
    } { $statements })
checker-access-depends-deny = Möglicherweise verweigert, abhängig von einer Bedingung, die diese Prüfung nicht auswerten kann: { $conditions } ({ $count ->
        [one] Anweisung
       *[other] Anweisungen
    } { $statements })
checker-access-missing-some = Nicht für jeden Schlüssel gewährt, den Braze hier schreibt: `{ $example }` bleibt außen vor
checker-access-denied-some = Für einen Teil der Schlüssel, die Braze hier schreibt, durch ein explizites `Deny` verweigert (Anweisung { $statement }), etwa `{ $example }`
checker-access-too-complex = Nicht geprüft: Die Platzhalter dieser Richtlinie sind zu verschachtelt, um sie hier zu beurteilen; vereinfachen Sie ihre Ressourcen

## Mehr Rechte als nötig

checker-warning-all-actions = Anweisung { $statement } erlaubt jede Aktion jedes AWS-Service (`"Action": "*"`).
checker-warning-not-action = Anweisung { $statement } erlaubt alle Aktionen außer den unter `NotAction` aufgeführten: weit mehr, als Braze braucht.
checker-warning-action-wildcard = Anweisung { $statement } erlaubt { $pattern } und deckt damit mehr Aktionen ab, als Braze braucht.
checker-warning-extra-actions = Anweisung { $statement } erlaubt außerdem { $actions }; das braucht Braze für diese Integration nicht.
checker-warning-all-resources = Anweisung { $statement } gilt für alle Ressourcen (`"Resource": "*"`), nicht nur für Ihren Bucket.
checker-warning-not-resource = Anweisung { $statement } gilt für alle Ressourcen außer den unter `NotResource` aufgeführten.
checker-warning-other-buckets = Anweisung { $statement }: { $pattern } erfasst auch andere Buckets als { $bucket }.
checker-warning-other-resources = Anweisung { $statement }: { $pattern } erfasst auch andere Ressourcen als Ihren Bucket und seine Objekte.
checker-warning-any-principal = Anweisung { $statement } erlaubt jedem, diese Rolle zu übernehmen: jedem AWS-Konto, nicht nur dem von Braze. Beschränken Sie `Principal` auf das Konto von Braze.
checker-warning-other-principals = Anweisung { $statement } vertraut außerdem { $principals }.

## Befunde zur Vertrauensrichtlinie

checker-trust-principal-allowed = Das Braze-Konto { $account } ist ein vertrauenswürdiger Prinzipal.
checker-trust-principal-any = Das Braze-Konto { $account } ist vertrauenswürdig, aber nur, weil jeder Prinzipal es ist.
checker-trust-principal-specific = Nur bestimmte Identitäten des Braze-Kontos sind vertrauenswürdig ({ $principals }). Die Einrichtung von Braze vertraut dem gesamten Konto { $account }: Diese Prüfung kann nicht feststellen, ob Braze über eine dieser Identitäten zugreift.
checker-trust-principal-missing = Keine Anweisung erlaubt dem Braze-Konto { $account }, `sts:AssumeRole` für diese Rolle aufzurufen.
checker-trust-external-id-equal = Die Bedingung `sts:ExternalId` ist vorhanden und stimmt mit Ihrer externen ID { $external_id } überein.
checker-trust-external-id-missing = Eine Anweisung vertraut dem Braze-Konto ohne Bedingung `sts:ExternalId`. Aktivieren Sie beim Erstellen der Rolle **{ -aws-require-external-id }**, damit nur Anfragen mit Ihrer externen ID akzeptiert werden.
checker-trust-external-id-different = Die Bedingung `sts:ExternalId` erwartet { $found }, nicht Ihre externe ID { $external_id }.
checker-trust-external-id-unverifiable = Die Bedingung `sts:ExternalId` verwendet { $operator }; diesen Operator wertet die Prüfung nicht aus.
checker-trust-external-id-open = Die Bedingung `sts:ExternalId` verwendet { $operator } mit { $value } und lässt damit auch andere externe IDs zu, oder gar keine: Jeder Braze-Kunde, der den ARN dieser Rolle erfährt, könnte Braze diese Rolle verwenden lassen (das „Confused Deputy“-Problem, das die externe ID verhindern soll). Verwenden Sie `StringEquals` mit genau Ihrer externen ID.

## Hinweise

checker-note-trust-with-secret-key = Sie haben die Methode mit geheimem Zugriffsschlüssel gewählt: Braze meldet sich dann als IAM-Benutzer an, und die Vertrauensrichtlinie einer Rolle ist dabei ohne Belang.
checker-note-organizations = Gehört Ihr Konto zu einer Organisation in AWS Organizations, können deren Service-Kontrollrichtlinien (SCPs) und Ressourcen-Kontrollrichtlinien (RCPs) trotzdem ablehnen, was diese Richtlinie erlaubt: Sie sind von hier aus nicht lesbar.
## Warum sich ein Text nicht prüfen lässt

checker-error-location = Zeile { $line }, Spalte { $column }:
checker-error-empty = Fügen Sie zuerst eine Richtlinie ein: ein JSON-Dokument, das mit `{"{"}` beginnt.
checker-error-too-long = Dieser Text hat ohne Leerraum mehr als { $max } Zeichen: länger als jede Richtlinie, die IAM speichert, daher wird er nicht gelesen.
checker-error-identity-too-long = Diese Identitätsrichtlinie hat ohne Leerraum { $chars } Zeichen; IAM speichert keine verwaltete Richtlinie mit mehr als { $max } Zeichen.
checker-error-trust-too-long = Diese Vertrauensrichtlinie hat ohne Leerraum { $chars } Zeichen; IAM akzeptiert für eine Rolle höchstens { $max } Zeichen (sofern das Kontingent Ihres Kontos nicht erhöht wurde).
checker-error-syntax = Das ist kein gültiges JSON.
checker-error-trailing-comma = Auf ein Komma folgt nichts mehr: JSON erlaubt kein Komma nach dem letzten Element einer Liste oder eines Objekts.
checker-error-key-not-string = Ein Name steht nicht in doppelten Anführungszeichen: JSON schreibt `"Effect"`, nie `Effect` oder `'Effect'`.
checker-error-trailing-characters = Nach dem Ende der Richtlinie folgt noch Text. Fügen Sie ein einzelnes JSON-Dokument ein.
checker-error-truncated = Der Text endet vor dem JSON-Dokument: Wahrscheinlich fehlt eine schließende `{"}"}` oder `]`.
checker-error-not-object = Das ist JSON, aber keine IAM-Richtlinie: Eine Richtlinie ist ein Objekt mit `Version` und `Statement`.
checker-error-unknown-element = { $name } ist kein Element einer IAM-Richtlinie. Prüfen Sie die Schreibweise sowie Groß- und Kleinschreibung.
checker-error-duplicate-element = { $name } kommt zweimal vor.
checker-error-missing-element = Der Richtlinie fehlt das Element { $element }.
checker-error-missing-in-statement = In Anweisung { $statement } fehlt das Element { $element }.
checker-error-version = Die Version { $found } kennt IAM nicht: Verwenden Sie `2012-10-17`.
checker-error-wrong-type = Der Wert von { $element } sollte { $expected ->
        [text] ein Text in doppelten Anführungszeichen
        [object-or-list] ein Objekt oder eine Liste von Objekten
       *[text-or-list] ein Text oder eine Liste von Texten
    } sein.
checker-error-statement-not-object = Anweisung { $statement } ist kein Objekt zwischen `{"{"}` und `{"}"}`.
checker-error-effect = Der Effekt { $found } ist ungültig: Schreiben Sie `Allow` oder `Deny`, genau in dieser Groß- und Kleinschreibung.
checker-error-exclusive = Anweisung { $statement } enthält sowohl { $first } als auch { $second }; IAM akzeptiert nur eines von beiden.
checker-error-principal = Der Prinzipal von Anweisung { $statement } ist ungültig: Schreiben Sie `"*"` oder ein Objekt wie `{"{"}"AWS": "arn:aws:iam::123456789012:root"{"}"}`.
checker-error-condition = Die Bedingung von Anweisung { $statement } ist ungültig: Schreiben Sie ein Objekt aus Operatoren, von denen jeder ein Objekt aus Schlüsseln und Werten ist.
checker-error-resource-policy = Diese Richtlinie nennt sowohl einen `Principal` als auch eine `Resource`: Es ist eine ressourcenbasierte Richtlinie, etwa eine Bucket-Richtlinie. Fügen Sie die identitätsbasierte Richtlinie ein, die dem Benutzer oder der Rolle angefügt ist, oder die Vertrauensrichtlinie der Rolle.
checker-error-trust-without-principal = Das sieht nach einer Vertrauensrichtlinie aus, aber Anweisung { $statement } hat keinen `Principal`.
checker-error-bucket = Geben Sie oben zuerst einen gültigen Bucket-Namen ein: Die Prüfung vergleicht die Richtlinie mit Ihrem Bucket.
checker-error-trust-values = Das ist eine Vertrauensrichtlinie. Geben Sie oben zuerst die AWS-Konto-ID von Braze und die externe ID ein: Die Prüfung vergleicht die Richtlinie mit diesen Werten.
checker-error-trust-secret-key = Das ist die Vertrauensrichtlinie einer Rolle, Sie haben aber die Methode mit geheimem Zugriffsschlüssel gewählt, bei der keine Rolle beteiligt ist. Um sie zu prüfen, wählen Sie die Methode mit Rollen-ARN und geben Sie die AWS-Konto-ID von Braze und die externe ID ein.
