# Etiquetas de las consolas de AWS y de Braze, tal como el lector las ve en pantalla.
#
# Decisión para cada etiqueta, con su fuente (issue 14). Panel de Braze: la página actual de Braze
# en español (braze-docs _lang/es/_partners/data_and_analytics/cloud_storage/amazon_s3.md,
# resumida en ../shared/reference/TODAY.md). AWS: la consola de AWS en español; donde la
# pantalla puede estar en inglés, o la etiqueta española de una pantalla antigua no es segura,
# las dos: la española primero y la inglesa entre paréntesis.
#   -aws-sign-in «Iniciar sesión en la consola», -aws-create-account, -aws-create-bucket
#   «Crear bucket» (la consola en español dice «bucket»; Braze dice «contenedor», ver abajo),
#   -aws-policies «Políticas», -aws-create-policy, -aws-policy-document, -aws-users, -aws-permissions-tab
#   «Permisos», -aws-review-policy, -aws-roles «Roles», -aws-create-role, -aws-another-account,
#   -aws-require-external-id «Requerir ID externo», -aws-next «Siguiente», -aws-role-arn,
#   -aws-trust-relationships «Relaciones de confianza», -aws-custom-trust-policy,
#   -aws-security-credentials-tab «Credenciales de seguridad», -aws-create-access-key,
#   -aws-bucket-policy «Política de bucket», -aws-edit «Editar»: consola de AWS en español.
#   -aws-storage-category, -aws-show-credentials, -aws-download-credentials, -aws-get-started,
#   -aws-create-own-policy, -aws-attach-policy: pantallas de la consola antigua; español de la
#       página de Braze y, entre paréntesis, el inglés de la página inglesa de Braze.
#   -aws-s3, -aws-json-tab: nombres de producto y de pestaña, iguales en todos los idiomas.
#   -braze-partner-integrations, -braze-technology-partners, -braze-integrations,
#   -braze-currents, -braze-amazon-s3: navegación de la página de Braze (coinciden según TODAY.md).
#   -braze-create-currents «Crear nuevo Current (Create New Current)»: página actual de Braze
#       (Integraciones de partners > Currents > Create New Current > Exportación de datos de
#       Amazon S3; la pestaña del rol escribe «Crear nuevo Current»): las dos formas. La ruta
#       antigua del seed («… > Exportación de datos», «Create Current») queda solo en las notas
#       de navegación antigua de main.ftl.
#   -braze-data-export «Exportación de datos»: la ruta antigua, solo en esas notas.
#   -braze-secret-key-radio «AWS Secret Access Key»: página actual de Braze (TODAY.md; antes
#       «Clave de acceso secreta de AWS»).
#   -braze-launch-currents «Lanzar Current (Launch Current)»: el botón aparece en inglés en el
#       panel como «Create New Current»; las dos formas.
#   -braze-s3-data-export, -braze-credentials-section «Credenciales», -braze-role-arn-radio
#   «ARN de rol de AWS», -braze-folder-path «Ruta de carpeta», -braze-sse-option,
#   -braze-aws-credentials-page «Credenciales de AWS», -braze-test-credentials «Probar
#   credenciales», -braze-save «Guardar», -braze-invalid-credentials: página de Braze en español
#       (coinciden según TODAY.md).
#   Contenedor: Braze llama «contenedor» al bucket en su página y en sus campos; la consola de AWS
#       en español dice «bucket». Los mensajes que remiten al campo de Braze dicen
#       «contenedor (bucket)».
#   Current: Braze llama «Current» a cada conector («Asigna un nombre a tu Current»), no «flujo
#       de Currents».

## Consola de AWS
-aws-sign-in = Iniciar sesión en la consola
-aws-create-account = Crear una cuenta de AWS
-aws-s3 = S3
-aws-storage-category = Almacenamiento y entrega de contenido (Storage & Content Delivery)
-aws-create-bucket = Crear bucket
-aws-show-credentials = Mostrar credenciales de seguridad del usuario (Show User Security Credentials)
-aws-download-credentials = Descargar credenciales (Download Credentials)
-aws-policies = Políticas
-aws-get-started = Empezar (Get Started)
-aws-create-policy = Crear política
-aws-create-own-policy = Crear tu propia política (Create Your Own Policy)
-aws-policy-document = Documento de política
-aws-users = Usuarios
-aws-permissions-tab = Permisos
-aws-attach-policy = Adjuntar política (Attach Policy)
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
-braze-create-currents = Crear nuevo Current (Create New Current)
-braze-s3-data-export = Exportación de datos de Amazon S3
-braze-integrations = Integraciones
-braze-currents = Currents
-braze-technology-partners = Partners tecnológicos
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credenciales
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = ARN de rol de AWS
-braze-folder-path = Ruta de carpeta
-braze-sse-option = Cifrado AES-256 del lado del servidor en reposo
-braze-launch-currents = Lanzar Current (Launch Current)
-braze-aws-credentials-page = Credenciales de AWS
-braze-test-credentials = Probar credenciales
-braze-save = Guardar
-braze-invalid-credentials = Las credenciales de S3 no son válidas
-aws-bucket-policy = Política de bucket
-aws-edit = Editar
-braze-default-export-destination = Make this the default data export destination
