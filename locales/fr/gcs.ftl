# Google Cloud Storage : champs, règles de saisie, fichiers générés, vérificateur, vérification préalable,
# erreur de Braze, rotation de la clé (src/core/providers/gcs/). Faits et sources : docs/facts.md,
# « Google Cloud Storage ». Balisage : **libellé** pour un bouton ou un menu, `littéral` pour du code.
#
# Libellés : la page française « Google Cloud Storage » de Braze (braze-docs
# _lang/fr_fr/_partners/data_and_analytics/cloud_storage/google_cloud_storage_for_currents.md) écrit en
# anglais la console Google Cloud (**IAM & admin**, **Service Accounts**, **Create Key**, **JSON**), la
# navigation et les boutons de Braze (**Technology Partners**, **Google Cloud Storage**, **Test
# Credentials**) et le champ **GCS JSON Credentials** : le widget les écrit en anglais, comme elle.
# Le nom du compartiment et le préfixe sont traduits (« nom de votre compartiment GCS », « préfixe GCS »).
# La console Google Cloud existe aussi en français : là où la documentation française de Google Cloud
# montre le libellé de la console (docs/facts.md, « Google Cloud console (fr/es/de/pt-BR) »), le widget
# écrit le français d'abord, l'anglais entre parenthèses, comme pour la console AWS (labels.ftl) :
# **Rôles (Roles)**, **Comptes de service (Service Accounts)**. Les autres (IAM & admin, + Create Role,
# +Add Permissions, Create, Create Service Account, Create Key, Buckets) restent en anglais, faute de
# page officielle qui les montre.

-gcs-json-credentials = GCS JSON Credentials
-gcs-technology-partners = Technology Partners
-gcs-page = Google Cloud Storage
-gcs-test-credentials = Test Credentials
-gcs-create-key = Create Key
-gcs-json = JSON
-gcs-iam-admin = IAM & admin
-gcs-service-accounts = Comptes de service (Service Accounts)

## Champs

gcs-field-bucket = Nom du compartiment GCS
gcs-field-project-id = ID du projet Google Cloud
gcs-field-role-id = ID du rôle personnalisé
gcs-field-service-account = ID du compte de service
gcs-field-prefix = Préfixe GCS (facultatif)
gcs-field-hierarchical-namespace = Le compartiment utilise l'espace de noms hiérarchique

gcs-placeholder-bucket = VOTRE-COMPARTIMENT
gcs-placeholder-project-id = ID-DE-VOTRE-PROJET
gcs-placeholder-role-id = ID_DE_VOTRE_ROLE
gcs-placeholder-service-account = VOTRE-COMPTE-DE-SERVICE@ID-DE-VOTRE-PROJET.iam.gserviceaccount.com

## Règles de saisie (règles de nommage de Google)

gcs-rule-required = Saisissez une valeur.
gcs-rule-bucket-length = Un nom de compartiment compte de { $min } à { $max } caractères ; celui-ci en compte { $len }.
gcs-rule-bucket-part = Chaque partie d'un nom entre deux points compte de 1 à { $max } caractères ; l'une en compte { $len }.
gcs-rule-bucket-uppercase = Les noms de compartiment s'écrivent en minuscules uniquement.
gcs-rule-bucket-characters = Un nom de compartiment ne contient que des lettres minuscules, des chiffres, `-`, `_` et `.` ; retirez : { $found }
gcs-rule-bucket-edge = Un nom de compartiment commence et se termine par une lettre ou un chiffre.
gcs-rule-bucket-ip-address = Un nom de compartiment ne peut pas ressembler à une adresse IP (quatre groupes de chiffres séparés par des points).
gcs-rule-bucket-goog-prefix = Un nom de compartiment ne peut pas commencer par `goog`.
gcs-rule-bucket-google = Un nom de compartiment ne peut pas contenir `google` ni une graphie proche, comme `g00gle`.
gcs-rule-bucket-dots = Un nom avec des points fonctionne, mais Google vérifie d'abord que le domaine qu'il désigne vous appartient ; un nom sans point évite cette étape.
gcs-rule-project-length = Un ID de projet compte de { $min } à { $max } caractères ; celui-ci en compte { $len }.
gcs-rule-project-characters = Un ID de projet ne contient que des lettres minuscules, des chiffres et des traits d'union ; retirez : { $found }
gcs-rule-project-start = Un ID de projet commence par une lettre minuscule.
gcs-rule-project-trailing-hyphen = Un ID de projet ne peut pas se terminer par un trait d'union.
gcs-rule-project-restricted = Un ID de projet ne peut pas contenir `{ $word }`.
gcs-rule-role-id-length = Un ID de rôle compte de { $min } à { $max } caractères ; celui-ci en compte { $len }.
gcs-rule-role-id-hyphen = Un ID de rôle ne peut pas contenir `-` : utilisez `_` ou `.` à la place.
gcs-rule-role-id-characters = Un ID de rôle ne contient que des lettres, des chiffres, `_` et `.` ; retirez : { $found }
gcs-rule-service-account-length = Un ID de compte de service compte de { $min } à { $max } caractères ; celui-ci en compte { $len }.
gcs-rule-service-account-characters = Un ID de compte de service ne contient que des lettres minuscules, des chiffres et des traits d'union ; retirez : { $found }
gcs-rule-service-account-start = Un ID de compte de service commence par une lettre minuscule.
gcs-rule-service-account-end = Un ID de compte de service se termine par une lettre ou un chiffre.
gcs-rule-prefix-too-long = Un nom d'objet compte au plus { $max } octets en UTF-8, et Braze ajoute son propre chemin après le préfixe ; ce préfixe en compte { $bytes }.
gcs-rule-prefix-line-break = Un préfixe ne peut pas contenir de saut de ligne.
gcs-rule-prefix-dots = Un préfixe ne peut pas être `.` ni `..`.
gcs-rule-prefix-acme-challenge = Un préfixe ne peut pas commencer par `.well-known/acme-challenge/`.
gcs-rule-prefix-invisible = Ce préfixe contient un caractère de contrôle ou invisible : saisissez-le de nouveau sans ce caractère.
gcs-rule-prefix-avoided = Google recommande vivement d'éviter ces caractères dans les noms d'objets (la CLI gcloud lit `[`, `]`, `*` et `?` comme des caractères génériques, et un nom qui se termine par `#` suivi de chiffres comme une version de l'objet) : { $found }
gcs-rule-hns-choice = Indiquez si le compartiment utilise l'espace de noms hiérarchique : `on` ou `off`.

## Secrets

gcs-secret-refused = { $kind ->
        [key-file] Ceci est la clé JSON d'un compte de service : un secret.
       *[private-key] Ceci est une clé privée : un secret.
    } Sa place est dans Braze uniquement : importez le fichier de clé dans **{ -gcs-json-credentials }** (Currents), ou saisissez-le comme identifiants GCS dans **{ -gcs-technology-partners }** > **{ -gcs-page }** (exportations). Cette page n'en a rien conservé ; effacez-le d'ici.

## Fichiers générés

gcs-snippet-role = Le rôle personnalisé (YAML pour `gcloud iam roles create`)
gcs-snippet-cli-script = Commandes gcloud : rôle, compte de service, liaison sur le compartiment
gcs-snippet-terraform = Terraform : rôle, compte de service, liaison sur le compartiment
gcs-snippet-preflight-script = Script de vérification préalable en lecture seule (gcloud)

gcs-note-role-command = Enregistrez-le sous `{ $file }`, puis créez le rôle avec : `gcloud iam roles create { $role } --project={ $project } --file={ $file }`
gcs-note-cli-bucket-scope = La page de Braze vous fait accorder le rôle au moment de créer le compte de service, sans préciser à quel niveau ; ce script l'accorde sur le compartiment seulement, le strict nécessaire pour Braze.
gcs-note-cli-propagation = Google peut avoir besoin de 60 secondes ou plus avant qu'un nouveau compte de service soit utilisable : le script réessaie la liaison pendant environ une minute.
gcs-note-no-key-created = Aucune clé n'est créée ici. Créez la clé JSON dans la console Google Cloud (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**) et importez-la dans Braze ; ne la collez jamais dans cette page.
gcs-note-terraform-no-key = Il n'y a volontairement pas de ressource `google_service_account_key` : Terraform garderait la clé privée dans son état.
gcs-note-terraform-propagation = Si `terraform apply` s'arrête à la liaison parce que le nouveau compte de service n'est pas encore visible, relancez-le une minute plus tard.
gcs-note-hns-permission = Votre compartiment utilise l'espace de noms hiérarchique : le rôle comprend aussi `storage.folders.create`, sans quoi Braze ne peut pas y écrire.

## Vérificateur

gcs-checker-empty = Collez un rôle (`gcloud iam roles describe`, en YAML ou en JSON) ou la stratégie du compartiment (`gcloud storage buckets get-iam-policy gs://BUCKET --format=json`).
gcs-checker-too-large = Ce texte dépasse { $kib } Kio, plus que ce que cette page lit : collez uniquement le rôle ou la stratégie du compartiment.
gcs-checker-not-role = Ce n'est ni un rôle ni une stratégie de compartiment. Collez ce qu'a affiché `gcloud iam roles describe` ou `gcloud storage buckets get-iam-policy --format=json`.
gcs-checker-not-readable = La ligne { $line } n'est pas ce que gcloud affiche pour un rôle. Collez la sortie telle qu'elle a été affichée.
gcs-checker-policy-yaml = Ceci est une stratégie en YAML : affichez-la avec `--format=json` et collez le résultat.
gcs-checker-this-role = ce rôle
gcs-checker-role-sufficient = { $role } donne à Braze toutes les autorisations dont il a besoin.
gcs-checker-role-insufficient = { $role } ne donne pas à Braze ce dont il a besoin.
gcs-checker-missing = Il manque : { $permissions }.
gcs-checker-delete-optional = Sans `{ $permission }` (facultative), Braze ne peut pas supprimer un fichier resté incomplet quand une connexion se termine trop tôt.
gcs-checker-too-broad = { $kind ->
        [escalation] Celles-ci permettent à leur titulaire de changer qui peut faire quoi, ou d'agir sur IAM ou sur des identifiants : { $permissions }.
        [wildcard] Ces caractères génériques couvrent plus que ce dont Braze a besoin : { $permissions }.
        [bucket-admin] Celles-ci créent, modifient ou suppriment des compartiments : { $permissions }.
        [other-service] Celles-ci relèvent d'autres services que Cloud Storage : { $permissions }.
       *[extra] Braze n'en a pas besoin : { $permissions }.
    }
gcs-checker-other-project = Ce rôle personnalisé appartient au projet { $found }, et non à { $expected } : il ne peut être accordé que dans son propre projet.
gcs-checker-disabled = L'étape de lancement du rôle est `DISABLED` : il ne donne aucune autorisation là où il est accordé.
gcs-checker-deleted = Le rôle est supprimé : ses liaisons restent, mais sans effet.
gcs-checker-deprecated = L'étape de lancement du rôle est `DEPRECATED` : il fonctionne encore, mais prévoyez de le remplacer.
gcs-checker-bound = { $account } est lié à ce compartiment avec { $role }.
gcs-checker-bound-conditional = { $account } n'a { $role } sur ce compartiment que sous une condition, que cette page ne peut pas évaluer.
gcs-checker-bound-other-roles = { $account } est lié à ce compartiment avec { $roles } : collez { $count ->
        [one] ce rôle
       *[other] ces rôles
    } (`gcloud iam roles describe`) pour vérifier { $count ->
        [one] ses
       *[other] leurs
    } autorisations.
gcs-checker-not-bound = { $account } n'est pas lié à ce compartiment. Un rôle accordé sur le projet l'atteint quand même, mais donne plus que ce dont Braze a besoin : liez le rôle sur le compartiment.
gcs-checker-deleted-member = Une liaison désigne { $account } comme compte de service supprimé : elle ne s'applique pas à un compte recréé sous le même nom.
gcs-checker-public = `allUsers` ou `allAuthenticatedUsers` est lié à ce compartiment ({ $roles }) : n'importe qui peut agir sur ce que Braze y écrit.

## Vérification préalable

gcs-preflight-intro = Contrôle en lecture seule de gs://{ $bucket } et de { $account } : exécutez-le dans Cloud Shell, ou là où la CLI gcloud est connectée à votre projet. Il lit le compartiment, le rôle, le compte de service, les stratégies et les dates des clés ; il ne crée, ne modifie et ne supprime rien, et n'affiche aucune clé.
gcs-preflight-other-values = Ce rapport porte sur { $field ->
        [bucket] le compartiment
        [project] le projet
        [role] le rôle
       *[service-account] le compte de service
    } { $reported }, mais vous avez saisi { $configured }. Copiez le script pour vos valeurs actuelles et exécutez-le de nouveau.
gcs-preflight-unknown-absent = Le rapport ne contient pas de réponse de `gcloud { $call }` : ce point n'a pas été vérifié.
gcs-preflight-unknown-denied = Le compte qui a exécuté le script n'a pas le droit d'exécuter `gcloud { $call }` : ce point n'a pas été vérifié.
gcs-preflight-unknown-error = `gcloud { $call }` a échoué ({ $error }) : ce point n'a pas été vérifié.
gcs-preflight-unknown-no-bucket = Non vérifié : le compartiment { $bucket } n'existe pas.
gcs-preflight-bucket-exists = Le compartiment { $bucket } existe (emplacement { $location }, { $kind }).
gcs-preflight-bucket-missing = Le compartiment { $bucket } n'existe pas.
gcs-preflight-bucket-missing-fix = Créez-le dans la console Google Cloud (Cloud Storage > Buckets), ou corrigez le nom.
gcs-preflight-bucket-denied = Le compte qui a exécuté le script n'a pas le droit de lire le compartiment { $bucket } : il appartient peut-être à un autre projet. Non vérifié.
gcs-preflight-hns-on = Le compartiment utilise l'espace de noms hiérarchique, comme vous l'avez indiqué.
gcs-preflight-hns-off = Le compartiment n'utilise pas l'espace de noms hiérarchique, comme vous l'avez indiqué.
gcs-preflight-hns-unexpected = Le compartiment { $bucket } utilise l'espace de noms hiérarchique : Braze y a aussi besoin de `storage.folders.create`.
gcs-preflight-hns-fix-on = Cochez l'espace de noms hiérarchique plus haut, puis mettez le rôle à jour avec le nouveau script.
gcs-preflight-hns-not-used = Le compartiment { $bucket } n'utilise pas l'espace de noms hiérarchique : `storage.folders.create` n'est pas nécessaire.
gcs-preflight-hns-fix-off = Décochez l'espace de noms hiérarchique plus haut.
gcs-preflight-role-pass = Le rôle { $role } a ce dont Braze a besoin, et rien de plus.
gcs-preflight-role-absent = Le rôle { $role } n'existe pas.
gcs-preflight-role-absent-covered = Le rôle { $role } n'existe pas ; le compte de service reçoit ce dont Braze a besoin par d'autres rôles.
gcs-preflight-role-fix = Créez ou mettez à jour le rôle avec les commandes gcloud de cette page.
gcs-preflight-account-pass = Le compte de service { $account } existe et est activé.
gcs-preflight-account-disabled = Le compte de service { $account } est désactivé : Braze ne peut pas se connecter avec sa clé.
gcs-preflight-account-enable-fix = Activez-le dans **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**.
gcs-preflight-account-missing = Le compte de service { $account } est introuvable. (Google répond « permission denied » aussi bien pour un compte qui n'existe pas que pour un compte que vous n'avez pas le droit de lire.)
gcs-preflight-account-fix = Vérifiez l'ID du compte de service et le projet, ou créez le compte avec les commandes gcloud de cette page.
gcs-preflight-permissions-pass = { $delete ->
        [yes] Le compte de service a toutes les autorisations dont Braze a besoin sur le compartiment.
       *[no] Le compte de service a toutes les autorisations dont Braze a besoin sur le compartiment. Sans `storage.objects.delete` (facultative), Braze ne peut pas supprimer un fichier resté incomplet.
    }
gcs-preflight-permissions-missing = Il manque au compte de service { $permissions } sur le compartiment (accordées par le compartiment ou le projet ; les autorisations accordées sur des dossiers ou l'organisation ne sont pas lues).
gcs-preflight-permissions-unknown = Pour l'instant, il manque au compte de service { $permissions }, mais une stratégie ou un rôle n'a pas été lu : rien n'est tranché.
gcs-preflight-permissions-conditional = Il manque au compte de service { $permissions }, sauf si une liaison conditionnelle s'applique, ce que la vérification préalable ne peut pas évaluer.
gcs-preflight-permissions-fix = Liez le rôle sur le compartiment avec les commandes gcloud de cette page.
gcs-preflight-scope-bucket = Le compte de service est lié au compartiment seulement ({ $roles }) : le strict nécessaire.
gcs-preflight-scope-project = Le compte de service est lié à tout le projet ({ $roles }) : il atteint chacun de ses compartiments.
gcs-preflight-scope-fix = Liez le rôle du guide sur le compartiment, puis retirez l'autorisation plus large.
gcs-preflight-scope-none = Le compte de service n'est lié ni au compartiment ni au projet.
gcs-preflight-extra = { $escalation ->
        [yes] Les rôles du compte de service donnent plus que ce dont Braze a besoin, dont le pouvoir de changer qui peut faire quoi : { $permissions }.
       *[no] Les rôles du compte de service donnent plus que ce dont Braze a besoin : { $permissions }.
    }
gcs-preflight-extra-none = Les rôles du compte de service ne donnent rien au-delà de ce dont Braze a besoin.
gcs-preflight-public = N'importe qui peut agir sur le compartiment : `allUsers` ou `allAuthenticatedUsers` y est lié ({ $roles }). Les exportations de Braze contiennent les données de vos utilisateurs.
gcs-preflight-public-none = Le compartiment n'est ouvert ni à `allUsers` ni à `allAuthenticatedUsers`.
gcs-preflight-deny-none = Aucune stratégie de refus IAM sur le projet (celles des dossiers et de l'organisation ne sont pas lues).
gcs-preflight-deny-some = Le projet a { $count ->
        [one] { $count } stratégie de refus IAM
       *[other] { $count } stratégies de refus IAM
    } ({ $policies }) : une règle de refus l'emporte sur toute autorisation. Vérifiez qu'aucune ne refuse au compte de service les autorisations ci-dessus.
gcs-preflight-key-none = Le compte de service n'a aucune clé : Braze se connecte avec une clé JSON.
gcs-preflight-key-unusable = Aucune des { $count } clés du compte de service ne permet de se connecter maintenant : chacune est désactivée ou hors de ses dates de validité.
gcs-preflight-key-fix = Créez une clé JSON (**{ -gcs-create-key }**, **{ -gcs-json }**) et importez-la dans **{ -gcs-json-credentials }** dans Braze.
gcs-preflight-key-expiring = La dernière clé valide du compte de service cesse de fonctionner dans { $days } jours. Quand les identifiants expirent, le connecteur s'arrête ; après { $window } jours (selon la page actuelle de Braze ; les versions précédentes indiquaient { $hours } heures), ses événements sont abandonnés définitivement.
gcs-preflight-key-old = La clé valide la plus récente a { $days } jours : Google recommande de renouveler les clés au moins tous les { $limit } jours.
gcs-preflight-key-rotate-fix = Renouvelez-la : une nouvelle clé, Braze mis à jour et testé, l'ancienne clé supprimée en dernier.
gcs-preflight-key-pass = Le compte de service a { $count ->
        [one] { $count } clé valide
       *[other] { $count } clés valides
    } (la clé importée dans Braze devrait en faire partie).

## Erreur de Braze

gcs-error-unknown = Ce n'est pas l'erreur Google Cloud Storage de Braze. Collez le message affiché par Braze, tel quel.
gcs-error-meaning = Braze n'a pas pu utiliser ces identifiants sur le compartiment : la clé JSON, le nom du compartiment ou le préfixe est erroné, ou il manque une autorisation au compte de service.
gcs-error-check-permissions = Vérifiez que { $account } a { $permissions } sur { $bucket } (le vérificateur et la vérification préalable de cette page le montrent).
gcs-error-check-values = Vérifiez que le nom du compartiment dans Braze est exactement { $bucket }, et que le préfixe est valide.
gcs-error-check-key = Vérifiez que la clé importée est bien la clé JSON de ce compte de service, et qu'elle est activée.
gcs-error-test = Sélectionnez ensuite **{ -gcs-test-credentials }** sur la page **{ -gcs-page }** de Braze.

## Rotation de la clé

gcs-rotate-create-key = Créez une nouvelle clé JSON pour { $account } (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**). L'ancienne clé continue de fonctionner pendant ce temps.
gcs-rotate-update-currents = Dans Braze, ouvrez votre Current Google Cloud Storage et importez la nouvelle clé dans **{ -gcs-json-credentials }**.
gcs-rotate-update-export = Dans Braze, allez dans **{ -gcs-technology-partners }** > **{ -gcs-page }** et saisissez la nouvelle clé comme identifiants GCS.
gcs-rotate-test = Sur la page **{ -gcs-page }** de Braze, sélectionnez **{ -gcs-test-credentials }**, puis vérifiez que les fichiers de Braze arrivent toujours dans le compartiment.
gcs-rotate-delete-old = Seulement ensuite, supprimez l'ancienne clé dans la console Google Cloud.
gcs-rotate-expiry = Tenez la clé à jour : quand les identifiants expirent, le connecteur s'arrête, et après { $days } jours (selon la page actuelle de Braze ; les versions précédentes indiquaient { $hours } heures) ses événements sont abandonnés définitivement.

## Le guide (le moteur des fournisseurs : src/core/providers/guide.rs)

provider-gcs-auth = Clé JSON du compte de service
provider-gcs-auth-hint = La méthode que la page de Braze indique pour Google Cloud Storage. Pour Currents, c'est la seule : la fédération d'identité de charge de travail (Workload Identity Federation) n'y est pas prise en charge.
provider-gcs-step-role = Créer le rôle personnalisé
provider-gcs-step-role-body = Dans la console Google Cloud, allez dans **{ -gcs-iam-admin }** > **Rôles (Roles)** > **+ Create Role**, donnez un nom au rôle, sélectionnez **+Add Permissions**, ajoutez les autorisations du fichier ci-dessous, puis sélectionnez **Create** ; ou créez le rôle à partir de ce fichier avec la commande indiquée dessous.
provider-gcs-step-service-account = Créer le compte de service et lui accorder le rôle sur le compartiment
provider-gcs-step-service-account-body = Allez dans **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }** > **Create Service Account** et donnez un nom au compte de service. La page de Braze vous fait ensuite lui accorder le rôle personnalisé, sans préciser à quel niveau ; les fichiers ci-dessous l'accordent sur le compartiment seulement, le strict nécessaire pour Braze.
provider-gcs-step-key = Créer la clé JSON du compte de service
provider-gcs-step-key-body = Sur le compte de service, utilisez **{ -gcs-create-key }** et choisissez **{ -gcs-json }** : la clé privée se télécharge sur votre ordinateur. Elle ne va que dans Braze : ne la collez jamais ici (cette page la refuse et n'en garde rien).
provider-gcs-step-currents-body = Dans Braze, allez dans **Currents** > **+ Create Current** > **Google Cloud Storage Data Export**, donnez un nom et une adresse e-mail de contact à l'intégration, importez la clé JSON dans **{ -gcs-json-credentials }**, puis indiquez le nom du compartiment { $bucket } et le préfixe GCS (facultatif). Enfin, sélectionnez les événements à exporter et lancez le Current.
provider-gcs-step-export-body = Dans Braze, allez dans **{ -gcs-technology-partners }** > **{ -gcs-page }**, saisissez vos identifiants GCS (la clé JSON entière) et sélectionnez **Make this the default data export destination**. Pour vérifier les autorisations (facultatif), sélectionnez **{ -gcs-test-credentials }** sur cette page.
provider-gcs-checker-intro = Vous avez déjà un rôle ou un compartiment ? Collez ce qu'affiche `gcloud iam roles describe ROLE_ID --project=PROJECT_ID` (YAML ou JSON), ou `gcloud storage buckets get-iam-policy gs://BUCKET --format=json`, pour voir ce qui manque, ce qui dépasse les besoins de Braze et ce qui n'est pas au bon endroit. Rien ne quitte votre navigateur.
provider-gcs-update-rotate = Renouveler la clé du compte de service
