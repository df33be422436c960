# braze-s3-companion — français
# Balisage : **libellé** pour un bouton ou un menu, `littéral` pour du code.

page-title = Amazon S3 — Documentation Braze (assistant)

## Interface du widget

widget-title = Assistant Amazon S3 pour Braze
widget-intro = Choisissez votre intégration et votre méthode d'authentification, saisissez le nom de votre compartiment : le guide ci-dessous s'écrit pour votre cas, avec des politiques prêtes à coller. Tout est calculé dans votre navigateur ; rien ne quitte la page.
lang-label = Langue
lang-loading = Chargement de la langue { $language }…
lang-failed = Impossible de charger la langue { $language } : le guide reste dans cette langue.
lang-retry = Réessayer
section-loading = Chargement de cette partie du guide…
section-failed = Impossible de charger cette partie du guide. Vérifiez votre connexion, puis réessayez.
setup-heading = Votre configuration
integration-legend = Intégration
integration-currents = Braze Currents
integration-currents-hint = Flux d'événements en continu vers votre compartiment.
integration-dashboard-export = Export des données du tableau de bord
integration-dashboard-export-hint = Exportations CSV, rapports d'engagement, etc.
integration-both = Les deux, sur un même compartiment
integration-both-hint = Chaque intégration a besoin de ses propres autorisations.
auth-legend = Méthode d'authentification
auth-secret-key = Clé d'accès secrète AWS
auth-secret-key-hint = Un utilisateur IAM dont vous saisissez la clé d'accès dans Braze.
auth-role-arn = ARN de rôle AWS
auth-role-arn-hint = Un rôle IAM que le compte AWS de Braze endosse, protégé par un ID externe.
values-legend = Vos valeurs
names-legend = Noms dans IAM (facultatif)
field-bucket = Nom du compartiment S3
field-bucket-hint = De 3 à 63 caractères : minuscules, chiffres, points et tirets.
field-account = ID de compte AWS de Braze
field-account-hint = 12 chiffres, affichés par Braze sur la page où vous créez l'intégration.
field-external-id = ID externe
field-external-id-hint = Affiché par Braze à côté de son ID de compte.
field-folder = Chemin d'accès au dossier (Currents)
field-folder-hint = Par défaut : `currents`. Braze crée le dossier s'il n'existe pas.
field-sse = Chiffrement AES-256 côté serveur, au repos (SSE-S3)
field-sse-hint = Désactivé par défaut. Activé, Braze envoie l'en-tête `x-amz-server-side-encryption`.
field-user-name = Nom de l'utilisateur IAM
field-role-name = Nom du rôle IAM
field-policy-name = Nom de la politique IAM
field-own-account = Votre ID de compte AWS (facultatif)
field-own-account-hint = Pour afficher l'ARN exact du rôle à coller dans Braze.
field-default-hint = Laissez vide pour utiliser « { $default } ».
guide-heading = Votre guide
step-number = Étape { $number }
note-note = Remarque
note-tip = Conseil
note-important = Important
note-warning = Attention
copy-button = Copier
copy-button-done = Copié !
copy-button-label = Copier : { $title }
copy-done = Copié dans le presse-papiers.
copy-manual = Copie automatique impossible : le texte est sélectionné, appuyez sur Ctrl+C (⌘+C sur Mac).
copy-placeholder = Rien n'a été copié : saisissez d'abord les valeurs signalées dans le document. Avec un espace réservé, AWS le refuserait.
download-button = Télécharger
download-button-label = Télécharger : { $title }
snippet-waiting = Cet extrait apparaîtra dès que ces champs seront valides :
snippet-placeholder = Tant que ces valeurs ne sont pas saisies, le document affiche un espace réservé à la place de chacune :
error-label = Erreur :
warning-label = Avertissement :
widget-crashed = Le widget a rencontré une erreur. Rechargez la page ; si le problème persiste, suivez la documentation Braze.
storage-not-kept = Votre progression n'est pas conservée : ce navigateur refuse de l'enregistrer (stockage plein ou bloqué). Ce que vous saisissez et cochez ne reste que jusqu'à ce que vous quittiez ou rechargiez la page ; pour le garder, utilisez **Copier le lien vers cette configuration** (vos valeurs) ou **Copier en Markdown** (vos coches).

## Valeurs manquantes dans le texte du guide

placeholder-bucket = nom-de-votre-compartiment
placeholder-folder = chemin-du-dossier
placeholder-account = ID de compte Braze
placeholder-external-id = ID externe Braze
placeholder-user = nom-de-l-utilisateur
placeholder-role = nom-du-role
placeholder-policy = nom-de-la-politique
placeholder-connector = nom-du-connecteur

## Extraits

snippet-title-policy-currents = Politique pour Braze Currents
snippet-title-policy-dashboard-export = Politique pour l'export des données du tableau de bord
snippet-title-policy-combined = Politique unique couvrant les deux intégrations
snippet-title-trust-policy = Politique d'approbation du rôle (trust policy)
snippet-title-role-arn = ARN du rôle à coller dans Braze
snippet-title-bucket-policy-sse = Politique de compartiment : refuser les envois non chiffrés (facultatif)
file-bucket-policy-sse = { $bucket }-politique-compartiment-sse.json
file-policy-currents = { $bucket }-politique-currents.json
file-policy-dashboard-export = { $bucket }-politique-export-tableau-de-bord.json
file-policy-combined = { $bucket }-politique-combinee.json
file-trust-policy = { $bucket }-politique-approbation.json
file-role-arn = { $bucket }-arn-du-role.txt

## Règles de saisie

rule-required = Ce champ est obligatoire.
rule-bucket-length = Le nom doit compter de { $min } à { $max } caractères ({ $len } actuellement).
rule-bucket-uppercase = Les majuscules sont interdites : écrivez le nom en minuscules.
rule-bucket-characters = Caractères interdits : { $found }. Seuls les minuscules (a-z), les chiffres, les points et les tirets sont permis.
rule-bucket-edge = Le nom doit commencer et finir par une lettre minuscule ou un chiffre.
rule-bucket-double-dot = Le nom ne peut pas contenir deux points consécutifs (`..`).
rule-bucket-ip-address = Le nom ne peut pas avoir la forme d'une adresse IP (comme `192.168.5.4`).
rule-bucket-reserved-prefix = Le nom ne peut pas commencer par { $prefix }, préfixe réservé par AWS.
rule-bucket-reserved-suffix = Le nom ne peut pas finir par { $suffix }, suffixe réservé par AWS.
rule-bucket-dots = Nom valide, mais les points empêchent l'accès HTTPS de type « virtual-hosted » et S3 Transfer Acceleration. Préférez des tirets si vous le pouvez.
rule-account-id = Un ID de compte AWS compte exactement { $digits } chiffres, sans espaces ni tirets.
rule-external-id-length = L'ID externe doit compter de { $min } à { NUMBER($max) } caractères ({ $len } actuellement).
rule-external-id-characters = Caractères interdits dans un ID externe : { $found }. Permis : lettres, chiffres et `+ = , . @ : / - _`.
rule-name-length = Le nom doit compter de 1 à { $max } caractères ({ $len } actuellement).
rule-name-characters = Caractères interdits dans un nom IAM : { $found }. Permis : lettres, chiffres et `+ = , . @ - _`.
rule-role-path-length = Le chemin du rôle doit compter au plus { $max } caractères, barres obliques comprises ({ $len } actuellement).
rule-role-path-empty-segment = Le chemin du rôle ne doit pas contenir de segment vide (`//`).
rule-role-path-characters = Caractères que cette page n'écrit pas dans le chemin d'un rôle : { $found }. Entre les `/`, utilisez lettres, chiffres et `+ = , . @ - _`.
rule-folder-leading-slash = Le chemin ne doit pas commencer par `/`.
rule-folder-empty-segment = Le chemin ne doit pas contenir de segment vide (`//` ou `/` final).
rule-folder-dot-dot = Le chemin ne doit pas contenir de segment `..`.
rule-folder-characters = Caractères interdits dans un chemin de dossier : { $found }. Amazon S3 les déconseille dans les noms d'objets : barre oblique inverse, accolades, crochets, accents graves, guillemets, `^ % ~ # | < >` et caractères de contrôle comme les retours à la ligne.
rule-folder-invisible = Le chemin contient des caractères de mise en forme invisibles ({ $found }) : le chemin qu'Amazon S3 enregistrerait n'est pas celui que vous voyez. Retapez-le sans eux.
rule-folder-length = Le chemin ne doit pas dépasser { $max } octets ({ NUMBER($len) } actuellement ; une lettre hors A–Z occupe 2 à 4 octets) : une clé d'objet Amazon S3 s'arrête à { NUMBER($key) } octets, dont { $room } restent réservés aux noms de fichiers que Braze écrit sous ce chemin.
rule-folder-duplicate = Un autre connecteur utilise déjà ce chemin : chaque connecteur a besoin du sien.
rule-folder-nested = Ce chemin se trouve à l'intérieur du dossier { $parent } d'un autre connecteur : choisissez un chemin distinct.
rule-folder-contains = Le dossier principal { $child } se trouve à l'intérieur de ce chemin : choisissez un chemin distinct.
rule-not-in-link = Trop long pour un lien : l'adresse de la page et **Copier le lien vers cette configuration** laissent cette valeur de côté.

## Guide : conditions préalables et compartiment

step-prerequisites = Conditions préalables
prereq-intro = Avant de commencer, vérifiez ces points.
prereq-aws-account = Vous disposez d'un compte AWS (Amazon S3).
prereq-dedicated-bucket = Vous utilisez un compartiment S3 dédié à Braze. Si vous en avez déjà un, Braze recommande tout de même d'en créer un nouveau pour Braze, afin de pouvoir limiter ses autorisations.
prereq-currents-access = Braze Currents est configuré pour votre compte Braze : il est nécessaire pour exporter les événements Currents vers S3. L'export des données du tableau de bord et l'archivage des messages n'ont pas besoin de Currents.
step-create-bucket = Créer le compartiment S3
bucket-open-console = Ouvrez la console Amazon S3 et cliquez sur **{ -aws-sign-in }** (ou sur **{ -aws-create-account }**). Une fois connecté, choisissez **{ -aws-s3 }** dans la catégorie **{ -aws-storage-category }**.
bucket-create = Cliquez sur **{ -aws-create-bucket }**, nommez le compartiment { $bucket } et choisissez sa région.
bucket-region-note = Braze n'a pas de réglage de région : il utilise la région du compartiment. Choisissez-la selon vos besoins.
bucket-object-lock = Currents ne prend pas en charge les compartiments avec S3 Object Lock : laissez cette option désactivée.

## Guide : chiffrement imposé (facultatif)

step-enforce-encryption = Facultatif : refuser les envois non chiffrés
sse-explain = Avec l'option AES-256 de Braze, chaque fichier arrive avec l'en-tête `{ $header }: AES256` : S3 le chiffre au repos avec des clés gérées par S3 (SSE-S3). SSE-KMS n'est pas pris en charge.
sse-bucket-policy = Pour que le compartiment { $bucket } refuse tout envoi sans SSE-S3, ouvrez-le dans la console S3, onglet **{ -aws-permissions-tab }**, section **{ -aws-bucket-policy }**, cliquez sur **{ -aws-edit }** et collez la politique ci-dessous.
sse-bucket-policy-warning = Avec cette politique, l'option **{ -braze-sse-option }** doit rester activée dans Braze : sinon S3 refuse les fichiers de Currents.
sse-bucket-policy-shared = Braze ne documente l'option AES-256 que pour Currents. Sur un compartiment partagé avec l'export du tableau de bord, vérifiez que ces exportations passent toujours avant de garder cette politique.

## Guide : méthode par clé d'accès secrète

step-sk-create-user = Créer un utilisateur IAM
sk-intro = Avec cette méthode, Braze s'authentifie comme un utilisateur IAM de votre compte AWS, grâce à un ID de clé d'accès et une clé d'accès secrète, pour écrire dans votre compartiment.
sk-user-create = Dans la console IAM, créez un utilisateur nommé { $user }. Le guide d'AWS pour créer un utilisateur IAM et un groupe d'administrateurs explique comment faire : `https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_create-admin-group.html`.
step-sk-credentials = Obtenir les informations d'identification
sk-credentials-show = Après la création de l'utilisateur, cliquez sur **{ -aws-show-credentials }** pour voir l'ID de clé d'accès et la clé d'accès secrète. Notez-les en lieu sûr ou cliquez sur **{ -aws-download-credentials }** : vous les saisirez plus tard dans Braze.
sk-credentials-secret = La clé d'accès secrète ne s'affiche qu'une fois. Ne la saisissez que dans Braze : ce widget ne la demande jamais et ne l'enregistre nulle part.

## Guide : politique d'autorisations

step-create-policy = Créer la politique d'autorisations
sk-policy-open = Allez dans **{ -aws-policies } > { -aws-get-started } > { -aws-create-policy }**, puis choisissez **{ -aws-create-own-policy }**. La politique limite Braze aux ressources qu'elle nomme.
role-policy-open = Connectez-vous à la console de gestion AWS en tant qu'administrateur du compte. Dans la section IAM, cliquez sur **{ -aws-policies }** dans la barre de navigation, puis sur **{ -aws-create-policy }**.
policy-differ-note = Currents et l'export des données du tableau de bord demandent des politiques différentes.
policy-both-which = Vous utilisez les deux intégrations sur ce compartiment : créez soit les deux politiques séparées (chacune limitée à son intégration, plus simple à retirer plus tard), soit la politique unique qui couvre les deux (une seule à attacher). Choisissez l'une ou l'autre solution, pas les deux.
sk-policy-paste = Nommez la politique { $policy } et collez le JSON ci-dessous dans la section **{ -aws-policy-document }**.
sk-policy-paste-both = Pour chaque politique que vous créez, collez son JSON ci-dessous dans la section **{ -aws-policy-document }** et nommez-la : { $currents } (Currents), { $dashboard } (export du tableau de bord) ou { $combined } (politique unique).
role-policy-paste = Ouvrez l'onglet **{ -aws-json-tab }**, collez le JSON ci-dessous dans la section **{ -aws-policy-document }**, puis cliquez sur **{ -aws-review-policy }**.
policy-why = Sans ces autorisations, la vérification des informations d'identification échoue et Braze ne crée pas l'intégration. `s3:GetObject` sert à la gestion des erreurs de Braze et aux liens de téléchargement.
role-policy-name = Donnez à la politique le nom { $policy } et une description, puis cliquez sur **{ -aws-create-policy }**.
role-policy-name-both = Donnez à chaque politique un nom et une description — { $currents } (Currents), { $dashboard } (export du tableau de bord) ou { $combined } (politique unique) — puis cliquez sur **{ -aws-create-policy }**.
policy-prefix-wildcard = La politique publiée par Braze pour l'export du tableau de bord avec une clé secrète cite `arn:aws:s3:::{ $bucket }*`. L'astérisque vaut aussi pour tout autre compartiment dont le nom commence par { $bucket } : ces compartiments-là sont également ouverts à Braze. Un nom de compartiment distinctif limite ce risque.
attach-which-one = Politique à joindre : { $policy }.
attach-which-both = Politiques à joindre : { $currents } et { $dashboard }, ou la seule { $combined }.
step-sk-attach = Joindre la politique à l'utilisateur
sk-attach = Allez dans **{ -aws-users }** et cliquez sur l'utilisateur { $user }. Dans l'onglet **{ -aws-permissions-tab }**, cliquez sur **{ -aws-attach-policy }** et sélectionnez la politique que vous venez de créer.

## Guide : méthode par ARN de rôle

step-role-create-role = Créer le rôle
role-role-open = Dans la même section IAM de la console, cliquez sur **{ -aws-roles } > { -aws-create-role }**.
role-ids-currents = Récupérez l'ID de compte Braze et l'ID externe pour Currents : dans Braze, allez dans **{ -braze-partner-integrations } > { -braze-currents }**, cliquez sur **{ -braze-create-currents }** (créer un Current) et sélectionnez **{ -braze-s3-data-export }** (export de données vers Amazon S3). Les deux identifiants y sont affichés.
role-ids-dashboard-export = Récupérez l'ID de compte Braze et l'ID externe pour l'export du tableau de bord : dans Braze, allez dans **{ -braze-partner-integrations } > { -braze-technology-partners }** et cliquez sur **{ -braze-amazon-s3 }**. Les deux identifiants y sont affichés.
role-ids-old-nav = Sur les anciens tableaux de bord Braze, on accède à Currents par **{ -braze-partner-integrations } > { -braze-data-export }**, puis **Create Current (Créer un flux Currents)** (plus ancien encore : **{ -braze-integrations } > { -braze-currents }**), et **{ -braze-technology-partners }** se trouve sous **{ -braze-integrations }**.
role-trusted-entity = De retour dans la console AWS, choisissez **{ -aws-another-account }** comme type d'entité de confiance. Saisissez l'ID de compte Braze { $account }, cochez **{ -aws-require-external-id }** et saisissez l'ID externe { $external_id }. Cliquez sur **{ -aws-next }**.
role-trust-explain = Ces choix produisent la politique d'approbation ci-dessous : le compte de Braze peut endosser le rôle s'il présente votre ID externe. Vous pouvez la vérifier dans l'onglet **{ -aws-trust-relationships }** du rôle, ou la coller telle quelle en choisissant **{ -aws-custom-trust-policy }**.
step-role-attach = Joindre la politique et nommer le rôle
role-attach-policy = Recherchez la politique créée plus tôt dans la barre de recherche, cochez-la pour la joindre au rôle, puis cliquez sur **{ -aws-next }**.
role-name = Donnez au rôle le nom { $role } et une description, puis cliquez sur **{ -aws-create-role }**. Le nouveau rôle apparaît dans la liste.
step-role-copy-arn = Copier l'ARN du rôle
role-arn-copy = Dans la liste des rôles, cliquez sur { $role } pour ouvrir ses détails, et notez l'**{ -aws-role-arn }** en haut de la page de résumé.
role-arn-expected = Voici l'ARN que vous y lirez, à coller dans Braze :

## Guide : liaison dans Braze

step-link-currents = Lier Braze Currents à AWS
link-currents-open = Dans Braze, allez dans **{ -braze-partner-integrations } > { -braze-currents }**, cliquez sur **{ -braze-create-currents }** (créer un Current) et sélectionnez **{ -braze-s3-data-export }** (export de données vers Amazon S3).
link-currents-old-nav = Sur les anciens tableaux de bord Braze, le chemin est **{ -braze-partner-integrations } > { -braze-data-export }**, puis **Create Current (Créer un flux Currents)** (plus ancien encore : **{ -braze-currents }** sous **{ -braze-integrations }**).
link-currents-name = Donnez un nom à votre Current.
link-currents-credentials-sk = Dans la section **{ -braze-credentials-section }** (identifiants), vérifiez que le bouton radio **{ -braze-secret-key-radio }** (clé d'accès secrète AWS) est sélectionné, puis saisissez l'ID de clé d'accès, la clé d'accès secrète et le nom du compartiment { $bucket }.
link-currents-credentials-role = Dans la section **{ -braze-credentials-section }** (identifiants), vérifiez que l'option **{ -braze-role-arn-radio }** (ARN du rôle AWS) est sélectionnée, puis saisissez l'ARN du rôle et le nom du compartiment { $bucket }.
link-currents-folder = **{ -braze-folder-path }** (chemin du dossier) : saisissez { $folder } (par défaut : `{ $default }`). Si le dossier n'existe pas, Braze le crée.
link-currents-sse-on = **{ -braze-sse-option }** (chiffrement AES-256 côté serveur, au repos) : activez l'option. Braze envoie alors l'en-tête `{ $header }` (SSE-S3) avec chaque fichier.
link-currents-sse-off = **{ -braze-sse-option }** (chiffrement AES-256 côté serveur, au repos) : laissez l'option désactivée (valeur par défaut). Activée, elle ajoute l'en-tête `{ $header }` (SSE-S3).
sse-kms-unsupported = SSE-KMS n'est pris en charge ni par Currents ni par l'export du tableau de bord. Si le compartiment l'impose, l'envoi échoue avec une erreur d'autorisation sur `kms:GenerateDataKey`.
link-currents-extra-connector = Connecteur supplémentaire : créez un autre Current nommé { $name }, avec les mêmes informations d'identification et le chemin d'accès au dossier { $folder }.
link-currents-launch = Cliquez sur **{ -braze-launch-currents }** (lancer le Current). Braze vérifie alors vos informations d'identification, et une notification indique si elles sont validées.
link-currents-expiry = Gardez vos informations d'identification à jour. Si celles du connecteur expirent, il cesse d'envoyer des événements ; au-delà de { $days } { $days ->
        [one] jour
       *[other] jours
    } selon la page actuelle de Braze (les versions précédentes disaient { $hours } { $hours ->
        [one] heure
       *[other] heures
    }), ses événements sont abandonnés et les données définitivement perdues.
link-role-propagation = Si Braze affiche « { -braze-invalid-credentials } » juste après la création du rôle, il se peut qu'IAM n'ait pas encore propagé le nouveau rôle : attendez et réessayez.
step-link-dashboard-export = Lier l'export du tableau de bord à AWS
link-dashboard-open = Dans Braze, allez dans **{ -braze-partner-integrations } > { -braze-technology-partners }** et cliquez sur **{ -braze-amazon-s3 }**.
link-dashboard-old-nav = Avec l'ancienne navigation, **{ -braze-technology-partners }** se trouve sous **{ -braze-integrations }**.
link-dashboard-credentials-sk = Sur la page **{ -braze-aws-credentials-page }** (identifiants AWS), vérifiez que le bouton radio **{ -braze-secret-key-radio }** (clé d'accès secrète AWS) est sélectionné, puis saisissez l'ID de clé d'accès, la clé d'accès secrète et le nom du compartiment { $bucket }.
link-dashboard-credentials-role = Sur la page **{ -braze-aws-credentials-page }** (identifiants AWS), vérifiez que l'option **{ -braze-role-arn-radio }** (ARN du rôle AWS) est sélectionnée, puis saisissez l'ARN du rôle et le nom du compartiment { $bucket }.
link-dashboard-test = Cliquez d'abord sur **{ -braze-test-credentials }** (tester les identifiants) ; en cas de succès, cliquez sur **{ -braze-save }** (enregistrer). Une notification indique si vos informations d'identification sont validées.
link-new-access-key = Pour obtenir de nouvelles informations d'identification à tout moment : dans la console AWS, ouvrez l'utilisateur, onglet **{ -aws-security-credentials-tab }**, puis **{ -aws-create-access-key }**.

## Guide : comportement et connecteurs

step-export-behaviour = Comportement des exportations
export-api-no-url = Une fois un stockage cloud intégré, les exportations par API ne renvoient plus d'URL de téléchargement dans la réponse : récupérez les fichiers dans le compartiment.
export-reports-email = Les rapports du tableau de bord et les rapports CSV sont envoyés par e-mail (sans autorisation de stockage requise) et enregistrés aussi dans le compartiment.
step-several-connectors = Plusieurs connecteurs
connectors-same-credentials = Plusieurs connecteurs Currents peuvent écrire dans ce compartiment avec les mêmes informations d'identification, à condition que chacun ait un chemin d'accès au dossier différent. Ils peuvent être créés dans le même espace de travail ou dans plusieurs. { $count ->
        [one] Vous en prévoyez un pour l'instant ; ajoutez-en d'autres dans la liste des connecteurs, plus haut.
       *[other] Vous en prévoyez { $count } : chacun a son entrée dans l'étape de liaison et dans la liste de contrôle.
    }
connectors-both-integrations = Currents et l'export du tableau de bord utilisent ce même compartiment : chaque intégration demande ses propres autorisations, soit deux politiques distinctes, soit une politique unique qui couvre les deux (voir l'étape de création de la politique).

## Guide : automatiser

step-automate = Facultatif : tout créer d'un coup
automate-intro = Plutôt que de cliquer dans la console, créez les mêmes ressources IAM avec l'AWS CLI, CloudFormation ou Terraform. Chaque fichier reprend vos valeurs ci-dessus ; les étapes dans Braze restent à faire.

## Fournisseurs (le moteur des fournisseurs : src/core/providers/case.rs, guide.rs)

provider-legend = Stockage cloud
provider-amazon-s3 = Amazon S3
provider-amazon-s3-hint = La clé d'accès d'un utilisateur IAM, ou un rôle qu'assume Braze.
provider-google-cloud-storage = Google Cloud Storage
provider-google-cloud-storage-hint = La clé JSON d'un compte de service.
provider-azure-blob-storage = Microsoft Azure Blob Storage
provider-azure-blob-storage-hint = Une chaîne de connexion, ou un principal de service avec certificat (Currents uniquement).
provider-step-currents = Connecter Braze Currents
provider-step-export = Connecter l'exportation de données dans Braze
provider-step-archiving = Activer l'archivage des messages
provider-step-archiving-body = L'archivage des messages est une option payante : si vous ne voyez pas **Archivage des messages** dans **Paramètres**, vérifiez que votre entreprise l'a acheté et activé. Dans Braze, allez dans **Paramètres** > **Archivage des messages**, sélectionnez vos canaux, puis **Enregistrer les modifications**. Si vous avez configuré dans Braze les identifiants de plusieurs fournisseurs de stockage cloud, l'archivage des messages n'exporte que vers celui marqué **Make this the default data export destination** ; sans destination par défaut et avec un compartiment Amazon S3 connecté, il écrit dans ce compartiment.
provider-preflight-heading = Vérifiez votre configuration avant Braze
provider-preflight-intro = Exécutez ce script là où l'outil en ligne de commande de votre cloud est connecté. Il ne fait que lire vos réglages, ne modifie rien et n'affiche aucune clé. Collez ensuite ci-dessous ce qu'il a affiché.
provider-not-for-case = Braze ne prend pas en charge ce cas : voir le message dans le formulaire ci-dessus.
provider-checker-heading = Vérifier ce qui est déjà en place
provider-checker-label = Texte à vérifier
provider-checker-verdict = { $verdict ->
        [sufficient] Suffisant pour Braze.
        [insufficient] Pas encore suffisant pour Braze : voir ci-dessous.
       *[invalid] Ce texte ne peut pas être vérifié.
    }
provider-error-label = Collez le message affiché par Braze
