# Microsoft Azure Blob Storage: campos, reglas, archivos generados, verificador, comprobación previa, actualización.
# Marcado: **etiqueta** para un botón o un menú, `literal` para código.
# La página de Braze en español deja en inglés las etiquetas del portal de Azure y del panel de Braze.
# «Partner Integrations» y «Technology Partners» llevan las dos formas, como en labels.ftl (la página
# de Amazon S3 en español las escribe en español): el mismo menú con las mismas palabras. El selector
# «Credentials» de un Current de Azure y sus dos métodos: la página en español los escribe en español en
# la actualización («credenciales», «cadena de conexión», «entidad de servicio de certificado») y en
# inglés en el paso 6; el widget da las dos formas, como -braze-credentials-section de labels.ftl.
# El portal de Azure también existe en español: donde una página de Microsoft Learn en español muestra su
# etiqueta (docs/facts.md, "Azure portal (fr/es/de/pt-BR)"), el español primero y el inglés entre paréntesis,
# como labels.ftl: Registros de aplicaciones, + Nuevo registro, Control de acceso (IAM), Agregar asignación
# de roles. Las demás etiquetas del portal quedan en inglés.

## Métodos de autenticación y campos

azure-auth-connection-string = Cadena de conexión
azure-auth-certificate-service-principal = Entidad de servicio de certificado (solo Currents)
azure-field-storage-account = Nombre de la cuenta de almacenamiento
azure-field-container = Nombre del contenedor
azure-field-prefix = Prefijo (opcional)
azure-field-resource-group = Grupo de recursos
azure-field-tenant-id = Directory (tenant) ID
azure-field-client-id = Application (client) ID

## Reglas de entrada

azure-rule-required = Obligatorio.
azure-rule-account-length = Un nombre de cuenta de almacenamiento tiene de { $min } a { $max } caracteres (ahora { NUMBER($len) }).
azure-rule-account-characters = Solo letras minúsculas y dígitos: quita { $found }.
azure-rule-container-length = Un nombre de contenedor tiene de { $min } a { $max } caracteres (ahora { NUMBER($len) }).
azure-rule-container-uppercase = Los nombres de contenedor van en minúsculas.
azure-rule-container-characters = Solo letras minúsculas, dígitos y guiones: quita { $found }.
azure-rule-container-start = Un nombre de contenedor empieza por una letra o un dígito.
azure-rule-container-end = Un nombre de contenedor no termina en guion: cada guion va entre dos letras o dígitos.
azure-rule-container-double-dash = No se admiten dos guiones seguidos en un nombre de contenedor.
azure-rule-prefix-length = El prefijo tiene como máximo { NUMBER($max) } caracteres, la longitud de un nombre de blob entero (ahora { NUMBER($len) }).
azure-rule-prefix-end = No termines el prefijo en punto ni en barra: Microsoft desaconseja los nombres de blob que terminan así.
azure-rule-prefix-control = El prefijo contiene caracteres de control ({ $found }): vuelve a escribirlo sin ellos.
azure-rule-prefix-invisible = El prefijo contiene caracteres de formato invisibles ({ $found }): el nombre que Azure guardaría no es el que ves. Vuelve a escribirlo sin ellos.
azure-rule-resource-group-length = Un nombre de grupo de recursos tiene como máximo { $max } caracteres (ahora { NUMBER($len) }).
azure-rule-resource-group-characters = Solo letras, dígitos y `_ - . ( )`: quita { $found }.
azure-rule-resource-group-end = Un nombre de grupo de recursos no termina en punto.
azure-rule-guid = Pega el ID tal como lo muestra Azure: 32 dígitos hexadecimales con la forma `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
azure-rule-certificate-currents-only = La entidad de servicio de certificado solo funciona con Braze Currents: elige la cadena de conexión para la exportación de datos del panel y el archivo de mensajes.

## Secretos: nunca se guardan ni se muestran

azure-secret-connection-string = Esto es una cadena de conexión: contiene una clave de la cuenta. No la pegues aquí; va solo en el campo de cadena de conexión de Braze (Currents: **Azure Blob Data Export**; exportaciones: **Microsoft Azure** en **Partners tecnológicos (Technology Partners)**). No se ha guardado nada de ella.
azure-secret-sas-token = Esto es una firma de acceso compartido (SAS): un secreto. La página de Azure de Braze no la pide; Braze acepta la cadena de conexión o un certificado. No se ha guardado nada de ella.
azure-secret-account-key = Esto parece una clave de cuenta de almacenamiento: un secreto. Braze acepta la cadena de conexión entera, en su propio campo, nunca aquí. No se ha guardado nada de ella.
azure-secret-private-key = Esto es una clave privada: va solo en el campo **Certificate** de Braze, dentro de `braze-currents.pem`, nunca aquí y nunca en Azure. No se ha guardado nada de ella.
azure-secret-client-secret = Esto parece el secreto de cliente de un registro de aplicación: un secreto. El método de certificado de Braze no lo usa. No se ha guardado nada de él.

## Archivos generados

azure-snippet-cli-script = Script de la CLI de Azure
azure-snippet-certificate = Comandos del certificado (openssl)
azure-snippet-terraform = Configuración de Terraform
azure-note-cli-sign-in = Ejecútalo en Azure Cloud Shell o en un terminal donde hayas hecho `az login`, en la suscripción que contiene el grupo de recursos; el grupo de recursos debe existir.
azure-note-container-login = El contenedor se crea con tu propio inicio de sesión (`--auth-mode login`), nunca con una clave: necesitas un rol de datos en la cuenta, como Storage Blob Data Contributor, o crea el contenedor en el portal.
azure-note-cli-certificate = Ejecútalo en la carpeta que contiene `cert.pem`. El certificado se añade con `--append`: sin esa opción, la CLI de Azure borraría todos los demás certificados y secretos de la aplicación.
azure-note-connection-string-portal = La cadena de conexión nunca se imprime: cópiala en el portal, en el menú **Access Keys** de la cuenta de almacenamiento, y pégala solo en Braze.
azure-note-certificate-files = Sube `cert.pem` al registro de aplicación; pon `{ $file }` (certificado y clave sin cifrar) solo en el campo **Certificate** de Braze; nunca subas `key.pem` ni `{ $file }` a Azure.
azure-note-certificate-expiry = El último comando imprime la fecha de fin del certificado: renuévalo antes, como explica la actualización de credenciales más abajo.
azure-note-terraform-versions = Escrito para el proveedor azurerm 4.9 o posterior y azuread 3.0 o posterior: las versiones anteriores nombran algunos argumentos de otra forma.
azure-note-terraform-certificate = Pon `cert.pem` (solo el certificado público) junto al archivo. Ninguna clave está nunca en la configuración ni en su estado.

## Verificador de asignaciones de roles

azure-check-empty = Pega la salida de `az role assignment list --all --assignee <client ID> --output json`.
azure-check-too-large = Este texto supera { $megabytes } MB, más de lo que lee esta página: pega solo la salida de `az role assignment list`.
azure-check-too-many = Esta lista tiene más de { $max } entradas, más de las que lee esta página.
azure-check-not-json = Esto no es JSON: pega la salida de `az role assignment list` con `--output json`.
azure-check-not-assignments = Este JSON no es una lista de asignaciones de roles: cada entrada necesita un `scope` y un `roleDefinitionId`.
azure-check-no-assignment = La lista no tiene ninguna asignación de rol para la aplicación con el ID de cliente que has escrito.
azure-check-at-account = { $role } está asignado en el ámbito de la cuenta de almacenamiento, como pide Braze.
azure-check-below-account = { $role } está asignado en { $scope }, por debajo de la cuenta de almacenamiento: Braze pide el ámbito de la cuenta de almacenamiento.
azure-check-broad-scope = { $role } está asignado en { $scope }: cubre tu cuenta de almacenamiento y todas las demás bajo ese ámbito.
azure-check-uncertain-scope = { $role } está asignado en { $scope }: la lista no muestra si tu cuenta de almacenamiento está debajo, así que no se cuenta.
azure-check-unknown-role = Los permisos de { $role } no se conocen aquí, así que no se cuenta.
azure-check-conditional = { $role } se concede con una condición, así que no se cuenta.
azure-check-group = { $role } está asignado al grupo { $group }: solo cuenta si la aplicación es miembro, y la lista no lo muestra.
azure-check-broad-role = { $role } concede más de lo que Braze necesita: { $kind ->
        [keys] puede leer las claves de la cuenta, que abren todos sus datos.
        [access] puede asignar roles, a sí mismo o a cualquiera.
        [ownership] puede cambiar los propietarios y las listas de control de acceso de los blobs.
       *[account] puede modificar o eliminar la cuenta de almacenamiento.
    }
azure-check-other-principals = { $count ->
        [one] Se ha dejado de lado una asignación de otra entidad de seguridad.
       *[other] Se han dejado de lado { $count } asignaciones de otras entidades de seguridad.
    }
azure-check-missing = Falta en el ámbito de la cuenta de almacenamiento ({ $count }): { $operations }.
azure-check-deny-not-listed = Las asignaciones de denegación no están en esta lista: alguna podría bloquear igualmente a Braze.
azure-check-fix-assign = Asigna { $role } a la entidad de servicio de la aplicación en la cuenta de almacenamiento (el script de la CLI de Azure lo hace).
azure-check-fix-narrow = Asigna { $role } en la propia cuenta de almacenamiento y luego quita la asignación más amplia.
azure-check-fix-role = Usa { $role }: concede lo que Braze necesita y nada más.
azure-check-fix-definition = Pega también la definición del rol: `az role definition list --name "<role>" --output json`.

## Comprobación previa

azure-preflight-intro = Comprobación previa de solo lectura de la cuenta de almacenamiento { $account } y su contenedor { $container } para Braze. Solo lee (comandos show y list de la CLI de Azure) y no imprime ninguna clave ni cadena de conexión. Ejecútala en Azure Cloud Shell o donde hayas hecho `az login`, y luego pega en el widget todo lo que imprime.
azure-preflight-other-values = Este informe es para { $field ->
        [account] la cuenta de almacenamiento
        [container] el contenedor
        [group] el grupo de recursos
        [auth] el método
        [tenant] el ID de inquilino
       *[client] el ID de cliente
    } { $reported }, pero has escrito { $configured }. Copia el script para tus valores actuales y vuelve a ejecutarlo.
azure-preflight-absent = El informe no tiene respuesta de `az { $call }`: no se ha comprobado.
azure-preflight-denied = La identidad que ejecutó el script no puede llamar a `az { $call }`: no se ha comprobado.
azure-preflight-error = `az { $call }` ha fallado ({ $error }): no se ha comprobado.
azure-preflight-account-ok = La cuenta de almacenamiento { $account } existe ({ $kind }, espacio de nombres jerárquico { $hns ->
        [on] activado
       *[off] desactivado
    }).
azure-preflight-account-file-storage = La cuenta de almacenamiento { $account } es una cuenta FileStorage: no tiene servicio de blobs.
azure-preflight-account-missing = No hay ninguna cuenta de almacenamiento { $account } en el grupo de recursos { $group }.
azure-preflight-endpoint-ok = El punto de conexión de blobs { $endpoint } está en la nube pública de Azure.
azure-preflight-endpoint-other-cloud = El punto de conexión de blobs { $endpoint } no termina en `.blob.core.windows.net`: el método de certificado solo funciona en la nube pública de Azure.
azure-preflight-shared-key-on = El acceso con clave compartida (Shared Key) está permitido, como necesita una cadena de conexión.
azure-preflight-shared-key-off = El acceso con clave compartida (Shared Key) está desactivado: una cadena de conexión, que firma con una clave de la cuenta, se rechaza.
azure-preflight-network-open = El acceso de red público está activado, sin regla de firewall que deniegue por defecto.
azure-preflight-network-disabled = El acceso de red público está desactivado: Braze no puede llegar a la cuenta.
azure-preflight-network-firewall = El firewall de la cuenta deniega por defecto: Braze no publica direcciones IP fijas para Azure, así que sus escrituras pueden rechazarse.
azure-preflight-container-ok = El contenedor { $container } existe.
azure-preflight-container-missing = No hay ningún contenedor { $container } en { $account }.
azure-preflight-container-denied = Tu inicio de sesión no puede leer el contenedor { $container } (hace falta un rol de datos como Storage Blob Data Reader): no se ha comprobado. Esto no dice nada del acceso de Braze.
azure-preflight-tenant-ok = El inquilino de la suscripción es { $tenant }, el ID de inquilino que has escrito.
azure-preflight-tenant-differs = El inquilino de la suscripción es { $found }, no { $typed }, el ID de inquilino que has escrito.
azure-preflight-app-ok = El registro de aplicación { $client } existe.
azure-preflight-app-missing = No hay ningún registro de aplicación con el ID de cliente { $client }.
azure-preflight-sp-ok = La aplicación { $client } tiene su entidad de servicio.
azure-preflight-sp-missing = La aplicación { $client } no tiene entidad de servicio: no se le puede asignar ningún rol.
azure-preflight-certificate-none = La aplicación no tiene ningún certificado.
azure-preflight-certificate-expired = El certificado más reciente de la aplicación terminó el { $date }: Braze no puede iniciar sesión.
azure-preflight-certificate-soon = El certificado más reciente de la aplicación termina el { $date }, dentro de { $days ->
        [one] un día
       *[other] { $days } días
    }: renuévalo ya.
azure-preflight-certificate-ok = El certificado más reciente de la aplicación termina el { $date }, dentro de { $days } días.
azure-preflight-role-ok = La aplicación tiene { $role } en el ámbito de la cuenta de almacenamiento.
azure-preflight-role-broad = La aplicación puede escribir, pero mediante una asignación más amplia que { $role } en la cuenta de almacenamiento.
azure-preflight-role-missing = La aplicación no tiene { $role } en la cuenta de almacenamiento.
azure-preflight-role-container = La aplicación tiene { $role } solo en el contenedor: Braze pide el ámbito de la cuenta de almacenamiento.
azure-preflight-fix-create = Créalo: el script de la CLI de Azure lo hace.
azure-preflight-fix-new-account = Crea una cuenta de almacenamiento de uso general v2 para Braze: el script de la CLI de Azure lo hace.
azure-preflight-fix-connection-string = Usa el método de cadena de conexión: Braze solo limita a la nube pública de Azure el método de certificado.
azure-preflight-fix-shared-key = Permite el acceso con clave compartida (cuenta de almacenamiento > **Configuration**), o usa el método de certificado para Currents.
azure-preflight-fix-network = Permite el acceso de red público a la cuenta. Braze no publica direcciones IP que permitir: su página de Azure remite a la configuración de red de la propia cuenta de almacenamiento (reglas de firewall, puntos de conexión privados).
azure-preflight-fix-tenant = Escribe el **Directory (tenant) ID** del inquilino de la aplicación, o ejecuta el script con la sesión iniciada en ese inquilino.
azure-preflight-fix-certificate = Crea un certificado nuevo, añádelo con `--append` y luego actualiza Braze: la actualización de credenciales explica cómo.

## Credenciales: caducidad y actualizaciones

azure-expiry-connection-string = Si las credenciales dejan de funcionar, el conector deja de enviar eventos; si esto dura más de { $hours } horas, sus eventos se descartan y los datos se pierden para siempre (página de Azure de Braze).
azure-expiry-certificate = Si el certificado caduca, el conector deja de enviar eventos hasta que se proporcione un certificado válido, y una interrupción larga puede hacer perder datos (la página de Azure de Braze no da ninguna cifra).
azure-update-keys-title = Rotar la clave de acceso sin interrupción
azure-update-keys-regenerate-unused = En el menú **Access Keys** de la cuenta de almacenamiento, regenera la clave que Braze no usa (Azure mantiene dos para esto).
azure-update-keys-update-braze = Copia la cadena de conexión de esa clave en Braze: **Edit Current** > **Credenciales (Credentials)** > **Update Current**, o **Microsoft Azure** en **Partners tecnológicos (Technology Partners)** para las exportaciones.
azure-update-keys-test = Comprueba que Braze la acepta (Braze valida las credenciales de un Current cuando las actualizas) y que los archivos siguen llegando al contenedor.
azure-update-keys-regenerate-old = Después regenera la otra clave, la que Braze usaba antes.
azure-update-certificate-title = Renovar el certificado antes de que termine
azure-update-certificate-new = Crea un certificado nuevo con los comandos del certificado.
azure-update-certificate-append = Añádelo a la aplicación conservando el actual (`--append`).
azure-update-certificate-update-braze = En Braze, **Edit Current** > **Credenciales (Credentials)**: proporciona el nuevo `braze-currents.pem` y luego **Update Current**.
azure-update-certificate-remove-old = Cuando Braze funcione con el nuevo, quita el certificado anterior de la aplicación.
azure-update-switch-title = Cambiar de método
azure-update-switch-azure-side = Termina antes la parte de Azure del otro método (sus pasos, más arriba).
azure-update-switch-braze = En Braze, **Currents**, tu conector de Azure Blob, **Edit Current** > **Credenciales (Credentials)**: elige **Cadena de conexión (Connection String)** o **Entidad de servicio de certificado (Certificate Service Principal)**, proporciona sus valores y luego **Update Current**.

## Etiquetas tal como las muestra la pantalla

azure-label-create-storage-account = **Storage Accounts** > **+ Add** > **Review + create**
azure-label-access-keys = **Access Keys**
azure-label-blobs = **Blob Service** > **Blobs**
azure-label-create-current = **Currents** > **+ Create Current** > **Azure Blob Data Export**
azure-label-export-partner = **Integraciones de partners (Partner Integrations)** > **Partners tecnológicos (Technology Partners)** > **Microsoft Azure**
azure-label-default-destination = **Make this the default data export destination**
azure-label-new-registration = **Microsoft Entra ID** > **Registros de aplicaciones (App registrations)** > **+ Nuevo registro (+ New registration)**, y luego **Register**
azure-label-app-ids = **Overview**: **Application (client) ID** y **Directory (tenant) ID**
azure-label-upload-certificate = **Certificates & secrets** > **Certificates** > **Upload certificate**, y luego **Add**
azure-label-add-role-assignment = **Control de acceso (IAM)** (**Access Control (IAM)**) > **+ Add** > **Agregar asignación de roles (Add role assignment)**
azure-label-role-assignment-tabs = **Role**: **Storage Blob Data Contributor**; **Members**: **User, group, or service principal**, **+ Select members**; **Review + assign**
azure-label-endpoints = **Settings** > **Endpoints**: **Blob service**
azure-label-certificate-fields = **Credenciales (Credentials)**: **Entidad de servicio de certificado (Certificate Service Principal)**; **Tenant ID**, **Client ID**, **Account Endpoint**, **Certificate**, **Container Name**, **Prefix**
azure-label-update-current = **Edit Current** > **Credenciales (Credentials)** > **Update Current**

## La guía (el motor de proveedores: src/core/providers/guide.rs). Dónde hacer clic aparece bajo
## cada paso con las etiquetas de arriba (azure-label-*).

provider-azure-auth-connection-string-hint = La cadena de conexión de la cuenta de almacenamiento, introducida solo en Braze. Para Currents, la exportación de datos y el archivo de mensajes.
provider-azure-auth-certificate-hint = La entidad de servicio de una aplicación registrada, que inicia sesión con un certificado, sin clave de cuenta. Solo Braze Currents.
provider-azure-step-storage = Crea la cuenta de almacenamiento y su contenedor
provider-azure-step-storage-body = En el portal de Azure, crea una cuenta de almacenamiento para los datos de Braze (Braze recomienda una nueva) y luego un contenedor dentro de ella. O ejecuta el script de abajo, o aplica el Terraform.
provider-azure-step-connection-string = Copia la cadena de conexión
provider-azure-step-connection-string-body = En las claves de acceso de la cuenta de almacenamiento, copia la cadena de conexión de una de las dos claves: Braze usa la cadena de conexión, no la clave. Solo va en Braze: nunca la pegues aquí.
provider-azure-step-app = Registra una aplicación para Braze
provider-azure-step-app-body = Registra una aplicación (por ejemplo `braze-currents`) y anota su ID de cliente y su ID de inquilino (**Application (client) ID** y **Directory (tenant) ID**): escríbelos en el formulario de arriba para comprobarlos.
provider-azure-step-certificate = Crea el certificado y súbelo
provider-azure-step-certificate-body = Crea el certificado y su clave privada con los comandos de abajo, sube el certificado (nunca la clave privada) a la aplicación y anota su fecha de caducidad.
provider-azure-step-role = Concede Storage Blob Data Contributor en la cuenta de almacenamiento
provider-azure-step-role-body = Asigna el rol **Storage Blob Data Contributor** a la aplicación en la cuenta de almacenamiento, no en el contenedor. Sin él, Braze inicia sesión pero no puede escribir. El script de arriba ya lo asigna.
provider-azure-step-endpoint = Anota el punto de conexión de la cuenta
provider-azure-step-endpoint-body = Braze pide el punto de conexión del servicio Blob de la cuenta de almacenamiento: { $endpoint }
provider-azure-placeholder-endpoint = https://TU-CUENTA-DE-ALMACENAMIENTO.blob.core.windows.net
provider-azure-step-currents-connection-string = En Braze, crea el Current con un nombre y un correo electrónico de contacto y luego indica tu cadena de conexión, el nombre del contenedor y el prefijo de BlobStorage (opcional). Por último, selecciona los eventos que quieres exportar y lanza el Current.
provider-azure-step-currents-certificate = En Braze, crea el Current con un nombre y un correo electrónico de contacto, elige la entidad de servicio de certificado y completa el ID de inquilino, el ID de cliente, el punto de conexión de la cuenta, el archivo PEM combinado (certificado y clave privada, subido solo a Braze), el nombre del contenedor y el prefijo (opcional). Braze los valida al guardar; después, selecciona los eventos que quieres exportar y lanza el Current.
provider-azure-step-export-body = En Braze, abre **Microsoft Azure** en **Partners tecnológicos (Technology Partners)**, indica tu cadena de conexión, el nombre del contenedor de almacenamiento de Azure y el prefijo de almacenamiento de Azure, asegúrate de que la casilla **Make this the default data export destination** esté marcada (así tus exportaciones van a Azure) y guarda.
provider-azure-snippet-preflight-script = Script de comprobación previa de solo lectura (Azure CLI)
provider-azure-checker-intro = ¿Ya tienes una aplicación? Pega lo que muestra `az role assignment list --all --assignee CLIENT_ID` (JSON) para ver si tiene Storage Blob Data Contributor en la cuenta de almacenamiento, qué falta y qué es demasiado amplio. Nada sale de tu navegador.
provider-azure-checker-needs-values = Primero escribe en el formulario de arriba un nombre de cuenta de almacenamiento válido y el ID de cliente de la aplicación: solo cuentan las asignaciones de la aplicación.
