# Etiquetas de las consolas de AWS y de Braze, tal como el lector las ve en pantalla.
#
# Regla (issues 14 y 20): las palabras de la pantalla; las dos donde la pantalla puede estar en
# inglés. Fuente: la página actual de Braze en español (braze-docs _lang/es/_partners/
# data_and_analytics/cloud_storage/amazon_s3.md; docs/facts.md, "Today vs the seed"). En los pasos
# de la clave secreta escribe en inglés las etiquetas de AWS y de Braze ("Create Bucket", "Users",
# "Permissions", "Credentials", "Test Credentials", "Save"); en los del ARN de rol, en español.
# Por eso cada etiqueta lleva las dos formas: la española primero y la inglesa entre paréntesis
# (la de la consola de AWS actual en inglés o la de la página de Braze). Glosario:
# docs/glossary/es.md.
#   -aws-*: consola de AWS en español + inglés entre paréntesis ("Roles" es igual en los dos).
#   -aws-s3, -aws-json-tab: nombres de producto y de pestaña, iguales en todos los idiomas.
#   -braze-partner-integrations, -braze-technology-partners, -braze-integrations,
#   -braze-s3-data-export, -braze-credentials-section, -braze-role-arn-radio, -braze-folder-path,
#   -braze-sse-option, -braze-aws-credentials-page, -braze-test-credentials, -braze-save:
#       español de la página de Braze + inglés del panel entre paréntesis.
#   -braze-create-currents "Crear nuevo Current (Create New Current)", -braze-launch-currents
#       "Lanzar Current (Launch Current)": las dos formas.
#   -braze-data-export "Exportación de datos": la ruta antigua, solo en las notas de navegación
#       antigua de main.ftl.
#   -braze-secret-key-radio "AWS Secret Access Key": la página actual de Braze la deja en inglés.
#   -braze-invalid-credentials "S3 credentials are invalid": el error, que la página en español
#       cita en inglés.
#   -braze-default-export-destination "Make this the default data export destination": en inglés
#       en todas las páginas de Braze.
#   Contenedor: Braze llama «contenedor» al bucket en su página y en sus campos; la consola de AWS
#       en español dice «bucket». Los mensajes que remiten al campo de Braze dicen
#       «contenedor (bucket)».
#   Current: Braze llama «Current» a cada conector («Asigna un nombre a tu Current»), no «flujo
#       de Currents».

## Consola de AWS
-aws-sign-in = Iniciar sesión en la consola (Sign In to the Console)
-aws-create-account = Crear una cuenta de AWS (Create an AWS Account)
-aws-s3 = S3
-aws-storage-category = Almacenamiento y entrega de contenido (Storage & Content Delivery)
-aws-create-bucket = Crear bucket (Create bucket)
-aws-show-credentials = Mostrar credenciales de seguridad del usuario (Show User Security Credentials)
-aws-download-credentials = Descargar credenciales (Download Credentials)
-aws-policies = Políticas (Policies)
-aws-get-started = Empezar (Get Started)
-aws-create-policy = Crear política (Create policy)
-aws-create-own-policy = Crear tu propia política (Create Your Own Policy)
-aws-policy-document = Documento de política (Policy Document)
-aws-users = Usuarios (Users)
-aws-permissions-tab = Permisos (Permissions)
-aws-attach-policy = Adjuntar política (Attach Policy)
-aws-json-tab = JSON
-aws-review-policy = Revisar política (Review policy)
-aws-roles = Roles
-aws-create-role = Crear rol (Create role)
-aws-another-account = Otra cuenta de AWS (Another AWS account)
-aws-require-external-id = Requerir ID externo (Require external ID)
-aws-next = Siguiente (Next)
-aws-role-arn = ARN de rol (Role ARN)
-aws-trust-relationships = Relaciones de confianza (Trust relationships)
-aws-custom-trust-policy = Política de confianza personalizada (Custom trust policy)
-aws-security-credentials-tab = Credenciales de seguridad (Security credentials)
-aws-create-access-key = Crear clave de acceso (Create access key)

## Panel de Braze
-braze-partner-integrations = Integraciones de partners (Partner Integrations)
-braze-data-export = Exportación de datos
-braze-create-currents = Crear nuevo Current (Create New Current)
-braze-s3-data-export = Exportación de datos de Amazon S3 (Amazon S3 Data Export)
-braze-integrations = Integraciones (Integrations)
-braze-currents = Currents
-braze-technology-partners = Partners tecnológicos (Technology Partners)
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credenciales (Credentials)
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = ARN de rol de AWS (AWS Role ARN)
-braze-folder-path = Ruta de carpeta (Folder Path)
-braze-sse-option = Cifrado AES-256 del lado del servidor en reposo (Server-Side, At-Rest AES-256 Encryption)
-braze-launch-currents = Lanzar Current (Launch Current)
-braze-aws-credentials-page = Credenciales de AWS (AWS Credentials)
-braze-test-credentials = Probar credenciales (Test Credentials)
-braze-save = Guardar (Save)
-braze-invalid-credentials = S3 credentials are invalid
-aws-bucket-policy = Política de bucket (Bucket policy)
-aws-edit = Editar (Edit)
-braze-default-export-destination = Make this the default data export destination
