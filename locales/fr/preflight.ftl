# Preflight : les constats du rapport du script en lecture seule.
# Balisage : **libellé** pour un bouton ou un menu, `littéral` pour du code.

## Le rapport

preflight-report-empty = Collez le rapport affiché par le script de vérification.
preflight-report-not-report = Ce texte n'est pas un rapport de vérification : il n'a pas de ligne `# braze-s3-companion preflight v1`. Collez tout ce que le script a écrit sur sa sortie standard.
preflight-report-version = Ce rapport est au format v{ $found }, que cette page ne lit pas. Copiez le script de vérification de cette page et relancez-le.
preflight-report-truncated = Ce rapport est incomplet : sa dernière ligne `# end` manque ou une ligne s'arrête en plein milieu. Collez le rapport entier.
preflight-report-too-large = Ce texte dépasse { $megabytes } Mo : aucun rapport de vérification n'est aussi grand.
preflight-report-too-many = Ce rapport compte plus de { $max } appels : aucun rapport de vérification n'en a autant.
preflight-report-bad-line = La ligne { $line } n'est pas ce qu'écrit le script de vérification. Collez le rapport tel qu'il a été affiché, sans le modifier.
preflight-report-altered = La dernière ligne du rapport annonce { $expected } appels, mais il en contient { $found }. Collez le rapport entier, sans le modifier.
preflight-other-values = Ce rapport concerne { $field ->
        [bucket] le bucket
        [auth] la méthode
        [user] l'utilisateur IAM
        [role] le rôle IAM
        [account] le compte de Braze
       *[external-id] l'ID externe
    } { $reported }, mais vous avez saisi { $configured }. Copiez le script pour vos valeurs actuelles et relancez-le.

## Quand une vérification ne peut pas conclure

preflight-unknown-absent = Le rapport ne contient pas de réponse de `{ $call }` : ce point n'a pas été vérifié.
preflight-unknown-denied = L'identité qui a lancé le script n'a pas le droit d'appeler `{ $call }` : ce point n'a pas été vérifié. Lancez le script avec une identité autorisée à lire les réglages S3 et IAM.
preflight-unknown-error = `{ $call }` a échoué ({ $error }) : ce point n'a pas été vérifié.
preflight-unknown-no-bucket = Non vérifié : le bucket { $bucket } n'existe pas.

## Le bucket

preflight-bucket-exists-pass = Le bucket { $bucket } existe.
preflight-bucket-exists-missing = Il n'y a pas de bucket { $bucket } dans ce compte.
preflight-bucket-exists-fix = Créez le bucket { $bucket } dans la console S3 (ou corrigez son nom ici), puis relancez le script.
preflight-bucket-exists-forbidden = S3 a refusé de dire si le bucket { $bucket } existe : il appartient peut-être à un autre compte AWS, ou l'identité qui a lancé le script n'a pas le droit de le lister.
preflight-bucket-region = Braze écrira dans la région { $region }, celle du bucket { $bucket }.
preflight-encryption-none = Aucun chiffrement par défaut n'est configuré : S3 chiffre les nouveaux objets en SSE-S3, que Braze prend en charge.
preflight-encryption-sse-s3 = Le chiffrement par défaut est SSE-S3 (`AES256`), que Braze prend en charge.
preflight-encryption-kms = Le chiffrement par défaut est `{ $algorithm }` (SSE-KMS) : Braze ne prend en charge que SSE-S3, et ses envois échoueraient.
preflight-encryption-kms-fix = Dans la console S3, ouvrez le bucket { $bucket }, **Propriétés (Properties)**, **Chiffrement par défaut (Default encryption)**, et choisissez SSE-S3 (clés gérées par Amazon S3).
preflight-encryption-other = Le chiffrement par défaut est `{ $algorithm }`, que cette vérification ne connaît pas. Braze prend en charge SSE-S3 (`AES256`).
preflight-object-lock-off = Object Lock est désactivé.
preflight-object-lock-currents = Object Lock est activé : Braze Currents ne prend pas en charge les buckets avec Object Lock.
preflight-object-lock-fix = Object Lock ne peut pas être désactivé : créez pour Currents un autre bucket sans Object Lock.
preflight-object-lock-export = Object Lock est activé. Si le compartiment a une période de rétention par défaut, S3 refuse tout envoi qui ne porte ni en-tête `Content-MD5` ni en-tête de somme de contrôle, et Braze ne dit pas si ses exports en envoient un. Vérifiez qu'un export du tableau de bord arrive dans le compartiment, ou utilisez un compartiment sans Object Lock.
preflight-bucket-policy-none = Le bucket n'a pas de stratégie de bucket.
preflight-bucket-policy-pass = La stratégie de bucket ne refuse rien de ce dont Braze a besoin.
preflight-bucket-policy-denies = { $count ->
        [one] La stratégie de bucket refuse une autorisation dont Braze a besoin : { $pairs }.
       *[other] La stratégie de bucket refuse { $count } autorisations dont Braze a besoin : { $pairs }.
    }
preflight-bucket-policy-fix = Supprimez ou restreignez les instructions `Deny` de la stratégie de bucket qui correspondent aux requêtes de Braze. { $sse ->
        [on] Braze envoie `{ $header }: AES256` avec chaque envoi.
       *[off] L'option AES-256 de Braze est désactivée ici, donc les envois n'ont pas d'en-tête `{ $header }` : si la stratégie l'exige, activez l'option dans Braze et ici.
    }
preflight-bucket-policy-not-principal-fix = `NotPrincipal` avec `Deny` refuse tout principal qu'il ne liste pas exactement : les sessions d'un rôle, sauf si chaque session est listée, et toujours une identité dotée d'une limite d'autorisations. Comme AWS le recommande, écrivez plutôt `"Principal": "*"` avec une condition `ArnNotEquals` sur `aws:PrincipalArn` qui nomme { $kind ->
        [user] l'utilisateur
       *[role] le rôle
    }.
preflight-bucket-policy-depends = { $count ->
        [one] La stratégie de bucket peut refuser une autorisation dont Braze a besoin, selon une condition que cette vérification ne sait pas évaluer : { $pairs }.
       *[other] La stratégie de bucket peut refuser { $count } autorisations dont Braze a besoin, selon des conditions que cette vérification ne sait pas évaluer : { $pairs }.
    }
preflight-bucket-policy-unreadable = La stratégie de bucket n'a pas pu être lue comme une stratégie IAM.

## L'identité

preflight-identity-not-found = Il n'y a pas { $kind ->
        [user] d'utilisateur IAM
       *[role] de rôle IAM
    } { $name } dans ce compte.
preflight-identity-create-fix = Créez { $kind ->
        [user] l'utilisateur
       *[role] le rôle
    } en suivant les étapes ci-dessus, ou avec le script AWS CLI.
preflight-identity-pass = { $count ->
        [one] Sa stratégie accorde
       *[other] Ses { $count } stratégies accordent ensemble
    } toutes les autorisations dont Braze a besoin, et rien de plus.
preflight-identity-missing = { $count ->
        [one] Une autorisation dont Braze a besoin n'est pas accordée : { $pairs }.
       *[other] { $count } autorisations dont Braze a besoin ne sont pas accordées : { $pairs }.
    }
preflight-identity-fix = Attachez la stratégie { $policy } de cette page (ou ajoutez ce qui manque à une stratégie attachée), et supprimez tout `Deny` qui correspond.
preflight-identity-partial = Certaines stratégies n'ont pas pu être lues ({ $policies }) : les autorisations n'ont pas toutes pu être vérifiées.
preflight-identity-depends = { $count ->
        [one] Une autorisation dont Braze a besoin n'est accordée que sous une condition que cette vérification ne sait pas évaluer : { $pairs }.
       *[other] { $count } autorisations dont Braze a besoin ne sont accordées que sous des conditions que cette vérification ne sait pas évaluer : { $pairs }.
    }
preflight-identity-broader = Tout ce dont Braze a besoin est accordé, mais { $count ->
        [one] cette stratégie accorde
       *[other] ces stratégies accordent
    } plus que nécessaire : { $policies }. N'attachez de préférence que la stratégie de cette page.
preflight-identity-pass-bucket = Tout ce dont Braze a besoin est accordé, en partie par la seule stratégie de bucket : dans un même compte, AWS autorise une requête dès que les stratégies de l'identité ou la stratégie de bucket l'autorisent.
preflight-identity-pass-published = { $count ->
        [one] Sa stratégie accorde
       *[other] Ses { $count } stratégies accordent ensemble
    } toutes les autorisations dont Braze a besoin. { $policies } : la stratégie que cette page donne pour votre cas, telle que Braze la publie ; sa ressource qui finit par `*` correspond aussi à d'autres buckets dont le nom commence par celui du vôtre (voir la note du guide).
preflight-too-complex = { $count ->
        [one] Une autorisation dont Braze a besoin n'a pas pu être jugée
       *[other] { $count } autorisations dont Braze a besoin n'ont pas pu être jugées
    } : les caractères génériques des stratégies sont trop enchevêtrés pour cette vérification ({ $pairs }).
preflight-boundary-none = Aucune limite d'autorisations n'est définie.
preflight-boundary-pass = La limite d'autorisations { $policy } permet tout ce dont Braze a besoin.
preflight-boundary-blocks = { $count ->
        [one] La limite d'autorisations { $policy } bloque une autorisation dont Braze a besoin : { $pairs }.
       *[other] La limite d'autorisations { $policy } bloque { $count } autorisations dont Braze a besoin : { $pairs }.
    }
preflight-boundary-fix = Autorisez ces actions dans la limite { $policy }, ou retirez la limite.
preflight-boundary-depends = La limite d'autorisations { $policy } ne permet ce dont Braze a besoin que sous des conditions que cette vérification ne sait pas évaluer.
preflight-trust-pass = Le compte de Braze { $account } peut assumer le rôle avec votre ID externe { $external_id }.
preflight-trust-fix = Remplacez la stratégie d'approbation du rôle par celle de cette page (onglet **{ -aws-trust-relationships }**).
preflight-trust-unreadable = La stratégie d'approbation du rôle n'a pas pu être lue comme une stratégie IAM.
preflight-role-arn-pass = L'ARN du rôle est { $arn }, celui que cette page donne à Braze.
preflight-role-arn-differs = L'ARN du rôle est { $reported }, mais cette page donne { $given } à Braze : Braze serait refusé.
preflight-role-arn-fix = Donnez { $arn } à Braze, tel que la page de résumé du rôle l'affiche, et saisissez { $name } (son chemin et son nom) dans le champ du nom du rôle ici.
preflight-organizations-unseen = Non vérifié : si le compte fait partie d'une organisation AWS Organizations, ses stratégies de contrôle des services (SCP) et de contrôle des ressources (RCP) peuvent refuser les requêtes de Braze quelles que soient les stratégies du compte, et elles ne sont pas lisibles depuis le compte. En cas de doute, demandez à l'administrateur de l'organisation.
preflight-key-pass = { $count ->
        [one] L'utilisateur a une clé d'accès active
       *[other] L'utilisateur a { $count } clés d'accès actives
    } ; la plus récente a { $days ->
        [one] un jour.
       *[other] { $days } jours.
    }
preflight-key-active-undated = { $count ->
        [one] L'utilisateur a une clé d'accès active.
       *[other] L'utilisateur a { $count } clés d'accès actives.
    }
preflight-key-none-active = L'utilisateur n'a aucune clé d'accès active : Braze ne peut pas se connecter avec lui.
preflight-key-create-fix = Créez une clé d'accès pour l'utilisateur (onglet **{ -aws-security-credentials-tab }**, **{ -aws-create-access-key }**) et saisissez-la dans Braze.
preflight-key-old = La clé d'accès active la plus récente a { $days } jours : AWS recommande de renouveler les clés tous les 90 jours.
preflight-key-rotate-fix = Pour la renouveler : créez une deuxième clé d'accès, saisissez-la dans Braze et vérifiez que le test de Braze réussit, puis désactivez l'ancienne clé, et supprimez-la quand plus rien n'échoue.

## The widget's preflight section

snippet-title-preflight-script = Script de pré-vérification : contrôler votre compte AWS (lecture seule)
file-preflight-script = { $bucket }-braze-preverification.sh
# Le fichier du rapport dans la commande ci-dessous ; celui du script est file-preflight-script, le nom du téléchargement.
-preflight-report-file = rapport-preverification.txt
preflight-heading = Vérifiez votre compte AWS avant Braze
preflight-intro = Exécutez ce script dans AWS CloudShell, ou dans tout shell où l’AWS CLI est connectée au compte propriétaire du compartiment. Il ne fait que lire vos réglages et ne modifie rien. Collez ensuite ci-dessous ce qu’il a affiché.
preflight-paste-label = Le rapport affiché par le script de pré-vérification
preflight-paste-hint = Le rapport est vérifié dans cette page : rien de ce que vous collez ne quitte votre navigateur.
preflight-findings = Ce que montre le rapport
preflight-status = { $status ->
        [pass] OK
        [fail] Problème
        [warn] Avertissement
       *[unknown] Non vérifié
    }
preflight-fix-label = Correction :
preflight-use-snippet = Extrait à utiliser :

# The comment under the preflight script's first line: what it is and how to run it.
preflight-script-intro =
    Braze + Amazon S3 : vérification préalable en lecture seule du compartiment { $bucket } et { $kind ->
        [role] du rôle IAM
       *[user] de l'utilisateur IAM
    } { $name }.
    Écrit par braze-s3-companion. Il ne fait que lire (appels head-bucket, get-* et list-* de l'AWS CLI, v1 ou v2) : il ne crée, ne modifie et ne supprime rien, et n'affiche aucun secret (pour les clés d'accès, seulement leur statut et leur date de création).
    Lancez-le là où l'AWS CLI est connectée au compte propriétaire du compartiment, avec une identité autorisée à lire les réglages S3 et IAM (AWS CloudShell convient) :
      bash { file-preflight-script } > { -preflight-report-file }
    puis collez le rapport (ce qu'il écrit sur la sortie standard) dans le widget. La progression s'affiche sur la sortie d'erreur. Un appel refusé ou qui ne trouve rien est noté comme tel, et le script continue.
