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

## The providers' pictures (src/core/providers/diagram.rs)

provider-diagram-braze = Braze
provider-diagram-gcs-key = se connecte avec la clé JSON de
provider-diagram-service-account = Le compte de service
provider-diagram-gcs-role = peut écrire, sur ce compartiment seulement, avec le rôle personnalisé
provider-diagram-bucket = Le compartiment
provider-diagram-azure-connection-string = écrit avec la chaîne de connexion (elle contient une clé de compte) dans
provider-diagram-storage-account = Le compte de stockage et son conteneur
provider-diagram-azure-certificate = se connecte à Microsoft Entra ID avec le certificat en tant que
provider-diagram-app = Le principal de service de l'application
provider-diagram-azure-role = peut écrire avec Storage Blob Data Contributor, accordé sur le compte de stockage, dans
provider-diagram-title = Qui peut faire quoi : l'accès de Braze à { $target }
provider-diagram-gcs-desc = Braze se connecte en tant que compte de service { $account } avec sa clé JSON. Le rôle personnalisé { $role }, accordé sur le compartiment { $bucket } seulement, lui permet d'y écrire.
provider-diagram-azure-connection-string-desc = Braze écrit dans le conteneur { $container } du compte de stockage { $account } avec la chaîne de connexion, qui contient une clé de compte.
provider-diagram-azure-certificate-desc = Braze se connecte à Microsoft Entra ID en tant qu'application { $client } avec le certificat. Storage Blob Data Contributor, accordé sur le compte de stockage { $account }, lui permet d'écrire dans le conteneur { $container }.
