# Liste de contrôle, connecteurs multiples, dépannage

## Liste de contrôle

checklist-heading = Liste de contrôle
checklist-progress-label = Progression
checklist-progress = { $done } sur { $total } { $total ->
        [one] étape faite
       *[other] étapes faites
    }
checklist-go-to-step = Voir l'étape
checklist-complete = Tout est fait ! Vérifiez maintenant que les données arrivent :
checklist-verify-currents = Currents : dans la console S3, de nouveaux fichiers apparaissent sous { $bucket }/{ $folder }/ quelques minutes après le lancement du flux.
checklist-verify-dashboard = Export du tableau de bord : lancez un export CSV depuis Braze et vérifiez que le fichier arrive dans { $bucket }.
checklist-verify-expiry = Currents : vérifiez régulièrement que les événements arrivent. Un connecteur dont les identifiants échouent cesse d'envoyer des événements ; au-delà de { $days } { $days ->
        [one] jour
       *[other] jours
    } selon la page actuelle de Braze (les versions précédentes disaient { $hours } { $hours ->
        [one] heure
       *[other] heures
    }), ses événements sont abandonnés définitivement.
checklist-verify-key-rotation = Les clés d'accès IAM n'expirent pas ; AWS conseille de les renouveler régulièrement. Pour renouveler la clé, suivez « Changer ou renouveler les identifiants », afin que Braze dispose toujours d'une clé qui fonctionne.
checklist-copy-markdown = Copier en Markdown
checklist-copy-link = Copier le lien vers cette configuration
checklist-markdown-copied = Liste de contrôle copiée en Markdown.
checklist-link-copied = Lien copié. Il contient vos valeurs, pas vos coches.
checklist-start-over = Tout recommencer
checklist-start-over-confirm = Effacer vos valeurs et vos coches ?
checklist-start-over-yes = Oui, tout effacer
checklist-start-over-no = Annuler

## Connecteurs Currents supplémentaires

connectors-legend = Autres connecteurs Currents sur ce compartiment
connectors-hint = Mêmes informations d'identification, mais un chemin d'accès au dossier distinct pour chacun.
connector-name = Nom du connecteur { $number }
connector-folder = Chemin d'accès au dossier du connecteur { $number }
connector-remove = Retirer
connector-remove-label = Retirer le connecteur { $number }
connector-add = Ajouter un connecteur

## Dépannage

troubleshoot-heading = Dépannage
troubleshoot-label = Que voyez-vous ?
troubleshoot-choose = Choisissez un symptôme…
troubleshoot-cause = Cause
troubleshoot-fix = Solution
troubleshoot-recheck = À revérifier dans la liste de contrôle
troubleshoot-paste-label = Ou collez le message affiché par Braze
troubleshoot-paste-hint = Lu dans votre navigateur : le widget choisit le symptôme et compare le compartiment et l'identité cités par le message avec les vôtres.
braze-error-recognised = Le message de Braze correspond à :
braze-error-unknown = Le widget ne reconnaît pas ce message. Choisissez ce que vous voyez dans la liste ci-dessus ; les symptômes qu'il connaît :
braze-error-action = L'action refusée par AWS : { $action }.
braze-error-other-bucket = Braze a essayé le compartiment { $tried }, vous avez saisi { $configured }.
braze-error-other-role = Braze a assumé le rôle { $tried }, vous avez saisi { $configured }.
braze-error-other-user = Braze s'est connecté avec l'utilisateur IAM { $tried }, vous avez saisi { $configured }.
braze-error-role-not-key = Braze a utilisé le rôle { $tried }, mais vous avez choisi la méthode « Clé d'accès secrète AWS ».
braze-error-user-not-role = Braze s'est connecté avec l'utilisateur IAM { $tried }, mais vous avez choisi la méthode « ARN de rôle AWS ».
braze-error-role-to-assume = Le rôle que Braze a tenté d'assumer (l'ARN de rôle saisi dans Braze) : { $arn }.
braze-error-other-role-to-assume = Braze a tenté d'assumer le rôle { $tried }, vous avez saisi { $configured }.
braze-error-role-path = L'ARN de rôle saisi dans Braze a le chemin { $path } avant le nom du rôle ; le rôle de ce guide n'en a pas. Copiez dans Braze l'ARN affiché sur la page de résumé du rôle dans IAM.
braze-error-other-account = Le rôle est dans le compte AWS { $tried }, vous avez saisi { $configured } comme ID de compte.
braze-error-other-braze-account = Braze a fait la demande depuis le compte AWS { $tried }, mais l'ID de compte Braze que vous avez saisi, celui qu'approuve la politique d'approbation, est { $configured }.
braze-error-bucket-typed = Dans Braze, le nom du compartiment est « { $braze } », alors que votre compartiment est { $configured }. Corrigez le nom dans Braze :
braze-error-bucket-typed-alone = Dans Braze, le nom du compartiment est « { $braze } ». Corrigez le nom dans Braze :
braze-error-bucket-space = Il commence ou finit par une espace : un nom de compartiment n'en contient aucune.
braze-error-bucket-upper-case = Il contient des majuscules : un nom de compartiment ne contient que des minuscules, des chiffres, des points et des tirets.
braze-error-bucket-scheme = `s3://` est la façon dont l'AWS CLI écrit l'adresse du compartiment, pas une partie de son nom : saisissez le nom seul.
braze-error-bucket-arn = `arn:aws:s3:::` en fait l'ARN du compartiment, pas son nom : saisissez le nom seul.
braze-error-bucket-folder = `/{ $folder }` après le nom est un chemin de dossier : saisissez le nom du compartiment seul ; pour Currents, le dossier va dans le champ **{ -braze-folder-path }** (chemin du dossier).
braze-error-bucket-slash = Il finit par une barre oblique, qui ne fait pas partie d'un nom de compartiment.
braze-error-bucket-other-name = Même sans ces erreurs, il désigne { $name }, pas { $configured }.
braze-error-access-denied = AWS a refusé une requête (Access Denied), mais le message ne dit ni quelle action a été refusée, ni quelle identité l'a demandée : le widget ne peut pas en déduire le symptôme. Dans votre cas, ce peut être l'un de ceux-ci ; choisissez celui qui correspond dans la liste ci-dessus :
braze-error-cut = Seuls les { $chars } premiers caractères ont été lus : les messages de Braze sont bien plus courts.
symptom-invalid-after-role = « { -braze-invalid-credentials } » juste après la création du rôle
symptom-put-object-denied = Accès refusé (AccessDenied) sur `s3:PutObject`
symptom-kms-generate-data-key = Non autorisé pour `kms:GenerateDataKey`
symptom-events-stopped = Les événements Currents n'arrivent plus
symptom-object-lock = Currents échoue sur un compartiment avec Object Lock
symptom-download-links-fail = Les liens de téléchargement des exports ne fonctionnent pas
symptom-api-export-no-url = Un export par API ne renvoie pas d'URL de téléchargement
cause-invalid-after-role = IAM n'a pas encore propagé le nouveau rôle : Braze a tenté de l'endosser trop tôt.
fix-invalid-after-role = Attendez quelques minutes, puis réessayez. Si l'erreur persiste, vérifiez l'ID de compte Braze et l'ID externe du rôle, et l'ARN collé dans Braze.
cause-put-object-denied = La politique jointe n'accorde pas `s3:PutObject` sur les objets du compartiment, ou elle n'est pas jointe à l'utilisateur ou au rôle que Braze utilise.
fix-put-object-denied = Collez la politique générée pour votre cas, sans la modifier, joignez-la, puis vérifiez le nom du compartiment saisi dans Braze.
cause-kms-generate-data-key = Le compartiment chiffre avec SSE-KMS (une clé AWS KMS), que ni Currents ni l'export du tableau de bord ne prennent en charge.
fix-kms-generate-data-key = Réglez le chiffrement par défaut du compartiment sur SSE-S3 (clés gérées par Amazon S3), ou utilisez un compartiment sans SSE-KMS.
cause-events-stopped = Les informations d'identification du connecteur ont expiré ou ont été révoquées : il a cessé d'envoyer des événements. Au-delà de { $days } { $days ->
        [one] jour
       *[other] jours
    } selon la page actuelle de Braze (les versions précédentes disaient { $hours } { $hours ->
        [one] heure
       *[other] heures
    }), ses événements sont abandonnés et perdus définitivement.
fix-events-stopped = Créez une nouvelle clé d'accès (ou vérifiez le rôle), mettez à jour les informations d'identification du connecteur dans Braze, et faites-le sans attendre.
cause-object-lock = Currents ne prend pas en charge les compartiments avec S3 Object Lock.
fix-object-lock = Utilisez un compartiment créé sans Object Lock : l'option ne peut pas être retirée d'un compartiment existant.
cause-download-links-fail = La politique n'accorde pas `s3:GetObject` : Braze en a besoin pour ses liens de téléchargement et sa gestion des erreurs.
fix-download-links-fail = Utilisez la politique générée pour votre cas, qui inclut `s3:GetObject`, et vérifiez qu'elle est jointe.
cause-api-export-no-url = C'est le comportement attendu : avec un stockage cloud intégré, les exportations par API ne renvoient pas d'URL de téléchargement.
fix-api-export-no-url = Récupérez le fichier directement dans votre compartiment S3.
