# Microsoft Azure Blob Storage : champs, règles, fichiers générés, vérificateur, vérification préalable, mise à jour.
# Balisage : **libellé** pour un bouton ou un menu, `littéral` pour du code.
# La page française de Braze écrit en anglais les libellés du portail Azure et du tableau de bord Braze.
# Le portail Azure existe aussi en français : là où une page française de Microsoft Learn montre son libellé
# (docs/facts.md, « Azure portal (fr/es/de/pt-BR) »), le français d'abord, l'anglais entre parenthèses, comme
# labels.ftl : Clés d'accès, Inscriptions d'applications, + Nouvelle inscription, ID d'application (client),
# Contrôle d'accès (IAM), Ajouter une attribution de rôle. Les autres libellés du portail restent en anglais.

## Méthodes d'authentification et champs

azure-auth-connection-string = Chaîne de connexion
azure-auth-certificate-service-principal = Principal de service avec certificat (Currents uniquement)
azure-field-storage-account = Nom du compte de stockage
azure-field-container = Nom du conteneur
azure-field-prefix = Préfixe (facultatif)
azure-field-resource-group = Groupe de ressources
azure-field-tenant-id = Directory (tenant) ID
azure-field-client-id = Application (client) ID

## Règles de saisie

azure-rule-required = Obligatoire.
azure-rule-account-length = Un nom de compte de stockage compte de { $min } à { $max } caractères (actuellement { NUMBER($len) }).
azure-rule-account-characters = Uniquement des lettres minuscules et des chiffres : retirez { $found }.
azure-rule-container-length = Un nom de conteneur compte de { $min } à { $max } caractères (actuellement { NUMBER($len) }).
azure-rule-container-uppercase = Les noms de conteneur s'écrivent en minuscules.
azure-rule-container-characters = Uniquement des lettres minuscules, des chiffres et des tirets : retirez { $found }.
azure-rule-container-start = Un nom de conteneur commence par une lettre ou un chiffre.
azure-rule-container-end = Un nom de conteneur ne finit pas par un tiret : chaque tiret se trouve entre deux lettres ou chiffres.
azure-rule-container-double-dash = Deux tirets à la suite ne sont pas admis dans un nom de conteneur.
azure-rule-prefix-length = Le préfixe compte au plus { NUMBER($max) } caractères, la longueur d'un nom de blob entier (actuellement { NUMBER($len) }).
azure-rule-prefix-end = Ne terminez pas le préfixe par un point ou une barre oblique : Microsoft déconseille les noms de blob qui se terminent ainsi.
azure-rule-prefix-control = Le préfixe contient des caractères de contrôle ({ $found }) : retapez-le sans eux.
azure-rule-prefix-invisible = Le préfixe contient des caractères de mise en forme invisibles ({ $found }) : le nom qu'Azure enregistrerait n'est pas celui que vous voyez. Retapez-le sans eux.
azure-rule-resource-group-length = Un nom de groupe de ressources compte au plus { $max } caractères (actuellement { NUMBER($len) }).
azure-rule-resource-group-characters = Uniquement des lettres, des chiffres et `_ - . ( )` : retirez { $found }.
azure-rule-resource-group-end = Un nom de groupe de ressources ne finit pas par un point.
azure-rule-guid = Collez l'ID tel qu'Azure l'affiche : 32 chiffres hexadécimaux sous la forme `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
azure-rule-certificate-currents-only = Le principal de service avec certificat ne fonctionne que pour Braze Currents : choisissez la chaîne de connexion pour l'export des données du tableau de bord et l'archivage des messages.

## Secrets : jamais gardés, jamais affichés

azure-secret-connection-string = Ceci est une chaîne de connexion : elle contient une clé du compte. Ne la collez pas ici ; elle va uniquement dans le champ de chaîne de connexion de Braze (Currents : **Azure Blob Data Export** ; export : **Microsoft Azure** dans **Technology Partners**). Rien n'en a été gardé.
azure-secret-sas-token = Ceci est une signature d'accès partagé (SAS) : un secret. La page Azure de Braze n'en demande pas ; Braze prend la chaîne de connexion ou un certificat. Rien n'en a été gardé.
azure-secret-account-key = Ceci ressemble à une clé de compte de stockage : un secret. Braze prend la chaîne de connexion entière, dans son propre champ, jamais ici. Rien n'en a été gardé.
azure-secret-private-key = Ceci est une clé privée : elle va uniquement dans le champ **Certificate** de Braze, dans `braze-currents.pem`, jamais ici et jamais dans Azure. Rien n'en a été gardé.
azure-secret-client-secret = Ceci ressemble au secret client d'une inscription d'application : un secret. La méthode par certificat de Braze n'en utilise pas. Rien n'en a été gardé.

## Fichiers générés

azure-snippet-cli-script = Script Azure CLI
azure-snippet-certificate = Commandes du certificat (openssl)
azure-snippet-terraform = Configuration Terraform
azure-note-cli-sign-in = Exécutez-le dans Azure Cloud Shell ou dans un terminal où `az login` est fait, dans l'abonnement qui contient le groupe de ressources ; le groupe de ressources doit exister.
azure-note-container-login = Le conteneur est créé avec votre propre connexion (`--auth-mode login`), jamais avec une clé : il vous faut un rôle de données sur le compte, comme Storage Blob Data Contributor, ou créez le conteneur dans le portail.
azure-note-cli-certificate = Exécutez-le dans le dossier qui contient `cert.pem`. Le certificat est ajouté avec `--append` : sans cette option, Azure CLI supprimerait tous les autres certificats et secrets de l'application.
azure-note-connection-string-portal = La chaîne de connexion n'est jamais affichée : copiez-la depuis le portail, dans le menu **Clés d'accès** (**Access Keys**) du compte de stockage, et collez-la uniquement dans Braze.
azure-note-certificate-files = Importez `cert.pem` dans l'inscription d'application ; mettez `{ $file }` (certificat et clé non chiffrée) uniquement dans le champ **Certificate** de Braze ; n'importez jamais `key.pem` ni `{ $file }` dans Azure.
azure-note-certificate-expiry = La dernière commande affiche la date de fin du certificat : renouvelez-le avant, comme l'explique la mise à jour des identifiants ci-dessous.
azure-note-terraform-versions = Écrit pour le fournisseur azurerm 4.9 ou plus récent et azuread 3.0 ou plus récent : les versions antérieures nomment certains arguments autrement.
azure-note-terraform-certificate = Placez `cert.pem` (le certificat public seul) à côté du fichier. Aucune clé ne figure jamais dans la configuration ni dans son état.

## Vérificateur des attributions de rôle

azure-check-empty = Collez la sortie de `az role assignment list --all --assignee <client ID> --output json`.
azure-check-too-large = Ce texte dépasse { $megabytes } Mo, plus que ce que cette page lit : collez uniquement la sortie de `az role assignment list`.
azure-check-too-many = Cette liste a plus de { $max } entrées, plus que ce que cette page lit.
azure-check-not-json = Ce n'est pas du JSON : collez la sortie de `az role assignment list` avec `--output json`.
azure-check-not-assignments = Ce JSON n'est pas une liste d'attributions de rôle : chaque entrée a besoin d'un `scope` et d'un `roleDefinitionId`.
azure-check-no-assignment = La liste ne contient aucune attribution de rôle pour l'application dont vous avez saisi l'ID client.
azure-check-at-account = { $role } est attribué à l'étendue du compte de stockage, comme le demande Braze.
azure-check-below-account = { $role } est attribué sur { $scope }, sous le compte de stockage : Braze demande l'étendue du compte de stockage.
azure-check-broad-scope = { $role } est attribué sur { $scope } : cela couvre votre compte de stockage, et tous les autres sous cette étendue.
azure-check-uncertain-scope = { $role } est attribué sur { $scope } : la liste ne montre pas si votre compte de stockage s'y trouve, il n'est donc pas compté.
azure-check-unknown-role = Les autorisations de { $role } ne sont pas connues ici : il n'est pas compté.
azure-check-conditional = { $role } est accordé sous condition : il n'est pas compté.
azure-check-group = { $role } est attribué au groupe { $group } : il ne compte que si l'application en est membre, ce que la liste ne montre pas.
azure-check-broad-role = { $role } accorde plus que ce dont Braze a besoin : { $kind ->
        [keys] il peut lire les clés du compte, qui ouvrent toutes ses données.
        [access] il peut attribuer des rôles, à lui-même ou à quiconque.
        [ownership] il peut changer les propriétaires et les listes de contrôle d'accès des blobs.
       *[account] il peut modifier ou supprimer le compte de stockage.
    }
azure-check-other-principals = { $count ->
        [one] Une attribution d'un autre principal a été laissée de côté.
       *[other] { $count } attributions d'autres principaux ont été laissées de côté.
    }
azure-check-missing = Manquant à l'étendue du compte de stockage ({ $count }) : { $operations }.
azure-check-deny-not-listed = Les attributions de refus ne figurent pas dans cette liste : l'une d'elles pourrait encore bloquer Braze.
azure-check-fix-assign = Attribuez { $role } au principal de service de l'application sur le compte de stockage (le script Azure CLI le fait).
azure-check-fix-narrow = Attribuez { $role } sur le compte de stockage lui-même, puis supprimez l'attribution plus large.
azure-check-fix-role = Utilisez { $role } : il accorde ce dont Braze a besoin, et rien de plus.
azure-check-fix-definition = Collez aussi la définition du rôle : `az role definition list --name "<role>" --output json`.

## Vérification préalable

azure-preflight-intro = Vérification préalable en lecture seule du compte de stockage { $account } et de son conteneur { $container } pour Braze. Elle ne fait que lire (commandes show et list d'Azure CLI) et n'affiche ni clé ni chaîne de connexion. Exécutez-la dans Azure Cloud Shell ou là où `az login` est fait, puis collez tout ce qu'elle affiche dans le widget.
azure-preflight-other-values = Ce rapport concerne { $field ->
        [account] le compte de stockage
        [container] le conteneur
        [group] le groupe de ressources
        [auth] la méthode
        [tenant] l'ID de locataire
       *[client] l'ID client
    } { $reported }, mais vous avez saisi { $configured }. Copiez le script pour vos valeurs actuelles et exécutez-le de nouveau.
azure-preflight-absent = Le rapport ne contient aucune réponse de `az { $call }` : non vérifié.
azure-preflight-denied = L'identité qui a exécuté le script n'a pas le droit d'appeler `az { $call }` : non vérifié.
azure-preflight-error = `az { $call }` a échoué ({ $error }) : non vérifié.
azure-preflight-account-ok = Le compte de stockage { $account } existe ({ $kind }, espace de noms hiérarchique { $hns ->
        [on] activé
       *[off] désactivé
    }).
azure-preflight-account-file-storage = Le compte de stockage { $account } est un compte FileStorage : il n'a pas de service blob.
azure-preflight-account-missing = Il n'y a pas de compte de stockage { $account } dans le groupe de ressources { $group }.
azure-preflight-endpoint-ok = Le point de terminaison blob { $endpoint } est dans le cloud Azure public.
azure-preflight-endpoint-other-cloud = Le point de terminaison blob { $endpoint } ne finit pas par `.blob.core.windows.net` : la méthode par certificat ne fonctionne que dans le cloud Azure public.
azure-preflight-shared-key-on = L'accès par clé partagée (Shared Key) est autorisé, comme l'exige une chaîne de connexion.
azure-preflight-shared-key-off = L'accès par clé partagée (Shared Key) est désactivé : une chaîne de connexion, qui signe avec une clé du compte, est refusée.
azure-preflight-network-open = L'accès réseau public est activé, sans règle de pare-feu qui refuse par défaut.
azure-preflight-network-disabled = L'accès réseau public est désactivé : Braze ne peut pas joindre le compte.
azure-preflight-network-firewall = Le pare-feu du compte refuse par défaut : Braze ne publie pas d'adresses IP fixes pour Azure, ses écritures risquent donc d'être refusées.
azure-preflight-container-ok = Le conteneur { $container } existe.
azure-preflight-container-missing = Il n'y a pas de conteneur { $container } dans { $account }.
azure-preflight-container-denied = Votre connexion n'a pas le droit de lire le conteneur { $container } (il faut un rôle de données comme Storage Blob Data Reader) : non vérifié. Cela ne dit rien de l'accès de Braze.
azure-preflight-tenant-ok = Le locataire de l'abonnement est { $tenant }, l'ID de locataire que vous avez saisi.
azure-preflight-tenant-differs = Le locataire de l'abonnement est { $found }, et non { $typed }, l'ID de locataire que vous avez saisi.
azure-preflight-app-ok = L'inscription d'application { $client } existe.
azure-preflight-app-missing = Il n'y a pas d'inscription d'application avec l'ID client { $client }.
azure-preflight-sp-ok = L'application { $client } a son principal de service.
azure-preflight-sp-missing = L'application { $client } n'a pas de principal de service : aucun rôle ne peut lui être attribué.
azure-preflight-certificate-none = L'application n'a aucun certificat.
azure-preflight-certificate-expired = Le dernier certificat de l'application a pris fin le { $date } : Braze ne peut pas se connecter.
azure-preflight-certificate-soon = Le dernier certificat de l'application prend fin le { $date }, dans { $days ->
        [one] un jour
       *[other] { $days } jours
    } : renouvelez-le maintenant.
azure-preflight-certificate-ok = Le dernier certificat de l'application prend fin le { $date }, dans { $days } jours.
azure-preflight-role-ok = L'application détient { $role } à l'étendue du compte de stockage.
azure-preflight-role-broad = L'application peut écrire, mais par une attribution plus large que { $role } sur le compte de stockage.
azure-preflight-role-missing = L'application ne détient pas { $role } sur le compte de stockage.
azure-preflight-role-container = L'application détient { $role } sur le conteneur seulement : Braze demande l'étendue du compte de stockage.
azure-preflight-fix-create = Créez-le : le script Azure CLI le fait.
azure-preflight-fix-new-account = Créez un compte de stockage v2 à usage général pour Braze : le script Azure CLI le fait.
azure-preflight-fix-connection-string = Utilisez la méthode par chaîne de connexion : Braze ne limite au cloud Azure public que la méthode par certificat.
azure-preflight-fix-shared-key = Autorisez l'accès par clé partagée (compte de stockage > **Configuration**), ou utilisez la méthode par certificat pour Currents.
azure-preflight-fix-network = Autorisez l'accès réseau public au compte. Braze ne publie aucune adresse IP à autoriser : sa page Azure renvoie aux paramètres réseau du compte de stockage lui-même (règles de pare-feu, points de terminaison privés).
azure-preflight-fix-tenant = Saisissez le **Directory (tenant) ID** du locataire de l'application, ou exécutez le script connecté à ce locataire.
azure-preflight-fix-certificate = Créez un nouveau certificat, ajoutez-le avec `--append`, puis mettez Braze à jour : la mise à jour des identifiants explique comment.

## Identifiants : expiration et mises à jour

azure-expiry-connection-string = Si les identifiants cessent de fonctionner, le connecteur n'envoie plus d'événements ; si cela dure plus de { $hours } heures, ses événements sont abandonnés et les données sont définitivement perdues (page Azure de Braze).
azure-expiry-certificate = Si le certificat expire, le connecteur n'envoie plus d'événements jusqu'à ce qu'un certificat valide soit fourni, et une longue interruption peut faire perdre des données (la page Azure de Braze ne donne pas de durée).
azure-update-keys-title = Renouveler la clé d'accès sans interruption
azure-update-keys-regenerate-unused = Dans le menu **Clés d'accès** (**Access Keys**) du compte de stockage, régénérez la clé que Braze n'utilise pas (Azure en garde deux pour cela).
azure-update-keys-update-braze = Copiez la chaîne de connexion de cette clé dans Braze : **Edit Current** > **Credentials** > **Update Current**, ou **Microsoft Azure** dans **Technology Partners** pour l'export.
azure-update-keys-test = Vérifiez que Braze l'accepte (Braze valide les identifiants d'un Current quand vous les mettez à jour) et que les fichiers arrivent toujours dans le conteneur.
azure-update-keys-regenerate-old = Régénérez ensuite l'autre clé, celle que Braze utilisait avant.
azure-update-certificate-title = Renouveler le certificat avant sa fin
azure-update-certificate-new = Créez un nouveau certificat avec les commandes du certificat.
azure-update-certificate-append = Ajoutez-le à l'application en gardant l'actuel (`--append`).
azure-update-certificate-update-braze = Dans Braze, **Edit Current** > **Credentials** : fournissez le nouveau `braze-currents.pem`, puis **Update Current**.
azure-update-certificate-remove-old = Une fois que Braze fonctionne avec le nouveau, retirez l'ancien certificat de l'application.
azure-update-switch-title = Changer de méthode
azure-update-switch-azure-side = Terminez d'abord le côté Azure de l'autre méthode (ses étapes ci-dessus).
azure-update-switch-braze = Dans Braze, **Currents**, votre connecteur Azure Blob, **Edit Current** > **Credentials** : choisissez la méthode, fournissez ses valeurs, puis **Update Current**.

## Libellés tels que l'écran les affiche

azure-label-create-storage-account = **Storage Accounts** > **+ Add** > **Review + create**
azure-label-access-keys = **Clés d'accès** (**Access Keys**)
azure-label-blobs = **Blob Service** > **Blobs**
azure-label-create-current = **Currents** > **+ Create Current** > **Azure Blob Data Export**
azure-label-export-partner = **Partner Integrations** > **Technology Partners** > **Microsoft Azure**
azure-label-default-destination = **Make this the default data export destination**
azure-label-new-registration = **Microsoft Entra ID** > **Inscriptions d'applications** (**App registrations**) > **+ Nouvelle inscription** (**+ New registration**), puis **Register**
azure-label-app-ids = **Overview** : **ID d'application (client)** (**Application (client) ID**) et **Directory (tenant) ID**
azure-label-upload-certificate = **Certificates & secrets** > **Certificates** > **Upload certificate**, puis **Add**
azure-label-add-role-assignment = **Contrôle d'accès (IAM)** (**Access Control (IAM)**) > **+ Add** > **Ajouter une attribution de rôle** (**Add role assignment**)
azure-label-role-assignment-tabs = **Role** : **Storage Blob Data Contributor** ; **Members** : **User, group, or service principal**, **+ Select members** ; **Review + assign**
azure-label-endpoints = **Settings** > **Endpoints** : **Blob service**
azure-label-certificate-fields = **Credentials** : **Certificate Service Principal** ; **Tenant ID**, **Client ID**, **Account Endpoint**, **Certificate**, **Container Name**, **Prefix**
azure-label-update-current = **Edit Current** > **Credentials** > **Update Current**

## Le guide (le moteur des fournisseurs : src/core/providers/guide.rs). Où cliquer s'affiche sous
## chaque étape avec les libellés ci-dessus (azure-label-*).

provider-azure-auth-connection-string-hint = La chaîne de connexion du compte de stockage, saisie dans Braze uniquement. Pour Currents, l'export des données et l'archivage des messages.
provider-azure-auth-certificate-hint = Le principal de service d'une application inscrite, qui se connecte avec un certificat, sans clé de compte. Braze Currents uniquement.
provider-azure-step-storage = Créer le compte de stockage et son conteneur
provider-azure-step-storage-body = Dans le portail Azure, créez un compte de stockage pour les données de Braze (Braze en recommande un nouveau), puis un conteneur dedans. Ou exécutez le script ci-dessous, ou appliquez le Terraform.
provider-azure-step-connection-string = Copier la chaîne de connexion
provider-azure-step-connection-string-body = Dans les clés d'accès du compte de stockage, copiez la chaîne de connexion de l'une des deux clés : Braze utilise la chaîne de connexion, pas la clé. Elle ne va que dans Braze : ne la collez jamais ici.
provider-azure-step-app = Inscrire une application pour Braze
provider-azure-step-app-body = Inscrivez une application (par exemple `braze-currents`), puis notez son ID client et son ID de locataire (**Application (client) ID** et **Directory (tenant) ID**) : saisissez-les dans le formulaire ci-dessus pour les vérifier.
provider-azure-step-certificate = Créer le certificat et l'importer
provider-azure-step-certificate-body = Créez le certificat et sa clé privée avec les commandes ci-dessous, importez le certificat (jamais la clé privée) dans l'application et notez sa date d'expiration.
provider-azure-step-role = Accorder Storage Blob Data Contributor sur le compte de stockage
provider-azure-step-role-body = Attribuez le rôle **Storage Blob Data Contributor** à l'application sur le compte de stockage, pas sur le conteneur. Sans lui, Braze se connecte mais ne peut pas écrire. Le script ci-dessus l'attribue déjà.
provider-azure-step-endpoint = Noter le point de terminaison du compte
provider-azure-step-endpoint-body = Braze demande le point de terminaison du service Blob du compte de stockage : { $endpoint }
provider-azure-placeholder-endpoint = https://VOTRE-COMPTE-DE-STOCKAGE.blob.core.windows.net
provider-azure-step-currents-connection-string = Dans Braze, créez le Current avec un nom et une adresse e-mail de contact, puis indiquez votre chaîne de connexion, le nom du conteneur et le préfixe BlobStorage (facultatif). Enfin, sélectionnez les événements à exporter et lancez le Current.
provider-azure-step-currents-certificate = Dans Braze, créez le Current avec un nom et une adresse e-mail de contact, choisissez le principal de service avec certificat et renseignez l'ID de locataire, l'ID client, le point de terminaison du compte, le fichier PEM combiné (certificat et clé privée, importé dans Braze uniquement), le nom du conteneur et le préfixe (facultatif). Braze les valide à l'enregistrement ; sélectionnez ensuite les événements à exporter et lancez le Current.
provider-azure-step-export-body = Dans Braze, ouvrez **Microsoft Azure** dans **Technology Partners**, indiquez votre chaîne de connexion, le nom du conteneur de stockage Azure et le préfixe de stockage Azure, vérifiez que la case **Make this the default data export destination** est cochée (vos exportations vont alors vers Azure) et enregistrez.
provider-azure-snippet-preflight-script = Script de vérification préalable en lecture seule (Azure CLI)
provider-azure-checker-intro = Vous avez déjà une application ? Collez ce qu'affiche `az role assignment list --all --assignee CLIENT_ID` (JSON) pour voir si elle a Storage Blob Data Contributor sur le compte de stockage, ce qui manque et ce qui est trop large. Rien ne quitte votre navigateur.
provider-azure-checker-needs-values = Saisissez d'abord dans le formulaire ci-dessus un nom de compte de stockage valide et l'ID client de l'application : seules les attributions de l'application comptent.
