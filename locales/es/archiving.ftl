# Archivo de mensajes: un tercer uso del bucket (Braze, hoy). Usa la política y la vinculación
# de la exportación del panel; no hace falta Currents.
# Marcado: **etiqueta** para un botón o un menú, `literal` para código.

integration-message-archiving = Archivo de mensajes
integration-message-archiving-hint = Una copia de los mensajes que envía Braze, guardada en tu almacenamiento en la nube. Complemento de pago; sin Currents.
archiving-intro = Solo vas a configurar el **archivo de mensajes**. Es un complemento de pago: tu empresa debe haberlo comprado (tu administrador de éxito de cliente de Braze te ayuda a empezar). Braze lo configura como la exportación de datos del panel: la misma política de permisos y la misma vinculación en Braze, en **{ -braze-partner-integrations } > { -braze-technology-partners } > { -braze-amazon-s3 }**. Esta guía muestra solo esos pasos.
archiving-no-currents = Currents no es necesario si solo vas a configurar el archivo de mensajes.
archiving-policy = Para el archivo de mensajes, usa la política de la exportación de datos del panel: es la que aparece a continuación.
archiving-role-ids = Obtén el ID de cuenta y el ID externo de Braze donde se vincula el archivo de mensajes: en Braze, ve a **{ -braze-partner-integrations } > { -braze-technology-partners }** y haz clic en **{ -braze-amazon-s3 }**. Crea tu rol con estos identificadores si solo vas a configurar el archivo de mensajes.
step-link-message-archiving = Vincular Braze a AWS para el archivo de mensajes
archiving-link-intro = El archivo de mensajes escribe con las credenciales de Amazon S3 guardadas en Braze, en **Partners tecnológicos (Technology Partners)**: vincúlalas como para la exportación de datos del panel.
archiving-turn-on = Después, configura el archivo de mensajes en Braze (la documentación de Braze sobre el archivo de mensajes explica cómo): Braze guardará entonces una copia de los mensajes que envía en el bucket { $bucket }. Si configuras varios proveedores de almacenamiento en la nube en Braze, los archivos van solo al marcado como destino predeterminado de las exportaciones de datos (**{ -braze-default-export-destination }**); si no hay ninguno predeterminado, al bucket de Amazon S3 conectado.
archiving-verify = Archivo de mensajes: cuando esté configurado y Braze haya enviado mensajes, comprueba que sus copias aparecen en { $bucket }.
