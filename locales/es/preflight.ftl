# Preflight: los hallazgos del informe del script de solo lectura.
# Marcado: **etiqueta** para un botón o un menú, `literal` para código.

## El informe

preflight-report-empty = Pega el informe que imprimió el script de comprobación.
preflight-report-not-report = Esto no es un informe de comprobación: no tiene la línea `# braze-s3-companion preflight v1`. Pega todo lo que el script escribió en su salida estándar.
preflight-report-version = Este informe está en el formato v{ $found }, que esta página no lee. Copia el script de comprobación de esta página y vuelve a ejecutarlo.
preflight-report-truncated = Este informe está incompleto: falta su última línea `# end` o una línea se corta a la mitad. Pega el informe completo.
preflight-report-too-large = Este texto supera { $megabytes } MB: ningún informe de comprobación es tan grande.
preflight-report-too-many = Este informe tiene más de { $max } llamadas: ningún informe de comprobación tiene tantas.
preflight-report-bad-line = La línea { $line } no es lo que escribe el script de comprobación. Pega el informe tal como se imprimió, sin editarlo.
preflight-report-altered = La última línea del informe cuenta { $expected } llamadas, pero contiene { $found }. Pega el informe completo, sin editarlo.
preflight-other-values = Este informe es para { $field ->
        [bucket] el bucket
        [auth] el método
        [user] el usuario de IAM
        [role] el rol de IAM
        [account] la cuenta de Braze
       *[external-id] el ID externo
    } { $reported }, pero introdujiste { $configured }. Copia el script para tus valores actuales y vuelve a ejecutarlo.

## Cuando una comprobación no puede juzgar

preflight-unknown-absent = El informe no tiene respuesta de `{ $call }`: esto no se comprobó.
preflight-unknown-denied = La identidad que ejecutó el script no puede llamar a `{ $call }`: esto no se comprobó. Ejecuta el script con una identidad que pueda leer la configuración de S3 e IAM.
preflight-unknown-error = `{ $call }` falló ({ $error }): esto no se comprobó.
preflight-unknown-no-bucket = No comprobado: el bucket { $bucket } no existe.

## El bucket

preflight-bucket-exists-pass = El bucket { $bucket } existe.
preflight-bucket-exists-missing = No hay ningún bucket { $bucket } en esta cuenta.
preflight-bucket-exists-fix = Crea el bucket { $bucket } en la consola de S3 (o corrige aquí su nombre) y vuelve a ejecutar el script.
preflight-bucket-exists-forbidden = S3 se negó a decir si el bucket { $bucket } existe: puede pertenecer a otra cuenta de AWS, o la identidad que ejecutó el script no puede listarlo.
preflight-bucket-region = Braze escribirá en la región { $region }, donde está el bucket { $bucket }.
preflight-encryption-none = No hay cifrado predeterminado configurado: S3 cifra los objetos nuevos con SSE-S3, que Braze admite.
preflight-encryption-sse-s3 = El cifrado predeterminado es SSE-S3 (`AES256`), que Braze admite.
preflight-encryption-kms = El cifrado predeterminado es `{ $algorithm }` (SSE-KMS): Braze solo admite SSE-S3 y sus cargas fallarían.
preflight-encryption-kms-fix = En la consola de S3, abre el bucket { $bucket }, **Propiedades (Properties)**, **Cifrado predeterminado (Default encryption)**, y elige SSE-S3 (claves administradas por Amazon S3).
preflight-encryption-other = El cifrado predeterminado es `{ $algorithm }`, que esta comprobación no conoce. Braze admite SSE-S3 (`AES256`).
preflight-object-lock-off = Object Lock está desactivado.
preflight-object-lock-currents = Object Lock está activado: Braze Currents no admite buckets con Object Lock.
preflight-object-lock-fix = Object Lock no se puede desactivar: crea otro bucket sin Object Lock para Currents.
preflight-object-lock-export = Object Lock está activado. Si el bucket tiene un periodo de retención predeterminado, S3 rechaza toda carga que no lleve ni un encabezado `Content-MD5` ni uno de suma de comprobación, y Braze no dice si sus exportaciones lo envían. Comprueba que una exportación del panel llega al bucket, o usa un bucket sin Object Lock.
preflight-bucket-policy-none = El bucket no tiene política de bucket.
preflight-bucket-policy-pass = La política de bucket no deniega nada de lo que Braze necesita.
preflight-bucket-policy-denies = { $count ->
        [one] La política de bucket deniega un permiso que Braze necesita: { $pairs }.
       *[other] La política de bucket deniega { $count } permisos que Braze necesita: { $pairs }.
    }
preflight-bucket-policy-fix = Elimina o restringe las instrucciones `Deny` de la política de bucket que coinciden con las solicitudes de Braze. { $sse ->
        [on] Braze envía `{ $header }: AES256` con cada carga.
       *[off] La opción AES-256 de Braze está desactivada aquí, así que las cargas no llevan el encabezado `{ $header }`: si la política lo exige, activa la opción en Braze y aquí.
    }
preflight-bucket-policy-not-principal-fix = `NotPrincipal` con `Deny` deniega a toda entidad principal que no enumere exactamente: las sesiones de un rol, salvo que cada sesión esté enumerada, y siempre una identidad con un límite de permisos. Como recomienda AWS, escribe en su lugar `"Principal": "*"` con una condición `ArnNotEquals` sobre `aws:PrincipalArn` que nombre { $kind ->
        [user] al usuario
       *[role] el rol
    }.
preflight-bucket-policy-depends = { $count ->
        [one] La política de bucket puede denegar un permiso que Braze necesita, según una condición que esta comprobación no puede evaluar: { $pairs }.
       *[other] La política de bucket puede denegar { $count } permisos que Braze necesita, según condiciones que esta comprobación no puede evaluar: { $pairs }.
    }
preflight-bucket-policy-unreadable = La política de bucket no se pudo leer como una política de IAM.

## La identidad

preflight-identity-not-found = No hay ningún { $kind ->
        [user] usuario de IAM
       *[role] rol de IAM
    } { $name } en esta cuenta.
preflight-identity-create-fix = Crea el { $kind ->
        [user] usuario
       *[role] rol
    } con los pasos de arriba o con el script de AWS CLI.
preflight-identity-pass = { $count ->
        [one] Tu política concede
       *[other] Tus { $count } políticas conceden juntas
    } todos los permisos que Braze necesita, y nada más.
preflight-identity-missing = { $count ->
        [one] Un permiso que Braze necesita no está concedido: { $pairs }.
       *[other] { $count } permisos que Braze necesita no están concedidos: { $pairs }.
    }
preflight-identity-fix = Adjunta la política { $policy } de esta página (o añade lo que falta a una política adjunta) y elimina cualquier `Deny` que coincida.
preflight-identity-partial = Algunas políticas no se pudieron leer ({ $policies }): no se pudieron comprobar todos los permisos.
preflight-identity-depends = { $count ->
        [one] Un permiso que Braze necesita solo se concede bajo una condición que esta comprobación no puede evaluar: { $pairs }.
       *[other] { $count } permisos que Braze necesita solo se conceden bajo condiciones que esta comprobación no puede evaluar: { $pairs }.
    }
preflight-identity-broader = Todo lo que Braze necesita está concedido, pero { $count ->
        [one] esta política concede
       *[other] estas políticas conceden
    } más de lo necesario: { $policies }. Mejor adjunta solo la política de esta página.
preflight-identity-pass-bucket = Todo lo que Braze necesita está concedido, en parte solo por la política de bucket: dentro de una misma cuenta, AWS permite una solicitud que permitan las políticas de la identidad o la política de bucket.
preflight-identity-pass-published = { $count ->
        [one] Tu política concede
       *[other] Tus { $count } políticas conceden juntas
    } todos los permisos que Braze necesita. { $policies }: la política que esta página indica para tu caso, tal como Braze la publica; su recurso que termina en `*` también coincide con otros buckets cuyo nombre empieza por el del tuyo (mira la nota de la guía).
preflight-too-complex = { $count ->
        [one] No se pudo evaluar un permiso que Braze necesita
       *[other] No se pudieron evaluar { $count } permisos que Braze necesita
    }: los comodines de las políticas son demasiado intrincados para esta comprobación ({ $pairs }).
preflight-boundary-none = No hay ningún límite de permisos.
preflight-boundary-pass = El límite de permisos { $policy } permite todo lo que Braze necesita.
preflight-boundary-blocks = { $count ->
        [one] El límite de permisos { $policy } bloquea un permiso que Braze necesita: { $pairs }.
       *[other] El límite de permisos { $policy } bloquea { $count } permisos que Braze necesita: { $pairs }.
    }
preflight-boundary-fix = Permite estos permisos en el límite { $policy }, o quita el límite.
preflight-boundary-depends = El límite de permisos { $policy } solo permite lo que Braze necesita bajo condiciones que esta comprobación no puede evaluar.
preflight-trust-pass = La cuenta de Braze { $account } puede asumir el rol con tu ID externo { $external_id }.
preflight-trust-fix = Sustituye la política de confianza del rol por la de esta página (pestaña **{ -aws-trust-relationships }**).
preflight-trust-unreadable = La política de confianza del rol no se pudo leer como una política de IAM.
preflight-role-arn-pass = El ARN del rol es { $arn }, el que esta página da a Braze.
preflight-role-arn-differs = El ARN del rol es { $reported }, pero esta página da a Braze { $given }: Braze sería rechazado.
preflight-role-arn-fix = Da a Braze { $arn }, tal como lo muestra la página de resumen del rol, y escribe { $name } (su ruta y su nombre) en el campo del nombre del rol aquí.
preflight-organizations-unseen = Sin comprobar: si la cuenta pertenece a una organización de AWS Organizations, sus políticas de control de servicios (SCP) y de control de recursos (RCP) pueden rechazar las solicitudes de Braze digan lo que digan las políticas de la cuenta, y no se pueden leer desde la cuenta. En caso de duda, pregunta al administrador de la organización.
preflight-key-pass = { $count ->
        [one] El usuario tiene una clave de acceso activa
       *[other] El usuario tiene { $count } claves de acceso activas
    }; la más reciente tiene { $days ->
        [one] un día.
       *[other] { $days } días.
    }
preflight-key-active-undated = { $count ->
        [one] El usuario tiene una clave de acceso activa.
       *[other] El usuario tiene { $count } claves de acceso activas.
    }
preflight-key-none-active = El usuario no tiene ninguna clave de acceso activa: Braze no puede iniciar sesión con él.
preflight-key-create-fix = Crea una clave de acceso para el usuario (pestaña **{ -aws-security-credentials-tab }**, **{ -aws-create-access-key }**) e introdúcela en Braze.
preflight-key-old = La clave de acceso activa más reciente tiene { $days } días: AWS recomienda rotar las claves cada 90 días.
preflight-key-rotate-fix = Para rotarla: crea una segunda clave de acceso, introdúcela en Braze y comprueba que la prueba de Braze pasa; luego desactiva la clave antigua y elimínala cuando nada falle.

## The widget's preflight section

snippet-title-preflight-script = Script de verificación previa: revisar tu cuenta de AWS (solo lectura)
file-preflight-script = { $bucket }-braze-verificacion-previa.sh
# El archivo del informe en el comando de abajo; el del script es file-preflight-script, el nombre de la descarga.
-preflight-report-file = informe-verificacion-previa.txt
preflight-heading = Revisa tu cuenta de AWS antes de que lo haga Braze
preflight-intro = Ejecuta este script en AWS CloudShell o en cualquier shell donde la AWS CLI tenga sesión iniciada en la cuenta propietaria del bucket. Solo lee tu configuración y no cambia nada. Después, pega abajo lo que imprimió.
preflight-paste-label = El informe que imprimió el script de verificación previa
preflight-paste-hint = El informe se revisa en esta página: nada de lo que pegues sale de tu navegador.
preflight-findings = Lo que muestra el informe
preflight-status = { $status ->
        [pass] Correcto
        [fail] Problema
        [warn] Advertencia
       *[unknown] No revisado
    }
preflight-fix-label = Solución:
preflight-use-snippet = Fragmento que debes usar:

# The comment under the preflight script's first line: what it is and how to run it.
preflight-script-intro =
    Braze + Amazon S3: verificación previa de solo lectura del bucket { $bucket } y { $kind ->
        [role] del rol de IAM
       *[user] del usuario de IAM
    } { $name }.
    Escrito por braze-s3-companion. Solo lee (llamadas head-bucket, get-* y list-* de la AWS CLI, v1 o v2): no crea, no cambia ni elimina nada, y no muestra ningún secreto (de las claves de acceso, solo su estado y su fecha de creación).
    Ejecútalo donde la AWS CLI tenga sesión iniciada en la cuenta propietaria del bucket, con una identidad que pueda leer la configuración de S3 e IAM (AWS CloudShell sirve):
      bash { file-preflight-script } > { -preflight-report-file }
    y luego pega el informe (lo que escribe en la salida estándar) en el widget. El progreso va a la salida de error. Una llamada rechazada o que no encuentra nada se anota como tal, y el script continúa.
