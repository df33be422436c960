# La imagen «quién puede hacer qué»: la cuenta de Braze o el usuario de IAM, el rol, las acciones
# de la política de permisos, el bucket. Textos cortos: la imagen mide 320 unidades de ancho
# (unas 35 letras por línea; una etiqueta más larga ocupa como mucho tres líneas).
# $action y $actions son acciones de IAM (sts:AssumeRole, s3:PutObject…), nunca traducidas.

diagram-caption = Quién puede hacer qué
diagram-braze-account = Cuenta de AWS de Braze
diagram-assumes = asume el rol ({ $action }) con el ID externo
diagram-role = Rol de IAM en tu cuenta de AWS
diagram-user = Usuario de IAM en tu cuenta de AWS
diagram-access-key = y su clave de acceso, introducida en Braze
diagram-allows = la política de permisos { $policy } permite:
diagram-bucket = Bucket de S3
diagram-folders = { $count ->
        [one] Carpeta de Currents
       *[other] Carpetas de Currents
    }
diagram-more-folders = y { $count } más

## La alternativa textual: el título nombra el bucket (y, para un rol, la cuenta de Braze y el ID
## externo); la descripción dice todo lo que muestra la imagen.

diagram-title-role = La cuenta de AWS de Braze { $account } asume tu rol con el ID externo { $external_id } para usar el bucket de S3 { $bucket }
diagram-title-key = El usuario de IAM { $user } y su clave de acceso, introducida en Braze, usan el bucket de S3 { $bucket }
diagram-desc-assume = La cuenta de AWS de Braze { $account } puede asumir el rol de IAM { $role } ({ $action }) solo si presenta el ID externo { $external_id }.
diagram-desc-key = Braze inicia sesión como el usuario de IAM { $user } con su clave de acceso, que introduces en Braze.
diagram-desc-policy = La política de permisos { $policy } permite { $actions } en el bucket de S3 { $bucket }.
diagram-desc-folders = { $count ->
        [one] Currents escribe en la carpeta { $folders }.
       *[other] Currents escribe en las carpetas { $folders }.
    }
diagram-desc-folders-missing = { $count ->
        [one] Currents escribe en una carpeta cuya ruta aún no es válida.
       *[other] Currents escribe en { $count } carpetas cuyas rutas aún no son todas válidas.
    }

## The providers' pictures (src/core/providers/diagram.rs)

provider-diagram-braze = Braze
provider-diagram-gcs-key = inicia sesión con la clave JSON de
provider-diagram-service-account = La cuenta de servicio
provider-diagram-gcs-role = puede escribir, solo en este bucket, con el rol personalizado
provider-diagram-bucket = El bucket
provider-diagram-azure-connection-string = escribe con la cadena de conexión (contiene una clave de cuenta) en
provider-diagram-storage-account = La cuenta de almacenamiento y su contenedor
provider-diagram-azure-certificate = inicia sesión en Microsoft Entra ID con el certificado como
provider-diagram-app = La entidad de servicio de la aplicación
provider-diagram-azure-role = puede escribir con Storage Blob Data Contributor, concedido en la cuenta de almacenamiento, en
provider-diagram-title = Quién puede hacer qué: el acceso de Braze a { $target }
provider-diagram-gcs-desc = Braze inicia sesión como la cuenta de servicio { $account } con su clave JSON. El rol personalizado { $role }, concedido solo en el bucket { $bucket }, le permite escribir allí.
provider-diagram-azure-connection-string-desc = Braze escribe en el contenedor { $container } de la cuenta de almacenamiento { $account } con la cadena de conexión, que contiene una clave de cuenta.
provider-diagram-azure-certificate-desc = Braze inicia sesión en Microsoft Entra ID como la aplicación { $client } con el certificado. Storage Blob Data Contributor, concedido en la cuenta de almacenamiento { $account }, le permite escribir en el contenedor { $container }.
