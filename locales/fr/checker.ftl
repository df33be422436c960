# Vérificateur : « Vérifier une politique existante ».
# Balisage : **libellé** pour un bouton ou un menu, `littéral` pour du code.
# $statement est la position d'une instruction dans la politique collée, à partir de 1.

## Interface

checker-heading = Vérifier une politique existante
checker-intro = Vous avez déjà un utilisateur ou un rôle ? Collez sa politique ici pour savoir, avant de cliquer sur **{ -braze-test-credentials }** dans Braze, si elle accorde ce dont Braze a besoin. La politique ne quitte pas votre navigateur.
checker-field-label = Politique à vérifier (JSON)
checker-field-hint = La politique d'identité, depuis l'onglet **{ -aws-json-tab }** de la politique, ou la politique d'approbation du rôle, depuis son onglet **{ -aws-trust-relationships }**.
checker-column-action = Action
checker-column-resource = Ressource
checker-column-access = Résultat
checker-warnings-heading = Autorisations au-delà du nécessaire
checker-trust-heading = Politique d'approbation
checker-notes-heading = Bon à savoir
checker-example-matches = correspond
checker-example-no-match = ne correspond pas

## Verdicts

checker-verdict-sufficient-identity = Cette politique accorde tout ce dont { $integration ->
        [currents] Braze Currents a besoin
        [dashboard-export] l'export des données du tableau de bord a besoin
       *[both] Braze Currents et l'export des données du tableau de bord ont besoin
    } sur { $bucket }.
checker-verdict-insufficient-identity = { $count ->
        [one] Une des { $total } autorisations dont Braze a besoin sur { $bucket } n'est pas accordée de façon certaine.
       *[other] { $count } des { $total } autorisations dont Braze a besoin sur { $bucket } ne sont pas accordées de façon certaine.
    } Le test des identifiants de Braze échouerait probablement.
checker-verdict-sufficient-trust = Le compte de Braze { $account } peut endosser ce rôle avec votre ID externe.
checker-verdict-insufficient-trust = En l'état, cette politique d'approbation ne permet pas à Braze d'endosser le rôle avec votre ID externe.
checker-verdict-invalid = Ce texte ne peut pas être vérifié.

## Résultat pour une autorisation

checker-access-granted = Accordée
checker-access-missing = Manquante
checker-access-denied = Refusée par un `Deny` explicite (instruction { $statement })
checker-access-depends-allow = Accordée seulement sous une condition que cette vérification ne sait pas évaluer : { $conditions } ({ $count ->
        [one] instruction
       *[other] instructions
    } { $statements })
checker-access-depends-deny = Peut être refusée, selon une condition que cette vérification ne sait pas évaluer : { $conditions } ({ $count ->
        [one] instruction
       *[other] instructions
    } { $statements })
checker-access-missing-some = Pas accordée pour toutes les clés que Braze écrit ici : `{ $example }` est laissée de côté
checker-access-denied-some = Refusée pour une partie des clés que Braze écrit ici par un `Deny` explicite (instruction { $statement }), par exemple `{ $example }`
checker-access-too-complex = Non vérifiée : les caractères génériques de cette politique sont trop enchevêtrés pour être jugés ici ; simplifiez ses ressources

## Autorisations au-delà du nécessaire

checker-warning-all-actions = L'instruction { $statement } autorise toutes les actions de tous les services AWS (`"Action": "*"`).
checker-warning-not-action = L'instruction { $statement } autorise toutes les actions sauf celles de `NotAction` : bien plus que ce dont Braze a besoin.
checker-warning-action-wildcard = L'instruction { $statement } autorise { $pattern }, qui couvre plus d'actions que Braze n'en utilise.
checker-warning-extra-actions = L'instruction { $statement } autorise aussi { $actions }, dont Braze n'a pas besoin pour cette intégration.
checker-warning-all-resources = L'instruction { $statement } s'applique à toutes les ressources (`"Resource": "*"`), pas seulement à votre compartiment.
checker-warning-not-resource = L'instruction { $statement } s'applique à toutes les ressources sauf celles de `NotResource`.
checker-warning-other-buckets = Instruction { $statement } : { $pattern } désigne aussi d'autres compartiments que { $bucket }.
checker-warning-other-resources = Instruction { $statement } : { $pattern } désigne aussi d'autres ressources que votre compartiment et ses objets.
checker-warning-any-principal = L'instruction { $statement } permet à n'importe qui d'endosser ce rôle : tout compte AWS, pas seulement celui de Braze. Limitez `Principal` au compte de Braze.
checker-warning-other-principals = L'instruction { $statement } approuve aussi { $principals }.

## Politique d'approbation

checker-trust-principal-allowed = Le compte de Braze { $account } fait partie des principaux approuvés.
checker-trust-principal-any = Le compte de Braze { $account } est approuvé, mais seulement parce que tous les principaux le sont.
checker-trust-principal-specific = Seules certaines identités du compte de Braze sont approuvées ({ $principals }). La configuration de Braze approuve le compte { $account } entier : cette vérification ne peut pas savoir si Braze appelle depuis l'une d'elles.
checker-trust-principal-missing = Aucune instruction ne permet au compte de Braze { $account } d'appeler `sts:AssumeRole` sur ce rôle.
checker-trust-external-id-equal = La condition `sts:ExternalId` est présente et correspond à votre ID externe { $external_id }.
checker-trust-external-id-missing = Une instruction approuve le compte de Braze sans condition `sts:ExternalId`. Cochez **{ -aws-require-external-id }** en créant le rôle : seules les demandes qui portent votre ID externe seront acceptées.
checker-trust-external-id-different = La condition `sts:ExternalId` attend { $found }, et non votre ID externe { $external_id }.
checker-trust-external-id-unverifiable = La condition `sts:ExternalId` utilise { $operator }, que cette vérification n'évalue pas.
checker-trust-external-id-open = La condition `sts:ExternalId` utilise { $operator } avec { $value }, ce qui admet aussi d'autres ID externes, ou aucun : tout client de Braze qui apprend l'ARN de ce rôle pourrait le faire utiliser par Braze (l'« adjoint confus » que l'ID externe sert à empêcher). Utilisez `StringEquals` avec exactement votre ID externe.

## Remarques

checker-note-trust-with-secret-key = Vous avez choisi la méthode par clé d'accès secrète : Braze se connecte alors comme un utilisateur IAM, et la politique d'approbation d'un rôle n'intervient pas.
checker-note-organizations = Si votre compte fait partie d'une organisation AWS Organizations, ses politiques de contrôle des services (SCP) et de contrôle des ressources (RCP) peuvent encore refuser ce que cette politique permet : elles ne sont pas lisibles d'ici.
## Pourquoi un texte ne peut pas être vérifié

checker-error-location = Ligne { $line }, colonne { $column } :
checker-error-empty = Collez d'abord une politique : un document JSON qui commence par `{"{"}`.
checker-error-too-long = Ce texte compte plus de { $max } caractères hors espaces : plus long que toute politique qu'IAM accepte, il n'est pas lu.
checker-error-identity-too-long = Cette politique d'identité compte { $chars } caractères hors espaces ; IAM n'accepte aucune politique gérée de plus de { $max } caractères.
checker-error-trust-too-long = Cette politique d'approbation compte { $chars } caractères hors espaces ; IAM accepte une politique d'approbation de rôle de { $max } caractères au plus (sauf si le quota de votre compte a été relevé).
checker-error-syntax = Ce texte n'est pas du JSON valide.
checker-error-trailing-comma = Une virgule n'est suivie de rien : JSON n'admet pas de virgule après le dernier élément d'une liste ou d'un objet.
checker-error-key-not-string = Un nom n'est pas entre guillemets droits doubles : JSON écrit `"Effect"`, jamais `Effect` ni `'Effect'`.
checker-error-trailing-characters = Du texte suit la fin de la politique. Collez un seul document JSON.
checker-error-truncated = Le texte s'arrête avant la fin du document JSON : il manque sans doute un `{"}"}` ou un `]` fermant.
checker-error-not-object = C'est du JSON, mais pas une politique IAM : une politique est un objet avec `Version` et `Statement`.
checker-error-unknown-element = { $name } n'est pas un élément de politique IAM. Vérifiez l'orthographe et les majuscules.
checker-error-duplicate-element = { $name } apparaît deux fois.
checker-error-missing-element = La politique n'a pas d'élément { $element }.
checker-error-missing-in-statement = L'instruction { $statement } n'a pas d'élément { $element }.
checker-error-version = La version { $found } n'existe pas pour IAM : utilisez `2012-10-17`.
checker-error-wrong-type = La valeur de { $element } doit être { $expected ->
        [text] un texte entre guillemets doubles
        [object-or-list] un objet, ou une liste d'objets
       *[text-or-list] un texte, ou une liste de textes
    }.
checker-error-statement-not-object = L'instruction { $statement } n'est pas un objet entre `{"{"}` et `{"}"}`.
checker-error-effect = L'effet { $found } n'est pas valide : écrivez `Allow` ou `Deny`, avec ces majuscules.
checker-error-exclusive = L'instruction { $statement } contient à la fois { $first } et { $second } ; IAM n'accepte que l'un des deux.
checker-error-principal = Le principal de l'instruction { $statement } n'est pas valide : écrivez `"*"` ou un objet comme `{"{"}"AWS": "arn:aws:iam::123456789012:root"{"}"}`.
checker-error-condition = La condition de l'instruction { $statement } n'est pas valide : écrivez un objet d'opérateurs, chacun étant un objet de clés et de valeurs.
checker-error-resource-policy = Cette politique nomme à la fois un `Principal` et une `Resource` : c'est une politique basée sur les ressources, comme une politique de compartiment. Collez la politique d'identité attachée à l'utilisateur ou au rôle, ou la politique d'approbation du rôle.
checker-error-trust-without-principal = Ce texte ressemble à une politique d'approbation, mais l'instruction { $statement } n'a pas de `Principal`.
checker-error-bucket = Saisissez d'abord un nom de compartiment valide ci-dessus : la vérification compare la politique à votre compartiment.
checker-error-trust-values = C'est une politique d'approbation. Saisissez d'abord ci-dessus l'ID de compte AWS de Braze et l'ID externe : la vérification compare la politique à ces valeurs.
checker-error-trust-secret-key = C'est la politique d'approbation d'un rôle, mais vous avez choisi la méthode par clé d'accès secrète, qui n'utilise pas de rôle. Pour la vérifier, choisissez la méthode par ARN de rôle et saisissez l'ID de compte de Braze et l'ID externe.
