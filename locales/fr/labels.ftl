# Libellés des consoles AWS et Braze, tels que le lecteur les voit à l'écran.
#
# Décision pour chaque libellé, avec sa source (ticket 14). Tableau de bord Braze : la page
# française actuelle de Braze (braze-docs _lang/fr_fr/_partners/data_and_analytics/cloud_storage/
# amazon_s3.md, résumée dans ../shared/reference/TODAY.md), qui garde en anglais les boutons du
# tableau de bord (« Test Credentials », « Launch Current », « Save ») : on les écrit en anglais,
# le sens français est donné entre parenthèses dans les phrases qui les citent. AWS : la console
# AWS en français ; là où la console peut s'afficher en anglais ou dont le libellé français n'est
# pas sûr, les deux, le français d'abord, l'anglais entre parenthèses.
#   -aws-sign-in « Se connecter », -aws-create-account « Créer un compte AWS » : console AWS en français.
#   -aws-s3, -aws-json-tab : noms de produit et d'onglet, identiques dans toutes les langues.
#   -aws-storage-category, -aws-show-credentials, -aws-download-credentials, -aws-get-started,
#   -aws-create-own-policy : écrans de l'ancienne console, cités par la page Braze ; français de
#       la page Braze, anglais entre parenthèses.
#   -aws-create-bucket « Créer un compartiment », -aws-policies « Politiques », -aws-create-policy,
#   -aws-policy-document, -aws-users, -aws-roles, -aws-create-role, -aws-another-account,
#   -aws-next « Suivant », -aws-role-arn « ARN », -aws-security-credentials-tab,
#   -aws-create-access-key, -aws-edit « Modifier » : console AWS en français.
#   -aws-permissions-tab « Autorisations (Permissions) », -aws-attach-policy,
#   -aws-review-policy, -aws-require-external-id « Exiger un ID externe (Require external ID) »,
#   -aws-trust-relationships « Relations d'approbation (Trust relationships) »,
#   -aws-custom-trust-policy, -aws-bucket-policy « Stratégie de compartiment (Bucket policy) » :
#       console AWS en français, avec l'anglais (libellé moins sûr ou console en anglais).
#   -braze-partner-integrations « Intégrations partenaires », -braze-technology-partners
#       « Partenaires technologiques », -braze-integrations, -braze-currents, -braze-amazon-s3 :
#       page française de Braze (navigation ; conformes selon TODAY.md).
#   -braze-create-currents « Create New Current » : page actuelle de Braze (Intégrations
#       partenaires > Currents > Create New Current > Amazon S3 Data Export). L'ancien chemin du
#       seed (« … > Export des données », « Créer un flux Currents ») ne reste que dans les notes
#       « ancienne navigation » de main.ftl.
#   -braze-data-export « Export des données » : l'ancien chemin du seed, dans ces notes seulement.
#   -braze-s3-data-export « Amazon S3 Data Export », -braze-credentials-section « Credentials »,
#   -braze-secret-key-radio « AWS Secret Access Key », -braze-role-arn-radio « AWS Role ARN »,
#   -braze-folder-path « Folder Path », -braze-sse-option « Server-Side, At-Rest AES-256
#   Encryption », -braze-aws-credentials-page « AWS Credentials » : écran de Braze en anglais,
#       comme les boutons que la page française garde en anglais ; sens français dans les phrases.
#   -braze-launch-currents « Launch Current », -braze-test-credentials « Test Credentials »,
#   -braze-save « Save » : la page française actuelle de Braze les garde en anglais (TODAY.md).
#   -braze-invalid-credentials « Les identifiants S3 ne sont pas valides » : message d'erreur tel
#       que la page française de Braze le cite (conforme selon TODAY.md).

## Console AWS
-aws-sign-in = Se connecter
-aws-create-account = Créer un compte AWS
-aws-s3 = S3
-aws-storage-category = Stockage et diffusion de contenu (Storage & Content Delivery)
-aws-create-bucket = Créer un compartiment
-aws-show-credentials = Afficher les informations d'identification de sécurité de l'utilisateur (Show User Security Credentials)
-aws-download-credentials = Télécharger les informations d'identification (Download Credentials)
-aws-policies = Politiques
-aws-get-started = Démarrer (Get Started)
-aws-create-policy = Créer une politique
-aws-create-own-policy = Créer votre propre politique (Create Your Own Policy)
-aws-policy-document = Document de politique
-aws-users = Utilisateurs
-aws-permissions-tab = Autorisations (Permissions)
-aws-attach-policy = Attacher une politique (Attach Policy)
-aws-json-tab = JSON
-aws-review-policy = Vérifier la politique (Review policy)
-aws-roles = Rôles
-aws-create-role = Créer un rôle
-aws-another-account = Un autre compte AWS
-aws-require-external-id = Exiger un ID externe (Require external ID)
-aws-next = Suivant
-aws-role-arn = ARN
-aws-trust-relationships = Relations d'approbation (Trust relationships)
-aws-custom-trust-policy = Politique d'approbation personnalisée (Custom trust policy)
-aws-security-credentials-tab = Informations d'identification de sécurité
-aws-create-access-key = Créer une clé d'accès

## Tableau de bord Braze
-braze-partner-integrations = Intégrations partenaires
-braze-data-export = Export des données
-braze-create-currents = Create New Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-integrations = Intégrations
-braze-currents = Currents
-braze-technology-partners = Partenaires technologiques
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = Folder Path
-braze-sse-option = Server-Side, At-Rest AES-256 Encryption
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = Les identifiants S3 ne sont pas valides
-aws-bucket-policy = Stratégie de compartiment (Bucket policy)
-aws-edit = Modifier
-braze-default-export-destination = Make this the default data export destination
