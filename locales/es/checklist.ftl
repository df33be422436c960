# Lista de verificación, varios conectores, solución de problemas

## Lista de verificación

checklist-heading = Lista de verificación
checklist-progress-label = Progreso
checklist-progress = { $done } de { $total } { $total ->
        [one] paso completado
       *[other] pasos completados
    }
checklist-go-to-step = Ir al paso
checklist-complete = ¡Todo listo! Ahora comprueba que llegan los datos:
checklist-verify-currents = Currents: en la consola de S3, aparecen archivos nuevos en { $bucket }/{ $folder }/ unos minutos después de lanzar el Current.
checklist-verify-dashboard = Exportación del panel: haz una exportación CSV desde Braze y comprueba que el archivo llega a { $bucket }.
checklist-verify-expiry = Currents: comprueba de vez en cuando que siguen llegando eventos. Un conector cuyas credenciales fallan deja de enviar eventos; si la situación se prolonga más de { $days } { $days ->
        [one] día
       *[other] días
    } según la página actual de Braze (versiones anteriores decían { $hours } { $hours ->
        [one] hora
       *[other] horas
    }), sus eventos se descartan definitivamente.
checklist-verify-key-rotation = Las claves de acceso de IAM no caducan; AWS aconseja rotarlas con regularidad. Cuando rotes la clave, sigue «Cambiar o rotar las credenciales», para que Braze tenga siempre una clave que funcione.
checklist-copy-markdown = Copiar como Markdown
checklist-copy-link = Copiar el enlace a esta configuración
checklist-markdown-copied = Lista de verificación copiada como Markdown.
checklist-link-copied = Enlace copiado. Contiene tus valores, no las casillas que marcaste.
checklist-start-over = Empezar de nuevo
checklist-start-over-confirm = ¿Borrar tus valores y las casillas marcadas?
checklist-start-over-yes = Sí, borrar todo
checklist-start-over-no = Cancelar

## Otros conectores de Currents

connectors-legend = Otros conectores de Currents en este bucket
connectors-hint = Mismas credenciales, pero una ruta de carpeta distinta para cada uno.
connector-name = Nombre del conector { $number }
connector-folder = Ruta de carpeta del conector { $number }
connector-remove = Quitar
connector-remove-label = Quitar el conector { $number }
connector-add = Agregar un conector

## Solución de problemas

troubleshoot-heading = Solución de problemas
troubleshoot-label = ¿Qué ves?
troubleshoot-choose = Elige un síntoma…
troubleshoot-cause = Causa
troubleshoot-fix = Solución
troubleshoot-recheck = Revisar en la lista de verificación
troubleshoot-paste-label = O pega el mensaje que mostró Braze
troubleshoot-paste-hint = Se lee en tu navegador: el widget elige el síntoma y compara el bucket y la identidad que nombra el mensaje con los tuyos.
braze-error-recognised = El mensaje de Braze apunta a:
braze-error-unknown = El widget no reconoce este mensaje. Elige lo que ves en la lista de arriba; los síntomas que conoce:
braze-error-action = La acción que AWS rechazó: { $action }.
braze-error-other-bucket = Braze probó el bucket { $tried }; tú configuraste { $configured }.
braze-error-other-role = Braze asumió el rol { $tried }; tú configuraste { $configured }.
braze-error-other-user = Braze inició sesión como el usuario de IAM { $tried }; tú configuraste { $configured }.
braze-error-role-not-key = Braze usó el rol { $tried }, pero elegiste el método de clave de acceso secreta de AWS.
braze-error-user-not-role = Braze inició sesión como el usuario de IAM { $tried }, pero elegiste el método de ARN de rol de AWS.
braze-error-role-to-assume = El rol que Braze intentó asumir (el ARN de rol indicado en Braze): { $arn }.
braze-error-other-role-to-assume = Braze intentó asumir el rol { $tried }; tú configuraste { $configured }.
braze-error-role-path = El ARN de rol indicado en Braze tiene la ruta { $path } antes del nombre del rol; el rol de esta guía no tiene ninguna. Copia en Braze el ARN que muestra la página de resumen del rol en IAM.
braze-error-other-account = El rol está en la cuenta de AWS { $tried }; como ID de tu cuenta indicaste { $configured }.
braze-error-other-braze-account = Braze hizo la solicitud desde la cuenta de AWS { $tried }, pero el ID de cuenta de Braze que indicaste (en el que confía la política de confianza) es { $configured }.
braze-error-bucket-typed = En Braze, el nombre del bucket es «{ $braze }»; tu bucket es { $configured }. Corrige el nombre en Braze:
braze-error-bucket-typed-alone = En Braze, el nombre del bucket es «{ $braze }». Corrige el nombre en Braze:
braze-error-bucket-space = Empieza o termina con un espacio: un nombre de bucket no tiene ninguno.
braze-error-bucket-upper-case = Tiene mayúsculas: un nombre de bucket solo tiene minúsculas, dígitos, puntos y guiones.
braze-error-bucket-scheme = `s3://` es la forma en que la AWS CLI escribe la dirección del bucket, no parte de su nombre: escribe solo el nombre.
braze-error-bucket-arn = `arn:aws:s3:::` lo convierte en el ARN del bucket, no en su nombre: escribe solo el nombre.
braze-error-bucket-folder = `/{ $folder }` después del nombre es una ruta de carpeta: escribe solo el nombre del bucket; en Currents, la carpeta va en el campo **{ -braze-folder-path }** (ruta de carpeta).
braze-error-bucket-slash = Termina con una barra, que no forma parte de un nombre de bucket.
braze-error-bucket-other-name = Incluso sin estos errores, designa { $name }, no { $configured }.
braze-error-access-denied = AWS rechazó una solicitud (Access Denied), pero el mensaje no dice qué acción rechazó ni qué identidad la pidió: el widget no puede deducir el síntoma. En tu caso puede ser cualquiera de estos; elige en la lista de arriba el que corresponda:
braze-error-cut = Solo se leyeron los primeros { $chars } caracteres: los mensajes de Braze son mucho más cortos.
symptom-invalid-after-role = “{ -braze-invalid-credentials }” justo después de crear el rol
symptom-put-object-denied = Acceso denegado (AccessDenied) en `s3:PutObject`
symptom-kms-generate-data-key = Sin autorización para `kms:GenerateDataKey`
symptom-events-stopped = Los eventos de Currents han dejado de llegar
symptom-object-lock = Currents falla en un bucket con Object Lock
symptom-download-links-fail = Los enlaces de descarga de las exportaciones no funcionan
symptom-api-export-no-url = Una exportación por API no devuelve ninguna URL de descarga
cause-invalid-after-role = IAM aún no ha propagado el nuevo rol: Braze intentó asumirlo demasiado pronto.
fix-invalid-after-role = Espera unos minutos y vuelve a intentarlo. Si el error persiste, revisa el ID de cuenta de Braze y el ID externo del rol, y el ARN que pegaste en Braze.
cause-put-object-denied = La política adjuntada no concede `s3:PutObject` sobre los objetos del bucket, o no está adjuntada al usuario o al rol que usa Braze.
fix-put-object-denied = Pega sin cambios la política generada para tu caso, adjúntala y luego revisa el nombre del bucket que escribiste en Braze.
cause-kms-generate-data-key = El bucket cifra con SSE-KMS (una clave de AWS KMS), que no admiten ni Currents ni la exportación del panel.
fix-kms-generate-data-key = Cambia el cifrado predeterminado del bucket a SSE-S3 (claves administradas por Amazon S3) o usa un bucket sin SSE-KMS.
cause-events-stopped = Las credenciales del conector caducaron o se revocaron, y el conector dejó de enviar eventos. Si pasan más de { $days } { $days ->
        [one] día
       *[other] días
    } según la página actual de Braze (versiones anteriores decían { $hours } { $hours ->
        [one] hora
       *[other] horas
    }), sus eventos se descartan y se pierden definitivamente.
fix-events-stopped = Crea una nueva clave de acceso (o revisa el rol) y actualiza cuanto antes las credenciales del conector en Braze.
cause-object-lock = Currents no admite buckets con S3 Object Lock.
fix-object-lock = Usa un bucket creado sin Object Lock: esta opción no se puede quitar de un bucket existente.
cause-download-links-fail = La política no concede `s3:GetObject`: Braze lo necesita para sus enlaces de descarga y su gestión de errores.
fix-download-links-fail = Usa la política generada para tu caso, que incluye `s3:GetObject`, y comprueba que esté adjuntada.
cause-api-export-no-url = Es el comportamiento esperado: con una integración de almacenamiento en la nube, las exportaciones por API no devuelven ninguna URL de descarga.
fix-api-export-no-url = Descarga el archivo directamente desde tu bucket de S3.
