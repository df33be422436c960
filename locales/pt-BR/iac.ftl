# iac: infraestrutura como código e CLI (script da AWS CLI, CloudFormation, Terraform).
# Marcação: **rótulo** para um botão ou menu, `literal` para código.
# As mensagens "how" citam o arquivo pelas mensagens de nome de arquivo ({ iac-file-… }).
# Os nomes de arquivo iac-file-… ficam iguais ao inglês de propósito: braze e iam são nomes
# de produto, não há palavra a traduzir.

## Títulos

iac-title-cli-script = Script da AWS CLI (bash)
iac-title-cloudformation = Modelo do CloudFormation (YAML)
iac-title-terraform = Configuração do Terraform (HCL)

## Nomes dos arquivos baixados

iac-file-cli-script = { $bucket }-braze-iam.sh
iac-file-cloudformation = { $bucket }-braze-iam.yaml
iac-file-terraform = { $bucket }-braze-iam.tf

## Como executar cada arquivo, em uma linha

iac-how-cli-script = Execute `bash { iac-file-cli-script }` onde a AWS CLI v2 estiver autenticada na conta da AWS proprietária do bucket (o AWS CloudShell serve); executar de novo não causa problemas.
iac-how-cloudformation = Implante-o com `aws cloudformation deploy --stack-name braze-s3 --capabilities CAPABILITY_NAMED_IAM --template-file { iac-file-cloudformation }` ou pelo console do CloudFormation (**Criar pilha (Create stack)**), na conta da AWS proprietária do bucket.
iac-how-terraform = Coloque `{ iac-file-terraform }` sozinho em uma pasta e execute `terraform init` e `terraform apply` com credenciais da AWS da conta proprietária do bucket.

## Observações exibidas com os arquivos

iac-note-separate-policies = Com as duas integrações, o arquivo cria as duas políticas publicadas pela Braze, { $currents } e { $dashboard }, e anexa as duas: cada uma continua idêntica ao documento da Braze, e desanexar uma delas remove o acesso daquela integração.
iac-note-secret-once = O script cria a chave de acesso por último. A saída dele mostra a chave de acesso secreta uma única vez: insira-a na Braze imediatamente e não a guarde em nenhum outro lugar.
iac-note-access-key-later = O arquivo cria o usuário { $user }, mas não a chave de acesso dele, cujo segredo ficaria armazenado com a implantação. Depois, no IAM: **{ -aws-users }** > { $user } > **{ -aws-security-credentials-tab }** > **{ -aws-create-access-key }**, e insira a chave na Braze.
iac-note-role-arn-cli = O script termina exibindo o ARN da função para colar na Braze. Se a Braze responder “{ -braze-invalid-credentials }” logo em seguida, talvez o IAM ainda não tenha propagado a nova função: aguarde um pouco e tente de novo.
iac-note-role-arn-cloudformation = O ARN da função para colar na Braze é a saída `RoleArn` da pilha (guia **Saídas (Outputs)**). Se a Braze responder “{ -braze-invalid-credentials }” logo em seguida, talvez o IAM ainda não tenha propagado a nova função: aguarde um pouco e tente de novo.
iac-note-role-arn-terraform = O ARN da função para colar na Braze é a saída `role_arn` (`terraform output role_arn`). Se a Braze responder “{ -braze-invalid-credentials }” logo em seguida, talvez o IAM ainda não tenha propagado a nova função: aguarde um pouco e tente de novo.
