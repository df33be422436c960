# L'image « qui peut faire quoi » : le compte de Braze ou l'utilisateur IAM, le rôle, les actions
# de la politique d'autorisations, le compartiment. Textes courts : l'image fait 320 unités de
# large (environ 35 lettres par ligne ; un libellé plus long passe sur trois lignes au plus).
# $action et $actions sont des actions IAM (sts:AssumeRole, s3:PutObject…), jamais traduites.

diagram-caption = Qui peut faire quoi
diagram-braze-account = Compte AWS de Braze
diagram-assumes = endosse le rôle ({ $action }) avec l'ID externe
diagram-role = Rôle IAM dans votre compte AWS
diagram-user = Utilisateur IAM dans votre compte AWS
diagram-access-key = et sa clé d'accès, saisie dans Braze
diagram-allows = la politique d'autorisations { $policy } permet :
diagram-bucket = Compartiment S3
diagram-folders = { $count ->
        [one] Dossier Currents
       *[other] Dossiers Currents
    }
diagram-more-folders = et { $count } de plus

## L'alternative textuelle : le titre nomme le compartiment (et, pour un rôle, le compte de
## Braze et l'ID externe) ; la description dit tout ce que montre l'image.

diagram-title-role = Le compte AWS de Braze { $account } endosse votre rôle avec l'ID externe { $external_id } pour utiliser le compartiment S3 { $bucket }
diagram-title-key = L'utilisateur IAM { $user } et sa clé d'accès, saisie dans Braze, utilisent le compartiment S3 { $bucket }
diagram-desc-assume = Le compte AWS de Braze { $account } peut endosser le rôle IAM { $role } ({ $action }) seulement s'il présente l'ID externe { $external_id }.
diagram-desc-key = Braze se connecte en tant qu'utilisateur IAM { $user } avec sa clé d'accès, que vous saisissez dans Braze.
diagram-desc-policy = La politique d'autorisations { $policy } permet { $actions } sur le compartiment S3 { $bucket }.
diagram-desc-folders = { $count ->
        [one] Currents écrit dans le dossier { $folders }.
       *[other] Currents écrit dans les dossiers { $folders }.
    }
diagram-desc-folders-missing = { $count ->
        [one] Currents écrit dans un dossier dont le chemin n'est pas encore valide.
       *[other] Currents écrit dans { $count } dossiers dont les chemins ne sont pas encore tous valides.
    }
