# Google Cloud Storage: campos, reglas de entrada, archivos generados, verificador, comprobación previa,
# error de Braze, rotación de la clave (src/core/providers/gcs/). Hechos y fuentes: docs/facts.md,
# «Google Cloud Storage». Marcado: **etiqueta** para un botón o un menú, `literal` para código.
#
# Etiquetas: la página en español «Google Cloud Storage» de Braze (braze-docs
# _lang/es/_partners/data_and_analytics/cloud_storage/google_cloud_storage_for_currents.md) escribe en
# inglés la consola de Google Cloud (**IAM & admin**, **Service Accounts**, **Create Key**, **JSON**), la
# navegación y los botones de Braze (**Technology Partners**, **Google Cloud Storage**, **Test
# Credentials**) y el campo **GCS JSON Credentials**: el widget los escribe en inglés, como ella,
# salvo «Technology Partners» y «Test Credentials», que la página de Amazon S3 en español escribe
# también en español: como en labels.ftl, las dos formas («Partners tecnológicos (Technology
# Partners)», «Probar credenciales (Test Credentials)»), el mismo botón con las mismas palabras en
# todo el widget. El nombre del bucket y el prefijo se traducen («nombre de tu contenedor GCS»,
# «prefijo GCS»): el campo de Braze es «contenedor (bucket)»; en lo demás, «bucket», como la
# consola de Google Cloud (en Azure, «contenedor» es otra cosa).

-gcs-json-credentials = GCS JSON Credentials
-gcs-technology-partners = Partners tecnológicos (Technology Partners)
-gcs-page = Google Cloud Storage
-gcs-test-credentials = Probar credenciales (Test Credentials)
-gcs-create-key = Create Key
-gcs-json = JSON
-gcs-iam-admin = IAM & admin
-gcs-service-accounts = Service Accounts

## Campos

gcs-field-bucket = Nombre del contenedor (bucket) GCS
gcs-field-project-id = ID del proyecto de Google Cloud
gcs-field-role-id = ID del rol personalizado
gcs-field-service-account = ID de la cuenta de servicio
gcs-field-prefix = Prefijo GCS (opcional)
gcs-field-hierarchical-namespace = El bucket usa espacio de nombres jerárquico

gcs-placeholder-bucket = TU-BUCKET
gcs-placeholder-project-id = ID-DE-TU-PROYECTO
gcs-placeholder-role-id = ID_DE_TU_ROL
gcs-placeholder-service-account = TU-CUENTA-DE-SERVICIO@ID-DE-TU-PROYECTO.iam.gserviceaccount.com

## Reglas de entrada (reglas de nombres de Google)

gcs-rule-required = Escribe un valor.
gcs-rule-bucket-length = Un nombre de bucket tiene de { $min } a { $max } caracteres; este tiene { $len }.
gcs-rule-bucket-part = Cada parte de un nombre entre puntos tiene de 1 a { $max } caracteres; una tiene { $len }.
gcs-rule-bucket-uppercase = Los nombres de bucket solo llevan letras minúsculas.
gcs-rule-bucket-characters = Un nombre de bucket solo contiene letras minúsculas, dígitos, `-`, `_` y `.`; quita: { $found }
gcs-rule-bucket-edge = Un nombre de bucket empieza y termina con una letra o un dígito.
gcs-rule-bucket-ip-address = Un nombre de bucket no puede parecer una dirección IP (cuatro grupos de dígitos separados por puntos).
gcs-rule-bucket-goog-prefix = Un nombre de bucket no puede empezar por `goog`.
gcs-rule-bucket-google = Un nombre de bucket no puede contener `google` ni una variante parecida, como `g00gle`.
gcs-rule-bucket-dots = Un nombre con puntos funciona, pero antes Google verifica que el dominio que nombra es tuyo; un nombre sin puntos evita ese paso.
gcs-rule-project-length = Un ID de proyecto tiene de { $min } a { $max } caracteres; este tiene { $len }.
gcs-rule-project-characters = Un ID de proyecto solo contiene letras minúsculas, dígitos y guiones; quita: { $found }
gcs-rule-project-start = Un ID de proyecto empieza por una letra minúscula.
gcs-rule-project-trailing-hyphen = Un ID de proyecto no puede terminar en guion.
gcs-rule-project-restricted = Un ID de proyecto no puede contener `{ $word }`.
gcs-rule-role-id-length = Un ID de rol tiene de { $min } a { $max } caracteres; este tiene { $len }.
gcs-rule-role-id-hyphen = Un ID de rol no puede contener `-`: usa `_` o `.` en su lugar.
gcs-rule-role-id-characters = Un ID de rol solo contiene letras, dígitos, `_` y `.`; quita: { $found }
gcs-rule-service-account-length = Un ID de cuenta de servicio tiene de { $min } a { $max } caracteres; este tiene { $len }.
gcs-rule-service-account-characters = Un ID de cuenta de servicio solo contiene letras minúsculas, dígitos y guiones; quita: { $found }
gcs-rule-service-account-start = Un ID de cuenta de servicio empieza por una letra minúscula.
gcs-rule-service-account-end = Un ID de cuenta de servicio termina con una letra o un dígito.
gcs-rule-prefix-too-long = Un nombre de objeto tiene como máximo { $max } bytes en UTF-8, y Braze añade su propia ruta después del prefijo; este prefijo tiene { $bytes }.
gcs-rule-prefix-line-break = Un prefijo no puede contener un salto de línea.
gcs-rule-prefix-dots = Un prefijo no puede ser `.` ni `..`.
gcs-rule-prefix-acme-challenge = Un prefijo no puede empezar por `.well-known/acme-challenge/`.
gcs-rule-prefix-invisible = Este prefijo contiene un carácter de control o invisible: escríbelo de nuevo sin él.
gcs-rule-prefix-avoided = Google recomienda encarecidamente evitar estos caracteres en los nombres de objeto (la CLI de gcloud lee `[`, `]`, `*` y `?` como comodines, y un nombre que termina en `#` seguido de dígitos, como una versión del objeto): { $found }
gcs-rule-hns-choice = Indica si el bucket usa espacio de nombres jerárquico: `on` u `off`.

## Secretos

gcs-secret-refused = { $kind ->
        [key-file] Esto es la clave JSON de una cuenta de servicio: un secreto.
       *[private-key] Esto es una clave privada: un secreto.
    } Su sitio es solo Braze: sube el archivo de clave en **{ -gcs-json-credentials }** (Currents), o escríbelo como credenciales GCS en **{ -gcs-technology-partners }** > **{ -gcs-page }** (exportaciones). Esta página no ha guardado nada de él; bórralo de aquí.

## Archivos generados

gcs-snippet-role = El rol personalizado (YAML para `gcloud iam roles create`)
gcs-snippet-cli-script = Comandos de gcloud: rol, cuenta de servicio, vinculación en el bucket
gcs-snippet-terraform = Terraform: rol, cuenta de servicio, vinculación en el bucket
gcs-snippet-preflight-script = Script de comprobación previa de solo lectura (gcloud)

gcs-note-role-command = Guárdalo como `{ $file }` y crea el rol con: `gcloud iam roles create { $role } --project={ $project } --file={ $file }`
gcs-note-cli-bucket-scope = La página de Braze te hace conceder el rol al crear la cuenta de servicio, sin decir en qué nivel; este script lo concede solo en el bucket, lo mínimo que Braze necesita.
gcs-note-cli-propagation = Google puede necesitar 60 segundos o más para que una cuenta de servicio nueva se pueda usar: el script vuelve a intentar la vinculación durante un minuto aproximadamente.
gcs-note-no-key-created = Aquí no se crea ninguna clave. Crea la clave JSON en la consola de Google Cloud (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**) y súbela a Braze; nunca la pegues en esta página.
gcs-note-terraform-no-key = A propósito no hay ningún recurso `google_service_account_key`: Terraform guardaría la clave privada en su estado.
gcs-note-terraform-propagation = Si `terraform apply` se detiene en la vinculación porque la cuenta de servicio nueva aún no es visible, ejecútalo otra vez un minuto después.
gcs-note-hns-permission = Tu bucket usa espacio de nombres jerárquico: el rol incluye también `storage.folders.create`, sin el que Braze no puede escribir en él.

## Verificador

gcs-checker-empty = Pega un rol (`gcloud iam roles describe`, en YAML o JSON) o la política del bucket (`gcloud storage buckets get-iam-policy gs://BUCKET --format=json`).
gcs-checker-too-large = Este texto supera los { $kib } KiB, más de lo que lee esta página: pega solo el rol o la política del bucket.
gcs-checker-not-role = Esto no es un rol ni una política de bucket. Pega lo que mostró `gcloud iam roles describe` o `gcloud storage buckets get-iam-policy --format=json`.
gcs-checker-not-readable = La línea { $line } no es lo que gcloud muestra para un rol. Pega la salida tal como se mostró.
gcs-checker-policy-yaml = Esto es una política en YAML: muéstrala con `--format=json` y pega eso.
gcs-checker-this-role = este rol
gcs-checker-role-sufficient = { $role } da a Braze todos los permisos que necesita.
gcs-checker-role-insufficient = { $role } no da a Braze lo que necesita.
gcs-checker-missing = Falta: { $permissions }.
gcs-checker-delete-optional = Sin `{ $permission }` (opcional), Braze no puede limpiar un archivo que queda incompleto cuando una conexión termina antes de tiempo.
gcs-checker-too-broad = { $kind ->
        [escalation] Estos permiten a quien los tiene cambiar quién puede hacer qué, o actuar sobre IAM o sobre credenciales: { $permissions }.
        [wildcard] Estos comodines abarcan más de lo que Braze necesita: { $permissions }.
        [bucket-admin] Estos crean, modifican o eliminan buckets: { $permissions }.
        [other-service] Estos son de otros servicios distintos de Cloud Storage: { $permissions }.
       *[extra] Braze no los necesita: { $permissions }.
    }
gcs-checker-other-project = Este rol personalizado pertenece al proyecto { $found }, no a { $expected }: solo se puede conceder en su propio proyecto.
gcs-checker-disabled = La etapa de lanzamiento del rol es `DISABLED`: no da ningún permiso allí donde se concede.
gcs-checker-deleted = El rol está eliminado: sus vinculaciones siguen, pero no tienen efecto.
gcs-checker-deprecated = La etapa de lanzamiento del rol es `DEPRECATED`: todavía funciona, pero prevé sustituirlo.
gcs-checker-bound = { $account } está vinculada a este bucket con { $role }.
gcs-checker-bound-conditional = { $account } tiene { $role } en este bucket solo bajo una condición, que esta página no puede evaluar.
gcs-checker-bound-other-roles = { $account } está vinculada a este bucket con { $roles }: pega { $count ->
        [one] ese rol
       *[other] esos roles
    } (`gcloud iam roles describe`) para comprobar sus permisos.
gcs-checker-not-bound = { $account } no está vinculada a este bucket. Un rol concedido en el proyecto también lo alcanza, pero da más de lo que Braze necesita: vincula el rol en el bucket.
gcs-checker-deleted-member = Una vinculación nombra { $account } como cuenta de servicio eliminada: no se aplica a una cuenta creada de nuevo con el mismo nombre.
gcs-checker-public = `allUsers` o `allAuthenticatedUsers` está vinculado a este bucket ({ $roles }): cualquiera puede actuar sobre lo que Braze escribe ahí.

## Comprobación previa

gcs-preflight-intro = Comprobación de solo lectura de gs://{ $bucket } y { $account }: ejecútala en Cloud Shell, o donde la CLI de gcloud tenga la sesión iniciada en tu proyecto. Lee el bucket, el rol, la cuenta de servicio, las políticas y las fechas de las claves; no crea, no cambia ni elimina nada, y no muestra ninguna clave.
gcs-preflight-other-values = Este informe es para { $field ->
        [bucket] el bucket
        [project] el proyecto
        [role] el rol
       *[service-account] la cuenta de servicio
    } { $reported }, pero escribiste { $configured }. Copia el script para tus valores actuales y ejecútalo otra vez.
gcs-preflight-unknown-absent = El informe no tiene respuesta de `gcloud { $call }`: esto no se ha comprobado.
gcs-preflight-unknown-denied = La cuenta que ejecutó el script no puede ejecutar `gcloud { $call }`: esto no se ha comprobado.
gcs-preflight-unknown-error = `gcloud { $call }` falló ({ $error }): esto no se ha comprobado.
gcs-preflight-unknown-no-bucket = No comprobado: el bucket { $bucket } no existe.
gcs-preflight-bucket-exists = El bucket { $bucket } existe (ubicación { $location }, { $kind }).
gcs-preflight-bucket-missing = El bucket { $bucket } no existe.
gcs-preflight-bucket-missing-fix = Créalo en la consola de Google Cloud (Cloud Storage > Buckets), o corrige el nombre.
gcs-preflight-bucket-denied = La cuenta que ejecutó el script no puede leer el bucket { $bucket }: quizá pertenezca a otro proyecto. No comprobado.
gcs-preflight-hns-on = El bucket usa espacio de nombres jerárquico, como indicaste.
gcs-preflight-hns-off = El bucket no usa espacio de nombres jerárquico, como indicaste.
gcs-preflight-hns-unexpected = El bucket { $bucket } usa espacio de nombres jerárquico: Braze también necesita `storage.folders.create` en él.
gcs-preflight-hns-fix-on = Marca el espacio de nombres jerárquico más arriba y actualiza el rol con el script nuevo.
gcs-preflight-hns-not-used = El bucket { $bucket } no usa espacio de nombres jerárquico: `storage.folders.create` no hace falta.
gcs-preflight-hns-fix-off = Desmarca el espacio de nombres jerárquico más arriba.
gcs-preflight-role-pass = El rol { $role } tiene lo que Braze necesita, y nada más.
gcs-preflight-role-absent = El rol { $role } no existe.
gcs-preflight-role-absent-covered = El rol { $role } no existe; la cuenta de servicio obtiene lo que Braze necesita de otros roles.
gcs-preflight-role-fix = Crea o actualiza el rol con los comandos de gcloud de esta página.
gcs-preflight-account-pass = La cuenta de servicio { $account } existe y está habilitada.
gcs-preflight-account-disabled = La cuenta de servicio { $account } está inhabilitada: Braze no puede iniciar sesión con su clave.
gcs-preflight-account-enable-fix = Habilítala en **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**.
gcs-preflight-account-missing = No se encontró la cuenta de servicio { $account }. (Google responde «permission denied» tanto para una cuenta que no existe como para una que no puedes leer).
gcs-preflight-account-fix = Comprueba el ID de la cuenta de servicio y el proyecto, o crea la cuenta con los comandos de gcloud de esta página.
gcs-preflight-permissions-pass = { $delete ->
        [yes] La cuenta de servicio tiene en el bucket todos los permisos que Braze necesita.
       *[no] La cuenta de servicio tiene en el bucket todos los permisos que Braze necesita. Sin `storage.objects.delete` (opcional), Braze no puede limpiar un archivo que quede incompleto.
    }
gcs-preflight-permissions-missing = A la cuenta de servicio le falta { $permissions } en el bucket (concedidos a través del bucket o del proyecto; lo concedido en carpetas o en la organización no se lee).
gcs-preflight-permissions-unknown = Por ahora a la cuenta de servicio le falta { $permissions }, pero no se leyó una política o un rol: esto no está resuelto.
gcs-preflight-permissions-conditional = A la cuenta de servicio le falta { $permissions }, salvo que se aplique una vinculación condicional, que la comprobación previa no puede evaluar.
gcs-preflight-permissions-fix = Vincula el rol en el bucket con los comandos de gcloud de esta página.
gcs-preflight-scope-bucket = La cuenta de servicio está vinculada solo al bucket ({ $roles }): lo mínimo que necesita.
gcs-preflight-scope-project = La cuenta de servicio está vinculada a todo el proyecto ({ $roles }): alcanza todos sus buckets.
gcs-preflight-scope-fix = Vincula el rol de la guía en el bucket y después quita la concesión más amplia.
gcs-preflight-scope-none = La cuenta de servicio no está vinculada ni al bucket ni al proyecto.
gcs-preflight-extra = { $escalation ->
        [yes] Los roles de la cuenta de servicio dan más de lo que Braze necesita, incluido el poder de cambiar quién puede hacer qué: { $permissions }.
       *[no] Los roles de la cuenta de servicio dan más de lo que Braze necesita: { $permissions }.
    }
gcs-preflight-extra-none = Los roles de la cuenta de servicio no dan nada más allá de lo que Braze necesita.
gcs-preflight-public = Cualquiera puede actuar sobre el bucket: `allUsers` o `allAuthenticatedUsers` está vinculado ({ $roles }). Las exportaciones de Braze contienen los datos de tus usuarios.
gcs-preflight-public-none = El bucket no está abierto a `allUsers` ni a `allAuthenticatedUsers`.
gcs-preflight-deny-none = Ninguna política de denegación de IAM en el proyecto (las de las carpetas y la organización no se leen).
gcs-preflight-deny-some = El proyecto tiene { $count ->
        [one] { $count } política de denegación de IAM
       *[other] { $count } políticas de denegación de IAM
    } ({ $policies }): una regla de denegación se impone a cualquier concesión. Comprueba que ninguna niegue a la cuenta de servicio los permisos anteriores.
gcs-preflight-key-none = La cuenta de servicio no tiene ninguna clave: Braze inicia sesión con una clave JSON.
gcs-preflight-key-unusable = Ninguna de las { $count } claves de la cuenta de servicio puede iniciar sesión ahora: cada una está inhabilitada o fuera de sus fechas de validez.
gcs-preflight-key-fix = Crea una clave JSON (**{ -gcs-create-key }**, **{ -gcs-json }**) y súbela en **{ -gcs-json-credentials }** en Braze.
gcs-preflight-key-expiring = La última clave válida de la cuenta de servicio deja de funcionar en { $days } días. Cuando las credenciales caducan, el conector se detiene; después de { $window } días (según la página actual de Braze; versiones anteriores decían { $hours } horas) sus eventos se descartan para siempre.
gcs-preflight-key-old = La clave válida más reciente tiene { $days } días: Google recomienda rotar las claves al menos cada { $limit } días.
gcs-preflight-key-rotate-fix = Rótala: una clave nueva, Braze actualizado y probado, y la clave antigua eliminada al final.
gcs-preflight-key-pass = La cuenta de servicio tiene { $count ->
        [one] { $count } clave válida
       *[other] { $count } claves válidas
    } (la clave subida a Braze debería ser una de ellas).

## Error de Braze

gcs-error-unknown = Este no es el error de Google Cloud Storage de Braze. Pega el mensaje que mostró Braze, tal cual.
gcs-error-meaning = Braze no pudo usar estas credenciales en el bucket: la clave JSON, el nombre del bucket o el prefijo no es correcto, o a la cuenta de servicio le falta un permiso.
gcs-error-check-permissions = Comprueba que { $account } tiene { $permissions } en { $bucket } (el verificador y la comprobación previa de esta página lo muestran).
gcs-error-check-values = Comprueba que el nombre del bucket en Braze es exactamente { $bucket } y que el prefijo es válido.
gcs-error-check-key = Comprueba que la clave subida es la clave JSON de esa cuenta de servicio y que está habilitada.
gcs-error-test = Después selecciona **{ -gcs-test-credentials }** en la página **{ -gcs-page }** de Braze.

## Rotación de la clave

gcs-rotate-create-key = Crea una clave JSON nueva para { $account } (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**). Mientras tanto, la clave antigua sigue funcionando.
gcs-rotate-update-currents = En Braze, abre tu Current de Google Cloud Storage y sube la clave nueva en **{ -gcs-json-credentials }**.
gcs-rotate-update-export = En Braze, ve a **{ -gcs-technology-partners }** > **{ -gcs-page }** y escribe la clave nueva como credenciales GCS.
gcs-rotate-test = En la página **{ -gcs-page }** de Braze, selecciona **{ -gcs-test-credentials }** y luego comprueba que los archivos de Braze siguen llegando al bucket.
gcs-rotate-delete-old = Solo entonces elimina la clave antigua en la consola de Google Cloud.
gcs-rotate-expiry = Mantén la clave al día: cuando las credenciales caducan, el conector se detiene, y después de { $days } días (según la página actual de Braze; versiones anteriores decían { $hours } horas) sus eventos se descartan para siempre.

## La guía (el motor de proveedores: src/core/providers/guide.rs)

provider-gcs-auth = Clave JSON de la cuenta de servicio
provider-gcs-auth-hint = El método que indica la página de Braze para Google Cloud Storage. Para Currents es el único: allí no se admite la federación de identidades de cargas de trabajo (Workload Identity Federation).
provider-gcs-step-role = Crea el rol personalizado
provider-gcs-step-role-body = En la consola de Google Cloud, ve a **{ -gcs-iam-admin }** > **Roles** > **+ Create Role**, dale un nombre al rol, selecciona **+Add Permissions**, añade los permisos del archivo de abajo y luego selecciona **Create**; o crea el rol a partir de ese archivo con el comando que aparece debajo.
provider-gcs-step-service-account = Crea la cuenta de servicio y concédele el rol en el bucket
provider-gcs-step-service-account-body = Ve a **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }** > **Create Service Account** y dale un nombre a la cuenta de servicio. Después, la página de Braze te hace concederle el rol personalizado, sin decir en qué nivel; los archivos de abajo lo conceden solo en el bucket, lo mínimo que Braze necesita.
provider-gcs-step-key = Crea la clave JSON de la cuenta de servicio
provider-gcs-step-key-body = En la cuenta de servicio, usa **{ -gcs-create-key }** y elige **{ -gcs-json }**: la clave privada se descarga en tu equipo. Solo va en Braze: nunca la pegues aquí (esta página la rechaza y no guarda nada de ella).
provider-gcs-step-currents-body = En Braze, ve a **Currents** > **+ Create Current** > **Google Cloud Storage Data Export**, dale a la integración un nombre y un correo electrónico de contacto, sube la clave JSON en **{ -gcs-json-credentials }** y luego indica el nombre del contenedor (bucket) GCS, { $bucket }, y el prefijo GCS (opcional). Por último, selecciona los eventos que quieres exportar y lanza el Current.
provider-gcs-step-export-body = En Braze, ve a **{ -gcs-technology-partners }** > **{ -gcs-page }**, introduce tus credenciales de GCS (la clave JSON completa) y selecciona **Make this the default data export destination**. Para comprobar los permisos (opcional), selecciona **{ -gcs-test-credentials }** en esa página.
provider-gcs-checker-intro = ¿Ya tienes un rol o un bucket? Pega lo que muestra `gcloud iam roles describe ROLE_ID --project=PROJECT_ID` (YAML o JSON), o `gcloud storage buckets get-iam-policy gs://BUCKET --format=json`, para ver qué falta, qué supera lo que Braze necesita y qué está en el lugar equivocado. Nada sale de tu navegador.
provider-gcs-update-rotate = Rota la clave de la cuenta de servicio
