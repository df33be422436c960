# Rótulos do console da AWS e do dashboard da Braze, como o leitor os vê na tela.
# Em português só quando o rótulo do console em português é certo (console da AWS em
# português do Brasil; navegação da Braze como aparece na documentação da Braze em português).
# Mantidos em inglês de propósito, para que o leitor sempre encontre o botão:
#   AWS: Sign In to the Console, Create an AWS Account, Storage & Content Delivery,
#        Show User Security Credentials, Download Credentials, Get Started,
#        Create Your Own Policy, Policy Document, Attach Policy, Review policy
#        (telas do console antigo, sem versão em português confirmada; a documentação da
#        Braze em português também as deixa em inglês), Require external ID e Role ARN
#        (rótulo em português incerto).
#   Braze: Create Current, Amazon S3 Data Export, Credentials, AWS Secret Access Key,
#        AWS Role ARN, Folder Path, AES-256 Server-Side Encryption at Rest, Launch Current,
#        AWS Credentials, Test Credentials, Save e a mensagem de erro
#        “S3 credentials are invalid” (rótulos da página da integração, que a documentação da
#        Braze em português mantém em inglês).
#   Iguais em qualquer idioma (nomes de produto ou técnicos): S3, JSON, Currents, Amazon S3.

## Console da AWS
-aws-sign-in = Sign In to the Console
-aws-create-account = Create an AWS Account
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = Criar bucket
-aws-show-credentials = Show User Security Credentials
-aws-download-credentials = Download Credentials
-aws-policies = Políticas
-aws-get-started = Get Started
-aws-create-policy = Criar política
-aws-create-own-policy = Create Your Own Policy
-aws-policy-document = Policy Document
-aws-users = Usuários
-aws-permissions-tab = Permissões
-aws-attach-policy = Attach Policy
-aws-json-tab = JSON
-aws-review-policy = Review policy
-aws-roles = Perfis
-aws-create-role = Criar perfil
-aws-another-account = Outra Conta da AWS
-aws-require-external-id = Require external ID
-aws-next = Próximo
-aws-role-arn = Role ARN
-aws-trust-relationships = Relações de confiança
-aws-custom-trust-policy = Política de confiança personalizada
-aws-security-credentials-tab = Credenciais de segurança
-aws-create-access-key = Criar chave de acesso

## Dashboard da Braze
-braze-partner-integrations = Integrações de parceiros
-braze-data-export = Exportação de dados
-braze-create-currents = Create Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-integrations = Integrações
-braze-currents = Currents
-braze-technology-partners = Parceiros de tecnologia
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = Folder Path
-braze-sse-option = AES-256 Server-Side Encryption at Rest
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = S3 credentials are invalid
-aws-bucket-policy = Política do bucket
-aws-edit = Editar
