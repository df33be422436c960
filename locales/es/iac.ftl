# iac: infraestructura como código y CLI (script de AWS CLI, CloudFormation, Terraform).
# Marcado: **etiqueta** para un botón o un menú, `literal` para código.
# Los mensajes de instrucciones nombran el archivo mediante los mensajes de nombre de archivo ({ iac-file-… }).
# Los nombres de archivo iac-file-… se dejan como en inglés: “braze-iam” no contiene palabras que traducir.

## Títulos

iac-title-cli-script = Script de AWS CLI (bash)
iac-title-cloudformation = Plantilla de CloudFormation (YAML)
iac-title-terraform = Configuración de Terraform (HCL)

## Nombres de los archivos descargados

iac-file-cli-script = { $bucket }-braze-iam.sh
iac-file-cloudformation = { $bucket }-braze-iam.yaml
iac-file-terraform = { $bucket }-braze-iam.tf

## Cómo ejecutar cada archivo, en una línea

iac-how-cli-script = Ejecuta `bash { iac-file-cli-script }` donde AWS CLI v2 tenga la sesión iniciada en la cuenta de AWS propietaria del bucket (AWS CloudShell sirve); puedes volver a ejecutarlo sin riesgo.
iac-how-cloudformation = Despliégala con `aws cloudformation deploy --stack-name braze-s3 --capabilities CAPABILITY_NAMED_IAM --template-file { iac-file-cloudformation }`, o desde la consola de CloudFormation (**Crear pila (Create stack)**), en la cuenta de AWS propietaria del bucket.
iac-how-terraform = Coloca `{ iac-file-terraform }` solo en una carpeta y ejecuta `terraform init` y `terraform apply` con credenciales de AWS de la cuenta propietaria del bucket.

## Notas que acompañan a los archivos

iac-note-separate-policies = Con las dos integraciones, crea las dos políticas que publica Braze, { $currents } y { $dashboard }, y adjunta ambas: cada una es exactamente el documento de Braze, y al quitar una se retira el acceso de esa integración.
iac-note-secret-once = El script crea la clave de acceso al final. Su salida muestra la clave de acceso secreta una sola vez: escríbela enseguida en Braze y no la guardes en ningún otro sitio.
iac-note-access-key-later = Crea el usuario { $user }, pero no su clave de acceso, cuyo secreto quedaría guardado con el despliegue. Después, en IAM: **{ -aws-users }** > { $user } > **{ -aws-security-credentials-tab }** > **{ -aws-create-access-key }**, y escribe la clave en Braze.
iac-note-role-arn-cli = El script termina mostrando el ARN del rol que debes pegar en Braze. Si justo después Braze responde “{ -braze-invalid-credentials }”, puede que IAM aún no haya propagado el nuevo rol: espera y vuelve a intentarlo.
iac-note-role-arn-cloudformation = El ARN del rol que debes pegar en Braze es la salida `RoleArn` de la pila (pestaña **Salidas (Outputs)**). Si justo después Braze responde “{ -braze-invalid-credentials }”, puede que IAM aún no haya propagado el nuevo rol: espera y vuelve a intentarlo.
iac-note-role-arn-terraform = El ARN del rol que debes pegar en Braze es la salida `role_arn` (`terraform output role_arn`). Si justo después Braze responde “{ -braze-invalid-credentials }”, puede que IAM aún no haya propagado el nuevo rol: espera y vuelve a intentarlo.
