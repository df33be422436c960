# Lo que la página actual de Amazon S3 de Braze añade a la página de origen (issue 14,
# docs/facts.md "Today vs the seed"): cambiar o rotar las credenciales y los textos de
# solución de problemas de hoy. Los mensajes de error de Braze se citan en inglés, tal como
# los muestra el panel.

## Etiquetas de las pantallas (Braze: su página actual; AWS: la consola de IAM en español)
-braze-edit = Edit
-braze-update-current = Update Current
-aws-actions = Acciones (Actions)
-aws-deactivate = Desactivar (Deactivate)
-aws-delete = Eliminar (Delete)

## Cambiar o rotar las credenciales
update-heading = Cambiar o rotar las credenciales
update-show = Mostrar los pasos para tu caso
update-intro = Las claves se rotan y los roles cambian. En este orden, Braze sigue escribiendo en tu bucket mientras cambias sus credenciales: primero el lado de AWS, luego Braze y las credenciales antiguas al final.
update-rotate-key-title = Rotar la clave de acceso
update-key-create = En IAM, abre el usuario { $user }, pestaña **{ -aws-security-credentials-tab }**, y haz clic en **{ -aws-create-access-key }**: es la segunda clave del usuario; la antigua sigue funcionando mientras tanto.
update-key-update-braze = En Braze, sustituye el ID de clave de acceso y la clave de acceso secreta por los nuevos allí donde se use la clave antigua (las pantallas de abajo).
update-key-test = Prueba: para la exportación de datos del panel, haz clic en **{ -braze-test-credentials }**; para Currents, **{ -braze-update-current }** (Actualizar Current) comprueba las credenciales y una notificación te indica si se validaron.
update-key-deactivate = De vuelta en IAM, en el usuario { $user }, desactiva la clave antigua (**{ -aws-actions } > { -aws-deactivate }**). Comprueba que los datos siguen llegando: una clave desactivada todavía se puede reactivar.
update-key-delete = Cuando Braze lleve un tiempo funcionando con la clave nueva, elimina la antigua (**{ -aws-actions } > { -aws-delete }**).
update-key-two-keys = Un usuario de IAM tiene como máximo dos claves de acceso. Si ya tiene dos, elimina la que Braze no usa antes de crear la nueva.
update-expiry = No revoques las credenciales antiguas antes de que Braze tenga las nuevas. Un conector de Currents cuyas credenciales fallan deja de enviar eventos; si la situación se prolonga más de { $days } { $days ->
        [one] día
       *[other] días
    } según la página actual de Braze (versiones anteriores decían { $hours } { $hours ->
        [one] hora
       *[other] horas
    }), sus eventos se descartan y los datos se pierden definitivamente.
update-role-may-change-title = Qué puede cambiar en el rol
update-role-policies = Sus permisos: edita las políticas asociadas al rol { $role }, por ejemplo para añadir un bucket nuevo junto a { $bucket } en la política. El ARN del rol no cambia, así que Braze no necesita credenciales nuevas (solo el nombre del bucket, si Braze debe escribir en el nuevo).
update-role-switch = El método de autenticación: puedes pasar a una clave secreta (consulta "Cambiar entre clave secreta y ARN de rol" más abajo).
update-role-must-stay-title = Qué debe quedar tal como lo muestra Braze
update-role-trust = La política de confianza: el ID de cuenta de AWS de Braze { $account } y el ID externo { $external_id } se quedan exactamente como los muestra Braze: con otro ID de cuenta u otro ID externo, Braze ya no puede asumir el rol. Quitar la condición del ID externo no deja fuera a Braze, pero elimina la protección: cualquier cliente de Braze que conozca el ARN de tu rol podría hacer que Braze usara tu rol (lo que AWS llama el problema del «confused deputy», el suplente confuso).
update-role-arn = El ARN del rol introducido en Braze debe corresponder al rol { $role }. Un rol creado de nuevo o con otro nombre tiene otro ARN: introdúcelo en Braze (abajo) antes de eliminar el rol antiguo.
update-aws-first = Termina primero el lado de AWS (arriba), para que Braze encuentre credenciales que funcionen cuando las compruebe.
update-currents-title = Currents
update-currents-open = En Braze, ve a **{ -braze-partner-integrations } > { -braze-currents }**, abre tu conector y haz clic en **{ -braze-edit }** (Editar).
update-currents-credentials = En la sección **{ -braze-credentials-section }**, { $method ->
        [role-arn] con **{ -braze-role-arn-radio }** seleccionado, introduce el ARN del rol.
       *[other] con **{ -braze-secret-key-radio }** seleccionado, introduce el nuevo ID de clave de acceso y la nueva clave de acceso secreta.
    }
update-currents-update = Haz clic en **{ -braze-update-current }** (Actualizar Current). Una notificación te indica si las credenciales se validaron.
update-currents-each = Haz lo mismo en cada uno de tus { $count } conectores: comparten estas credenciales.
update-currents-keeps-running = El conector sigue funcionando mientras actualizas sus credenciales.
update-dashboard-title = Exportación de datos del panel
update-dashboard-open = En Braze, ve a **{ -braze-partner-integrations } > { -braze-technology-partners }** y haz clic en **{ -braze-amazon-s3 }**.
update-dashboard-credentials = En la página **{ -braze-aws-credentials-page }**, { $method ->
        [role-arn] con **{ -braze-role-arn-radio }** seleccionado, introduce el ARN del rol.
       *[other] con **{ -braze-secret-key-radio }** seleccionado, introduce el nuevo ID de clave de acceso y la nueva clave de acceso secreta.
    }
update-dashboard-test = Haz clic en **{ -braze-test-credentials }**; si la prueba sale bien, haz clic en **{ -braze-save }**.
update-switch-title = Cambiar entre clave secreta y ARN de rol
update-switch = { $method ->
        [role-arn] Para pasar a una clave secreta, elige ese método arriba en este widget y haz sus pasos de AWS. Después, en las mismas pantallas de Braze, selecciona **{ -braze-secret-key-radio }** e introduce la clave.
       *[other] Para pasar a un rol, elige ese método arriba en este widget y haz sus pasos de AWS. Después, en las mismas pantallas de Braze, selecciona **{ -braze-role-arn-radio }** e introduce el ARN del rol.
    } Elimina las credenciales antiguas solo cuando Braze funcione con las nuevas.

## Solución de problemas, tal como la presenta la página actual de Braze
today-braze-says = El mensaje de error, tal como lo cita la página de Braze (en inglés en todos los idiomas):
today-check-permissions = Solución de problemas de Braze, "{ $heading }" (comprobar permisos adicionales): el usuario o el rol necesita `s3:GetBucketLocation` y `s3:PutObject`; la política generada aquí concede ambos.
today-kms = Según la página de Braze, este mensaje viene del soporte de Braze o de tus registros de AWS. Significa que el cifrado predeterminado del bucket es SSE-KMS, que Braze no admite para Currents ni para las exportaciones de datos del panel: desactiva SSE-KMS en el bucket. SSE-S3 funciona con ambos.
today-unable-to-connect = Ejecuta **{ -braze-test-credentials }** en Braze: el resultado indica qué falló. Braze pone como ejemplo que falte `s3:GetObject`: sin él, Braze no puede crear los enlaces de descarga.
today-notes-heading = Conviene saber
today-invalid-alert = Si Braze muestra "{ -braze-invalid-credentials }" y el mensaje menciona el acceso `PutObject` o el cifrado del lado del servidor en las exportaciones de datos del panel, elige arriba el síntoma correspondiente.
today-region = Braze no tiene ajuste de región: escribe en la región de AWS del bucket. Si un conector escribe en otra región distinta de la que quieres (por ejemplo `eu-west-1` en lugar de `eu-central-1`), crea o usa un bucket en la región deseada; no hay ninguna región que cambiar en Braze.
today-format-exports = Las exportaciones en JSON (desde el panel o la API) son JSONL: un objeto JSON por línea; léelas línea a línea, no como un único documento JSON. Las exportaciones e informes CSV son archivos CSV.
today-format-currents = Currents escribe archivos Apache Avro (`.avro`).
today-format-archives = El archivo de mensajes escribe un archivo JSON comprimido con gzip (`.json.gz`) por cada mensaje enviado, en `sent_messages/` dentro del bucket, con una carpeta por canal (email, push, sms).
today-contact-email = El formulario de Currents pide un correo de contacto para las notificaciones de errores de la integración: Braze aconseja una lista de distribución o una dirección de grupo en lugar de la de una sola persona.
today-switch-provider = ¿Cambias desde otro proveedor de almacenamiento en la nube? Contacta con tu administrador de éxito de cliente de Braze para configurar y validar la nueva integración.
