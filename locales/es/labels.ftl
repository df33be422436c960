# Etiquetas de las consolas de AWS y de Braze, tal como el lector las ve en pantalla.
# Se mantienen en inglés a propósito, porque no hay certeza de cómo aparecen en español
# (casi todas son pantallas antiguas de la consola de AWS, y la documentación de Braze en
# español también las deja en inglés): -aws-storage-category, -aws-show-credentials,
# -aws-download-credentials, -aws-get-started, -aws-create-own-policy, -aws-attach-policy
# y -braze-create-currents.
# S3, JSON, Roles, Currents y Amazon S3 se escriben igual en los dos idiomas.

## Consola de AWS
-aws-sign-in = Iniciar sesión en la consola
-aws-create-account = Crear una cuenta de AWS
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = Crear bucket
-aws-show-credentials = Show User Security Credentials
-aws-download-credentials = Download Credentials
-aws-policies = Políticas
-aws-get-started = Get Started
-aws-create-policy = Crear política
-aws-create-own-policy = Create Your Own Policy
-aws-policy-document = Documento de política
-aws-users = Usuarios
-aws-permissions-tab = Permisos
-aws-attach-policy = Attach Policy
-aws-json-tab = JSON
-aws-review-policy = Revisar política
-aws-roles = Roles
-aws-create-role = Crear rol
-aws-another-account = Otra cuenta de AWS
-aws-require-external-id = Requerir ID externo
-aws-next = Siguiente
-aws-role-arn = ARN de rol
-aws-trust-relationships = Relaciones de confianza
-aws-custom-trust-policy = Política de confianza personalizada
-aws-security-credentials-tab = Credenciales de seguridad
-aws-create-access-key = Crear clave de acceso

## Panel de Braze
-braze-partner-integrations = Integraciones de partners
-braze-data-export = Exportación de datos
-braze-create-currents = Create Current
-braze-s3-data-export = Exportación de datos de Amazon S3
-braze-integrations = Integraciones
-braze-currents = Currents
-braze-technology-partners = Partners tecnológicos
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credenciales
-braze-secret-key-radio = Clave de acceso secreta de AWS
-braze-role-arn-radio = ARN de rol de AWS
-braze-folder-path = Ruta de carpeta
-braze-sse-option = Cifrado AES-256 del lado del servidor en reposo
-braze-launch-currents = Lanzar Current
-braze-aws-credentials-page = Credenciales de AWS
-braze-test-credentials = Probar credenciales
-braze-save = Guardar
-braze-invalid-credentials = Las credenciales de S3 no son válidas
-aws-bucket-policy = Política de bucket
-aws-edit = Editar
