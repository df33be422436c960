# Libellés des consoles AWS et Braze, tels que le lecteur les voit à l'écran.
# Un libellé dont la version française n'est pas certaine reste en anglais,
# pour que le lecteur trouve toujours le bouton.

## Console AWS
-aws-sign-in = Se connecter
-aws-create-account = Créer un compte AWS
-aws-s3 = S3
-aws-storage-category = Stockage et distribution de contenu
-aws-create-bucket = Créer un compartiment
-aws-show-credentials = Afficher les informations de sécurité de l'utilisateur
-aws-download-credentials = Télécharger les informations d'identification
-aws-policies = Politiques
-aws-get-started = Démarrer
-aws-create-policy = Créer une politique
-aws-create-own-policy = Créer votre propre politique
-aws-policy-document = Document de politique
-aws-users = Utilisateurs
-aws-permissions-tab = Permissions
-aws-attach-policy = Joindre une politique
-aws-json-tab = JSON
-aws-review-policy = Réviser la politique
-aws-roles = Rôles
-aws-create-role = Créer un rôle
-aws-another-account = Un autre compte AWS
-aws-require-external-id = Require external ID
-aws-next = Suivant
-aws-role-arn = ARN du rôle
-aws-trust-relationships = Trust relationships
-aws-custom-trust-policy = Custom trust policy
-aws-security-credentials-tab = Informations d'identification de sécurité
-aws-create-access-key = Créer une clé d'accès

## Tableau de bord Braze
-braze-partner-integrations = Intégrations partenaires
-braze-data-export = Export des données
-braze-create-currents = Créer un flux Currents
-braze-s3-data-export = Exportation de données Amazon S3
-braze-integrations = Intégrations
-braze-currents = Currents
-braze-technology-partners = Partenaires technologiques
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Identifiants
-braze-secret-key-radio = Clé d'accès secrète AWS
-braze-role-arn-radio = ARN du rôle AWS
-braze-folder-path = Chemin d'accès au dossier
-braze-sse-option = Chiffrement AES-256 côté serveur, au repos
-braze-launch-currents = Lancer le flux Currents
-braze-aws-credentials-page = Identifiants AWS
-braze-test-credentials = Tester les informations d'identification
-braze-save = Enregistrer
-braze-invalid-credentials = Les identifiants S3 ne sont pas valides
-aws-bucket-policy = Bucket policy
-aws-edit = Modifier
