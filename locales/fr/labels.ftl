# Libellés des consoles AWS et Braze, tels que le lecteur les voit à l'écran.
#
# Règle (tickets 14 et 20) : les mots de l'écran ; les deux là où l'écran peut être en anglais.
# Source : la page française actuelle de Braze (braze-docs _lang/fr_fr/_partners/
# data_and_analytics/cloud_storage/amazon_s3.md ; docs/facts.md, « Today vs the seed »). Elle
# écrit en anglais les libellés du tableau de bord Braze (« Partner Integrations > Currents »,
# « Technology Partners », « Test Credentials », « Launch Current », « Save ») et cite l'erreur
# « S3 credentials are invalid » en anglais ; elle écrit aussi en anglais les boutons et onglets
# de la console AWS (« Create Bucket », « Policies », « Create Policy », « Users », « Roles »,
# « Create Role », « Another AWS Account », « Next », « Security Credentials », « Create Access
# Key »). La console AWS existe aussi en français : pour chaque libellé AWS, le français de la
# console d'abord, l'anglais entre parenthèses. Glossaire : docs/glossary/fr.md.
#   -aws-* : console AWS en français + anglais entre parenthèses (l'anglais de la console AWS
#       actuelle ; pour les écrans de l'ancienne console, celui de la page de Braze).
#   -aws-s3, -aws-json-tab : noms de produit et d'onglet, identiques dans toutes les langues.
#   -braze-partner-integrations « Partner Integrations », -braze-technology-partners « Technology
#       Partners », -braze-integrations « Integrations », -braze-currents, -braze-amazon-s3 :
#       anglais, comme la page française actuelle de Braze.
#   -braze-create-currents « Create New Current » : page actuelle (Partner Integrations > Currents >
#       Create New Current > Amazon S3 Data Export).
#   -braze-data-export « Data Export (Export des données) » : l'ancien chemin, dans les notes
#       « ancienne navigation » seulement, avec le français de la page d'origine (seed), comme
#       « Create Current (Créer un flux Currents) » dans ces notes.
#   -braze-s3-data-export, -braze-credentials-section, -braze-secret-key-radio,
#   -braze-role-arn-radio, -braze-folder-path, -braze-sse-option, -braze-aws-credentials-page,
#   -braze-launch-currents, -braze-test-credentials, -braze-save : anglais, comme la page
#       française actuelle ; le sens français est donné dans les phrases qui les citent.
#   -braze-invalid-credentials « S3 credentials are invalid » : l'erreur, citée en anglais par la
#       page française actuelle (la page d'origine la traduisait).
#   -braze-default-export-destination « Make this the default data export destination » : anglais
#       sur toutes les pages de Braze.

## Console AWS
-aws-sign-in = Se connecter à la console (Sign In to the Console)
-aws-create-account = Créer un compte AWS (Create an AWS Account)
-aws-s3 = S3
-aws-storage-category = Stockage et diffusion de contenu (Storage & Content Delivery)
-aws-create-bucket = Créer un compartiment (Create bucket)
-aws-show-credentials = Afficher les informations d'identification de sécurité de l'utilisateur (Show User Security Credentials)
-aws-download-credentials = Télécharger les informations d'identification (Download Credentials)
-aws-policies = Politiques (Policies)
-aws-get-started = Démarrer (Get Started)
-aws-create-policy = Créer une politique (Create policy)
-aws-create-own-policy = Créer votre propre politique (Create Your Own Policy)
-aws-policy-document = Document de politique (Policy Document)
-aws-users = Utilisateurs (Users)
-aws-permissions-tab = Autorisations (Permissions)
-aws-attach-policy = Attacher une politique (Attach Policy)
-aws-json-tab = JSON
-aws-review-policy = Vérifier la politique (Review policy)
-aws-roles = Rôles (Roles)
-aws-create-role = Créer un rôle (Create role)
-aws-another-account = Un autre compte AWS (Another AWS account)
-aws-require-external-id = Exiger un ID externe (Require external ID)
-aws-next = Suivant (Next)
-aws-role-arn = ARN (Role ARN)
-aws-trust-relationships = Relations d'approbation (Trust relationships)
-aws-custom-trust-policy = Politique d'approbation personnalisée (Custom trust policy)
-aws-security-credentials-tab = Informations d'identification de sécurité (Security credentials)
-aws-create-access-key = Créer une clé d'accès (Create access key)

## Tableau de bord Braze
-braze-partner-integrations = Partner Integrations
-braze-data-export = Data Export (Export des données)
-braze-create-currents = Create New Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-integrations = Integrations
-braze-currents = Currents
-braze-technology-partners = Technology Partners
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
-braze-invalid-credentials = S3 credentials are invalid
-aws-bucket-policy = Stratégie de compartiment (Bucket policy)
-aws-edit = Modifier (Edit)
-braze-default-export-destination = Make this the default data export destination
