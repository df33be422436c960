# Comprobador: “Comprobar una política existente”.
# Marcado: **etiqueta** para un botón o un menú, `literal` para código.
# $statement es la posición de una instrucción en la política pegada, contando desde 1.

## Interfaz

checker-heading = Comprobar una política existente
checker-intro = ¿Ya tienes un usuario o un rol? Pega aquí su política para saber, antes de hacer clic en **{ -braze-test-credentials }** en Braze, si concede lo que Braze necesita. La política nunca sale de tu navegador.
checker-field-label = Política que quieres comprobar (JSON)
checker-field-hint = La política de identidad, desde la pestaña **{ -aws-json-tab }** de la política, o la política de confianza del rol, desde su pestaña **{ -aws-trust-relationships }**.
checker-column-action = Acción
checker-column-resource = Recurso
checker-column-access = Resultado
checker-warnings-heading = Permisos que exceden lo necesario
checker-trust-heading = Política de confianza
checker-notes-heading = Conviene saber
checker-example-matches = coincide
checker-example-no-match = no coincide

## Veredictos

checker-verdict-sufficient-identity = Esta política concede todo lo que { $integration ->
        [currents] Braze Currents necesita
        [dashboard-export] la exportación de datos del panel necesita
       *[both] Braze Currents y la exportación de datos del panel necesitan
    } en { $bucket }.
checker-verdict-insufficient-identity = { $count ->
        [one] Uno de los { $total } permisos que Braze necesita en { $bucket } no está concedido con certeza.
       *[other] { $count } de los { $total } permisos que Braze necesita en { $bucket } no están concedidos con certeza.
    } Lo más probable es que la prueba de credenciales de Braze falle.
checker-verdict-sufficient-trust = La cuenta { $account } de Braze puede asumir este rol con tu ID externo.
checker-verdict-insufficient-trust = Tal como está, esta política de confianza no permite que Braze asuma el rol con tu ID externo.
checker-verdict-invalid = Este texto no se puede comprobar.

## Resultado de un permiso

checker-access-granted = Concedido
checker-access-missing = Falta
checker-access-denied = Denegado por un `Deny` explícito (instrucción { $statement })
checker-access-depends-allow = Concedido solo con una condición que esta comprobación no puede evaluar: { $conditions } ({ $count ->
        [one] instrucción
       *[other] instrucciones
    } { $statements })
checker-access-depends-deny = Puede denegarse, según una condición que esta comprobación no puede evaluar: { $conditions } ({ $count ->
        [one] instrucción
       *[other] instrucciones
    } { $statements })
checker-access-missing-some = No se concede para todas las claves que Braze escribe aquí: `{ $example }` queda fuera
checker-access-denied-some = Denegado para parte de las claves que Braze escribe aquí por un `Deny` explícito (instrucción { $statement }), por ejemplo `{ $example }`
checker-access-too-complex = Sin comprobar: los comodines de esta política son demasiado intrincados para evaluarlos aquí; simplifica sus recursos

## Permisos que exceden lo necesario

checker-warning-all-actions = La instrucción { $statement } permite todas las acciones de todos los servicios de AWS (`"Action": "*"`).
checker-warning-not-action = La instrucción { $statement } permite todas las acciones salvo las que enumera `NotAction`: mucho más de lo que Braze necesita.
checker-warning-action-wildcard = La instrucción { $statement } permite { $pattern }, que abarca más acciones de las que Braze necesita.
checker-warning-extra-actions = La instrucción { $statement } también permite { $actions }, que Braze no necesita para esta integración.
checker-warning-all-resources = La instrucción { $statement } se aplica a todos los recursos (`"Resource": "*"`), no solo a tu bucket.
checker-warning-not-resource = La instrucción { $statement } se aplica a todos los recursos salvo los que enumera `NotResource`.
checker-warning-other-buckets = Instrucción { $statement }: { $pattern } también coincide con buckets distintos de { $bucket }.
checker-warning-other-resources = Instrucción { $statement }: { $pattern } también coincide con recursos distintos de tu bucket y sus objetos.
checker-warning-any-principal = La instrucción { $statement } permite que cualquiera asuma este rol: cualquier cuenta de AWS, no solo la de Braze. Limita `Principal` a la cuenta de Braze.
checker-warning-other-principals = La instrucción { $statement } también confía en { $principals }.

## Resultados de la política de confianza

checker-trust-principal-allowed = La cuenta { $account } de Braze es una entidad principal de confianza.
checker-trust-principal-any = La cuenta { $account } de Braze es de confianza, pero solo porque lo son todas las entidades principales.
checker-trust-principal-specific = Solo son de confianza algunas identidades de la cuenta de Braze ({ $principals }). La configuración de Braze confía en toda la cuenta { $account }: esta comprobación no puede saber si Braze llama desde alguna de ellas.
checker-trust-principal-missing = Ninguna instrucción permite que la cuenta { $account } de Braze llame a `sts:AssumeRole` sobre este rol.
checker-trust-external-id-equal = La condición `sts:ExternalId` está presente y coincide con tu ID externo { $external_id }.
checker-trust-external-id-missing = Una instrucción confía en la cuenta de Braze sin una condición `sts:ExternalId`. Marca **{ -aws-require-external-id }** al crear el rol, para que solo se acepten las solicitudes que incluyan tu ID externo.
checker-trust-external-id-different = La condición `sts:ExternalId` espera { $found }, no tu ID externo { $external_id }.
checker-trust-external-id-unverifiable = La condición `sts:ExternalId` usa { $operator }, que esta comprobación no evalúa.
checker-trust-external-id-open = La condición `sts:ExternalId` usa { $operator } con { $value }, lo que también admite otros ID externos, o ninguno: cualquier cliente de Braze que conozca el ARN de este rol podría hacer que Braze lo use (el problema del «suplente confuso» que el ID externo evita). Usa `StringEquals` con exactamente tu ID externo.

## Notas

checker-note-trust-with-secret-key = Estás usando el método de clave de acceso secreta: Braze inicia sesión como un usuario de IAM, y la política de confianza de un rol no interviene.
checker-note-organizations = Si tu cuenta pertenece a una organización de AWS Organizations, sus políticas de control de servicios (SCP) y de control de recursos (RCP) aún pueden rechazar lo que esta política permite: no se pueden leer desde aquí.
## Por qué no se puede comprobar un texto

checker-error-location = Línea { $line }, columna { $column }:
checker-error-empty = Primero pega una política: un documento JSON que empiece por `{"{"}`.
checker-error-too-long = Este texto tiene más de { $max } caracteres sin contar los espacios en blanco: es más largo que cualquier política que IAM admite, así que no se lee.
checker-error-identity-too-long = Esta política de identidad tiene { $chars } caracteres sin contar los espacios en blanco; IAM no admite políticas administradas de más de { $max } caracteres.
checker-error-trust-too-long = Esta política de confianza tiene { $chars } caracteres sin contar los espacios en blanco; IAM admite como máximo { $max } en la política de confianza de un rol (salvo que se haya aumentado la cuota de tu cuenta).
checker-error-syntax = Esto no es JSON válido.
checker-error-trailing-comma = Hay una coma sin nada detrás: JSON no admite una coma después del último elemento de una lista o de un objeto.
checker-error-key-not-string = Un nombre no está entre comillas dobles: en JSON se escribe `"Effect"`, nunca `Effect` ni `'Effect'`.
checker-error-trailing-characters = Hay más texto después del final de la política. Pega un único documento JSON.
checker-error-truncated = El texto termina antes que el documento JSON: probablemente falta un `{"}"}` o un `]` de cierre.
checker-error-not-object = Esto es JSON, pero no una política de IAM: una política es un objeto con `Version` y `Statement`.
checker-error-unknown-element = { $name } no es un elemento de una política de IAM. Revisa la ortografía y las mayúsculas.
checker-error-duplicate-element = { $name } aparece dos veces.
checker-error-missing-element = La política no tiene ningún elemento { $element }.
checker-error-missing-in-statement = La instrucción { $statement } no tiene ningún elemento { $element }.
checker-error-version = IAM no reconoce la versión { $found }: usa `2012-10-17`.
checker-error-wrong-type = El valor de { $element } debería ser { $expected ->
        [text] un texto entre comillas dobles
        [object-or-list] un objeto o una lista de objetos
       *[text-or-list] un texto o una lista de textos
    }.
checker-error-statement-not-object = La instrucción { $statement } no es un objeto entre `{"{"}` y `{"}"}`.
checker-error-effect = El efecto { $found } no es válido: escribe `Allow` o `Deny`, exactamente con esas mayúsculas y minúsculas.
checker-error-exclusive = La instrucción { $statement } tiene a la vez { $first } y { $second }; IAM solo acepta uno de los dos.
checker-error-principal = La entidad principal de la instrucción { $statement } no es válida: escribe `"*"` o un objeto como `{"{"}"AWS": "arn:aws:iam::123456789012:root"{"}"}`.
checker-error-condition = La condición de la instrucción { $statement } no es válida: escribe un objeto de operadores, cada uno de ellos un objeto de claves y valores.
checker-error-resource-policy = Esta política indica a la vez un `Principal` y un `Resource`: es una política basada en recursos, como una política de bucket. Pega la política de identidad adjuntada al usuario o al rol, o la política de confianza del rol.
checker-error-trust-without-principal = Parece una política de confianza, pero la instrucción { $statement } no tiene `Principal`.
checker-error-bucket = Primero escribe arriba un nombre de bucket válido: la comprobación compara la política con tu bucket.
checker-error-trust-values = Es una política de confianza. Primero escribe arriba el ID de cuenta de AWS de Braze y el ID externo: la comprobación compara la política con esos valores.
checker-error-trust-secret-key = Es la política de confianza de un rol, pero estás usando el método de clave de acceso secreta, en el que no interviene ningún rol. Para comprobarla, elige el método de ARN de rol y escribe el ID de cuenta y el ID externo de Braze.
