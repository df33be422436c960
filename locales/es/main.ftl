# braze-s3-companion — español
# Marcado: **etiqueta** para un botón o un menú, `literal` para código.

page-title = Amazon S3 — Documentación de Braze (asistente)

## Interfaz del widget

widget-title = Asistente de Amazon S3 para Braze
widget-intro = Elige tu integración y tu método de autenticación, y escribe el nombre de tu bucket: la guía de abajo se adapta a tu caso, con políticas listas para pegar. Todo se calcula en tu navegador; nada sale de la página.
lang-label = Idioma
lang-loading = Cargando { $language }…
lang-failed = No se pudo cargar { $language }; la guía sigue en este idioma.
lang-retry = Reintentar
section-loading = Cargando esta parte de la guía…
section-failed = No se pudo cargar esta parte de la guía. Revisa tu conexión y vuelve a intentarlo.
setup-heading = Tu configuración
integration-legend = Integración
integration-currents = Braze Currents
integration-currents-hint = Flujos continuos de eventos hacia tu bucket.
integration-dashboard-export = Exportación de datos del panel
integration-dashboard-export-hint = Exportaciones CSV, informes de interacción y más.
integration-both = Ambas, en un mismo bucket
integration-both-hint = Cada integración necesita sus propios permisos.
auth-legend = Método de autenticación
auth-secret-key = Clave de acceso secreta de AWS
auth-secret-key-hint = Un usuario de IAM cuya clave de acceso escribes en Braze.
auth-role-arn = ARN de rol de AWS
auth-role-arn-hint = Un rol de IAM que asume la cuenta de AWS de Braze, protegido por un ID externo.
values-legend = Tus valores
names-legend = Nombres en IAM (opcional)
field-bucket = Nombre del contenedor (bucket) de S3
field-bucket-hint = De 3 a 63 caracteres: minúsculas, dígitos, puntos y guiones.
field-account = ID de cuenta de AWS de Braze
field-account-hint = 12 dígitos. Braze lo muestra en la página donde creas la integración.
field-external-id = ID externo
field-external-id-hint = Braze lo muestra junto a su ID de cuenta.
field-folder = Ruta de carpeta (Currents)
field-folder-hint = Valor predeterminado: `currents`. Braze crea la carpeta si no existe.
field-sse = Cifrado AES-256 del lado del servidor en reposo (SSE-S3)
field-sse-hint = Desactivado de forma predeterminada. Si lo activas, Braze envía el encabezado `x-amz-server-side-encryption`.
field-user-name = Nombre del usuario de IAM
field-role-name = Nombre del rol de IAM
field-policy-name = Nombre de la política de IAM
field-own-account = Tu ID de cuenta de AWS (opcional)
field-own-account-hint = Para mostrar el ARN exacto del rol que debes pegar en Braze.
field-default-hint = Déjalo vacío para usar “{ $default }”.
guide-heading = Tu guía
step-number = Paso { $number }
note-note = Nota
note-tip = Consejo
note-important = Importante
note-warning = Advertencia
copy-button = Copiar
copy-button-done = ¡Copiado!
copy-button-label = Copiar: { $title }
copy-done = Copiado en el portapapeles.
copy-manual = La copia automática no está disponible: el texto ya está seleccionado; presiona Ctrl+C (⌘+C en Mac).
copy-placeholder = No se copió nada: primero escribe los valores marcados en el documento. Con un marcador de posición, AWS lo rechazaría.
download-button = Descargar
download-button-label = Descargar: { $title }
snippet-waiting = Este fragmento aparecerá en cuanto estos campos sean válidos:
snippet-placeholder = Hasta que escribas estos valores, el documento muestra un marcador de posición en lugar de cada uno:
error-label = Error:
warning-label = Advertencia:
widget-crashed = Se produjo un error en el widget. Vuelve a cargar la página; si el error se repite, consulta la documentación de Braze.
storage-not-kept = Tu progreso no se está guardando: este navegador se niega a almacenarlo (su almacenamiento está lleno o bloqueado). Lo que escribas y marques solo se mantiene hasta que salgas de la página o la vuelvas a cargar; para conservarlo, usa **Copiar el enlace a esta configuración** (tus valores) o **Copiar como Markdown** (las casillas marcadas).

## Valores que aún no se conocen, dentro del texto de la guía

placeholder-bucket = nombre-de-tu-bucket
placeholder-folder = ruta-de-carpeta
placeholder-account = id-de-cuenta-de-braze
placeholder-external-id = id-externo-de-braze
placeholder-user = nombre-de-usuario
placeholder-role = nombre-del-rol
placeholder-policy = nombre-de-la-politica
placeholder-connector = nombre-del-conector

## Fragmentos

snippet-title-policy-currents = Política para Braze Currents
snippet-title-policy-dashboard-export = Política para la exportación de datos del panel
snippet-title-policy-combined = Una sola política para las dos integraciones
snippet-title-trust-policy = Política de confianza del rol
snippet-title-role-arn = ARN del rol para pegar en Braze
snippet-title-bucket-policy-sse = Política de bucket: rechazar subidas sin cifrar (opcional)
file-bucket-policy-sse = { $bucket }-politica-bucket-sse.json
file-policy-currents = { $bucket }-politica-currents.json
file-policy-dashboard-export = { $bucket }-politica-exportacion-panel.json
file-policy-combined = { $bucket }-politica-combinada.json
file-trust-policy = { $bucket }-politica-confianza.json
file-role-arn = { $bucket }-arn-del-rol.txt

## Reglas de entrada

rule-required = Este campo es obligatorio.
rule-bucket-length = El nombre debe tener entre { $min } y { $max } caracteres (ahora tiene { $len }).
rule-bucket-uppercase = No se permiten mayúsculas: escribe el nombre en minúsculas.
rule-bucket-characters = Caracteres no permitidos: { $found }. Solo se admiten minúsculas (a-z), dígitos, puntos y guiones.
rule-bucket-edge = El nombre debe empezar y terminar con una letra minúscula o un dígito.
rule-bucket-double-dot = El nombre no puede contener dos puntos seguidos (`..`).
rule-bucket-ip-address = El nombre no puede tener formato de dirección IP (como `192.168.5.4`).
rule-bucket-reserved-prefix = El nombre no puede empezar por { $prefix }, un prefijo reservado por AWS.
rule-bucket-reserved-suffix = El nombre no puede terminar en { $suffix }, un sufijo reservado por AWS.
rule-bucket-dots = Es válido, pero los puntos impiden el acceso HTTPS de estilo alojamiento virtual y S3 Transfer Acceleration. Si puedes, usa guiones.
rule-account-id = Un ID de cuenta de AWS tiene exactamente { $digits } dígitos, sin espacios ni guiones.
rule-external-id-length = El ID externo debe tener entre { $min } y { NUMBER($max) } caracteres (ahora tiene { $len }).
rule-external-id-characters = Caracteres no permitidos en un ID externo: { $found }. Se admiten letras, dígitos y `+ = , . @ : / - _`.
rule-name-length = El nombre debe tener entre 1 y { $max } caracteres (ahora tiene { $len }).
rule-name-characters = Caracteres no permitidos en un nombre de IAM: { $found }. Se admiten letras, dígitos y `+ = , . @ - _`.
rule-role-path-length = La ruta del rol puede tener como máximo { $max } caracteres, barras incluidas (ahora tiene { $len }).
rule-role-path-empty-segment = La ruta del rol no debe contener segmentos vacíos (`//`).
rule-role-path-characters = Caracteres que esta página no escribe en la ruta de un rol: { $found }. Entre las `/`, usa letras, dígitos y `+ = , . @ - _`.
rule-folder-leading-slash = La ruta no debe empezar por `/`.
rule-folder-empty-segment = La ruta no debe contener segmentos vacíos (`//` o una `/` final).
rule-folder-dot-dot = La ruta no debe contener un segmento `..`.
rule-folder-characters = Caracteres no permitidos en una ruta de carpeta: { $found }. Amazon S3 desaconseja usarlos en nombres de objetos: barra invertida, llaves, corchetes, acentos graves, comillas, `^ % ~ # | < >` y caracteres de control como los saltos de línea.
rule-folder-invisible = La ruta contiene caracteres de formato invisibles ({ $found }): la ruta que guardaría Amazon S3 no es la que ves. Vuelve a escribirla sin ellos.
rule-folder-length = La ruta puede tener como máximo { $max } bytes (ahora tiene { NUMBER($len) }; una letra fuera de A–Z ocupa de 2 a 4 bytes): una clave de objeto de Amazon S3 llega como máximo a { NUMBER($key) } bytes, y { $room } de ellos se reservan para los nombres de archivo que Braze escribe bajo la ruta.
rule-folder-duplicate = Otro conector ya usa esta ruta: cada conector necesita la suya.
rule-folder-nested = Esta ruta está dentro de la carpeta { $parent } de otro conector: elige una ruta independiente.
rule-folder-contains = La carpeta principal { $child } está dentro de esta ruta: elige una ruta independiente.
rule-not-in-link = Demasiado largo para un enlace: la dirección de la página y **Copiar el enlace a esta configuración** dejan fuera este valor.

## Guía: requisitos previos y bucket

step-prerequisites = Requisitos previos
prereq-intro = Antes de empezar, comprueba estos puntos.
prereq-aws-account = Tienes una cuenta de AWS (Amazon S3).
prereq-dedicated-bucket = Usas un contenedor (bucket) de S3 dedicado a Braze. Aunque ya tengas uno, Braze recomienda crear uno nuevo solo para Braze, para que puedas limitar sus permisos.
prereq-currents-access = Braze Currents está configurado para tu cuenta de Braze: es necesario para exportar los eventos de Currents a S3. La exportación de datos del panel y el archivo de mensajes no necesitan Currents.
step-create-bucket = Crear el bucket de S3
bucket-open-console = Abre la consola de Amazon S3 y haz clic en **{ -aws-sign-in }** (o en **{ -aws-create-account }**). Una vez iniciada la sesión, elige **{ -aws-s3 }** en la categoría **{ -aws-storage-category }**.
bucket-create = Haz clic en **{ -aws-create-bucket }**, escribe { $bucket } como nombre del bucket y elige su región.
bucket-region-note = Braze no tiene ningún ajuste de región: usa la región del propio bucket. Elige la que más te convenga.
bucket-object-lock = Currents no admite buckets con S3 Object Lock: deja esa opción desactivada.

## Guía: cifrado obligatorio (opcional)

step-enforce-encryption = Opcional: rechazar las subidas sin cifrar
sse-explain = Con la opción AES-256 de Braze, cada archivo llega con el encabezado `{ $header }: AES256`: S3 lo cifra en reposo con claves administradas por S3 (SSE-S3). No se admite SSE-KMS.
sse-bucket-policy = Para que el bucket { $bucket } rechace cualquier subida sin SSE-S3, ábrelo en la consola de S3 y, en la pestaña **{ -aws-permissions-tab }**, sección **{ -aws-bucket-policy }**, haz clic en **{ -aws-edit }** y pega la política siguiente.
sse-bucket-policy-warning = Con esta política, la opción **{ -braze-sse-option }** debe seguir activada en Braze; si no, S3 rechazará los archivos de Currents.
sse-bucket-policy-shared = Braze solo documenta la opción AES-256 para Currents. En un bucket compartido con la exportación del panel, comprueba que esas exportaciones siguen llegando antes de mantener esta política.

## Guía: método de clave de acceso secreta

step-sk-create-user = Crear un usuario de IAM
sk-intro = Con este método, Braze se autentica como un usuario de IAM de tu cuenta de AWS, con un ID de clave de acceso y una clave de acceso secreta, para escribir en tu bucket.
sk-user-create = En la consola de IAM, crea un usuario llamado { $user }. La guía de AWS para crear un usuario de IAM y un grupo de administradores explica cómo hacerlo: `https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_create-admin-group.html`.
step-sk-credentials = Obtener las credenciales
sk-credentials-show = Una vez creado el usuario, haz clic en **{ -aws-show-credentials }** para ver el ID de clave de acceso y la clave de acceso secreta. Anótalos en un lugar seguro o haz clic en **{ -aws-download-credentials }**: más adelante tendrás que escribirlos en Braze.
sk-credentials-secret = La clave de acceso secreta solo se muestra una vez. Escríbela únicamente en Braze: este widget nunca la pide ni la guarda.

## Guía: política de permisos

step-create-policy = Crear la política de permisos
sk-policy-open = Ve a **{ -aws-policies } > { -aws-get-started } > { -aws-create-policy }** y elige **{ -aws-create-own-policy }**. La política limita a Braze a los recursos que nombra.
role-policy-open = Inicia sesión en la consola de administración de AWS como administrador de la cuenta. En la sección IAM, haz clic en **{ -aws-policies }** en la barra de navegación y luego en **{ -aws-create-policy }**.
policy-differ-note = Currents y la exportación de datos del panel necesitan políticas distintas.
policy-both-which = Usas las dos integraciones en este bucket: crea o bien las dos políticas separadas (cada una limitada a su integración, más fáciles de quitar después), o bien la política única que cubre ambas (solo hay que adjuntar una). Elige una de las dos opciones, no las dos.
sk-policy-paste = Llama a la política { $policy } y pega el JSON siguiente en la sección **{ -aws-policy-document }**.
sk-policy-paste-both = Para cada política que crees, pega su JSON de abajo en la sección **{ -aws-policy-document }** y llámala { $currents } (Currents), { $dashboard } (exportación del panel) o { $combined } (política única).
role-policy-paste = Abre la pestaña **{ -aws-json-tab }**, pega el JSON siguiente en la sección **{ -aws-policy-document }** y haz clic en **{ -aws-review-policy }**.
policy-why = Sin estos permisos, la comprobación de credenciales falla y Braze no crea la integración. `s3:GetObject` es necesario para la gestión de errores de Braze y para los enlaces de descarga.
role-policy-name = Asigna a la política el nombre { $policy } y una descripción, y haz clic en **{ -aws-create-policy }**.
role-policy-name-both = Asigna a cada política un nombre y una descripción —{ $currents } (Currents), { $dashboard } (exportación del panel) o { $combined } (política única)— y haz clic en **{ -aws-create-policy }**.
policy-prefix-wildcard = La política que Braze publica para la exportación del panel con clave secreta incluye `arn:aws:s3:::{ $bucket }*`. El asterisco abarca también cualquier otro bucket cuyo nombre empiece por { $bucket }: Braze también tiene acceso a esos buckets. Un nombre de bucket poco común reduce ese riesgo.
attach-which-one = Política que debes adjuntar: { $policy }.
attach-which-both = Políticas que debes adjuntar: { $currents } y { $dashboard }, o solo { $combined }.
step-sk-attach = Adjuntar la política al usuario
sk-attach = Ve a **{ -aws-users }** y haz clic en el usuario { $user }. En la pestaña **{ -aws-permissions-tab }**, haz clic en **{ -aws-attach-policy }** y selecciona la política que acabas de crear.

## Guía: método de ARN de rol

step-role-create-role = Crear el rol
role-role-open = En la misma sección IAM de la consola, haz clic en **{ -aws-roles } > { -aws-create-role }**.
role-ids-currents = Obtén el ID de cuenta y el ID externo de Braze para Currents: en Braze, ve a **{ -braze-partner-integrations } > { -braze-currents }**, haz clic en **{ -braze-create-currents }** y selecciona **{ -braze-s3-data-export }**. Ahí aparecen los dos identificadores.
role-ids-dashboard-export = Obtén el ID de cuenta y el ID externo de Braze para la exportación del panel: en Braze, ve a **{ -braze-partner-integrations } > { -braze-technology-partners }** y haz clic en **{ -braze-amazon-s3 }**. Ahí aparecen los dos identificadores.
role-ids-old-nav = En los paneles de Braze más antiguos, a Currents se llega por **{ -braze-partner-integrations } > { -braze-data-export }** y luego **Create Current** (más antiguo aún: **{ -braze-integrations } > { -braze-currents }**), y **{ -braze-technology-partners }** está en **{ -braze-integrations }**.
role-trusted-entity = De vuelta en la consola de AWS, selecciona **{ -aws-another-account }** como tipo de entidad de confianza. Escribe el ID de cuenta de Braze { $account }, marca **{ -aws-require-external-id }** y escribe el ID externo { $external_id }. Haz clic en **{ -aws-next }**.
role-trust-explain = Estas opciones generan la política de confianza siguiente: la cuenta de Braze puede asumir el rol si presenta tu ID externo. Puedes comprobarla en la pestaña **{ -aws-trust-relationships }** del rol, o pegarla tal cual eligiendo **{ -aws-custom-trust-policy }**.
step-role-attach = Adjuntar la política y nombrar el rol
role-attach-policy = Busca la política que creaste antes, marca su casilla para adjuntarla al rol y haz clic en **{ -aws-next }**.
role-name = Asigna al rol el nombre { $role } y una descripción, y haz clic en **{ -aws-create-role }**. El nuevo rol aparece en la lista.
step-role-copy-arn = Copiar el ARN del rol
role-arn-copy = En la lista de roles, haz clic en { $role } para abrir sus detalles y anota el **{ -aws-role-arn }** que aparece en la parte superior de su página de resumen.
role-arn-expected = Este es el ARN que verás ahí, para pegarlo en Braze:

## Guía: vinculación en Braze

step-link-currents = Vincular Braze Currents a AWS
link-currents-open = En Braze, ve a **{ -braze-partner-integrations } > { -braze-currents }**, haz clic en **{ -braze-create-currents }** y selecciona **{ -braze-s3-data-export }**.
link-currents-old-nav = En los paneles de Braze más antiguos, la ruta es **{ -braze-partner-integrations } > { -braze-data-export }** y luego **Create Current** (más antiguo aún: **{ -braze-currents }** en **{ -braze-integrations }**).
link-currents-name = Asigna un nombre a tu Current.
link-currents-credentials-sk = En la sección **{ -braze-credentials-section }**, asegúrate de que esté seleccionado el botón de opción **{ -braze-secret-key-radio }** (clave de acceso secreta de AWS) y escribe el ID de clave de acceso, la clave de acceso secreta y el nombre del contenedor (bucket), { $bucket }.
link-currents-credentials-role = En la sección **{ -braze-credentials-section }**, asegúrate de que esté seleccionada la opción **{ -braze-role-arn-radio }** y escribe el ARN del rol y el nombre del contenedor (bucket), { $bucket }.
link-currents-folder = **{ -braze-folder-path }**: escribe { $folder } (valor predeterminado: `{ $default }`). Si la carpeta no existe, Braze la crea.
link-currents-sse-on = **{ -braze-sse-option }**: activa esta opción. Así, Braze envía el encabezado `{ $header }` (SSE-S3) con cada archivo.
link-currents-sse-off = **{ -braze-sse-option }**: deja esta opción desactivada (valor predeterminado). Si la activas, se agrega el encabezado `{ $header }` (SSE-S3).
sse-kms-unsupported = Ni Currents ni la exportación del panel admiten SSE-KMS. Si el bucket lo exige, las subidas fallan con un error de autorización en `kms:GenerateDataKey`.
link-currents-extra-connector = Conector adicional: crea otro Current llamado { $name }, con las mismas credenciales y la ruta de carpeta { $folder }.
link-currents-launch = Haz clic en **{ -braze-launch-currents }**. Braze comprueba entonces tus credenciales, y una notificación te indica si se han validado.
link-currents-expiry = Mantén tus credenciales al día. Si las credenciales del conector caducan, este deja de enviar eventos; si la situación se prolonga más de { $days } { $days ->
        [one] día
       *[other] días
    } según la página actual de Braze (versiones anteriores decían { $hours } { $hours ->
        [one] hora
       *[other] horas
    }), sus eventos se descartan y los datos se pierden definitivamente.
link-role-propagation = Si Braze muestra “{ -braze-invalid-credentials }” justo después de crear el rol, puede que IAM aún no haya propagado el nuevo rol: espera y vuelve a intentarlo.
step-link-dashboard-export = Vincular la exportación de datos del panel a AWS
link-dashboard-open = En Braze, ve a **{ -braze-partner-integrations } > { -braze-technology-partners }** y haz clic en **{ -braze-amazon-s3 }**.
link-dashboard-old-nav = En la navegación antigua, **{ -braze-technology-partners }** está en **{ -braze-integrations }**.
link-dashboard-credentials-sk = En la página **{ -braze-aws-credentials-page }**, asegúrate de que esté seleccionado el botón de opción **{ -braze-secret-key-radio }** (clave de acceso secreta de AWS) y escribe el ID de clave de acceso, la clave de acceso secreta y el nombre del contenedor (bucket), { $bucket }.
link-dashboard-credentials-role = En la página **{ -braze-aws-credentials-page }**, asegúrate de que esté seleccionada la opción **{ -braze-role-arn-radio }** y escribe el ARN del rol y el nombre del contenedor (bucket), { $bucket }.
link-dashboard-test = Primero haz clic en **{ -braze-test-credentials }**; si la prueba sale bien, haz clic en **{ -braze-save }**. Una notificación te indica si tus credenciales se han validado.
link-new-access-key = Para obtener nuevas credenciales en cualquier momento: en la consola de AWS, abre el usuario, ve a la pestaña **{ -aws-security-credentials-tab }** y haz clic en **{ -aws-create-access-key }**.

## Guía: comportamiento y conectores

step-export-behaviour = Cómo funcionan las exportaciones
export-api-no-url = Una vez configurada una integración de almacenamiento en la nube, las exportaciones por API ya no devuelven una URL de descarga en la respuesta: recupera los archivos del bucket.
export-reports-email = Los informes del panel y los informes CSV se envían por correo electrónico (no hace falta ningún permiso de almacenamiento) y, además, se guardan en el bucket.
step-several-connectors = Varios conectores
connectors-same-credentials = Varios conectores de Currents pueden escribir en este bucket con las mismas credenciales, siempre que cada uno tenga una ruta de carpeta distinta. Puedes crearlos en un mismo espacio de trabajo o repartirlos entre varios. { $count ->
        [one] Por ahora tienes previsto uno; agrega más en la lista de conectores de arriba.
       *[other] Tienes previstos { $count }: cada uno tiene su propia entrada en el paso de vinculación y en la lista de verificación.
    }
connectors-both-integrations = Currents y la exportación del panel comparten este bucket: cada integración necesita sus propios permisos, ya sea con dos políticas separadas o con una sola política que cubra ambas (consulta el paso de la política).

## Guía: automatización

step-automate = Opcional: crearlo todo de una vez
automate-intro = En lugar de ir haciendo clic en la consola, crea los mismos recursos de IAM con AWS CLI, CloudFormation o Terraform. Cada archivo usa los valores que escribiste arriba; los pasos en Braze siguen siendo necesarios.

## Proveedores (el motor de proveedores: src/core/providers/case.rs, guide.rs)

provider-legend = Almacenamiento en la nube
provider-amazon-s3 = Amazon S3
provider-amazon-s3-hint = La clave de acceso de un usuario de IAM, o un rol que asume Braze.
provider-google-cloud-storage = Google Cloud Storage
provider-google-cloud-storage-hint = La clave JSON de una cuenta de servicio.
provider-azure-blob-storage = Microsoft Azure Blob Storage
provider-azure-blob-storage-hint = Una cadena de conexión, o una entidad de servicio de certificado (solo Currents).
provider-step-currents = Conecta Braze Currents
provider-step-export = Conecta la exportación de datos en Braze
provider-step-archiving = Activa el archivo de mensajes
provider-step-archiving-body = El archivo de mensajes es un complemento de pago: si no ves **Archivo de mensajes** en **Configuración**, comprueba que tu empresa lo ha comprado y activado. En Braze, ve a **Configuración** > **Archivo de mensajes**, selecciona tus canales y luego **Guardar cambios**. Si configuras en Braze credenciales de varios proveedores de almacenamiento en la nube, el archivo de mensajes solo exporta al marcado con **Make this the default data export destination**; si no hay ninguno predeterminado y hay un bucket de Amazon S3 conectado, sube los mensajes a ese bucket.
provider-preflight-heading = Comprueba tu configuración antes que Braze
provider-preflight-intro = Ejecuta este script donde la herramienta de línea de comandos de tu nube tenga la sesión iniciada. Solo lee tu configuración, no cambia nada y no muestra ninguna clave. Después pega abajo lo que haya mostrado.
provider-not-for-case = Braze no admite este caso: consulta el mensaje en el formulario de arriba.
provider-checker-heading = Comprueba lo que ya está configurado
provider-checker-label = Texto que comprobar
provider-checker-verdict = { $verdict ->
        [sufficient] Suficiente para Braze.
        [insufficient] Aún no es suficiente para Braze: consulta abajo.
       *[invalid] Este texto no se puede comprobar.
    }
provider-error-label = Pega el mensaje que mostró Braze
