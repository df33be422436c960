# Rótulos do console da AWS e do dashboard da Braze, como o leitor os vê na tela.
#
# Regra: um rótulo que o leitor precisa achar na tela é escrito como essa tela o mostra no idioma
# do leitor.
#   Dashboard da Braze: a página atual da Braze em português (braze-inc/braze-docs
#     _lang/pt_br/_partners/data_and_analytics/cloud_storage/amazon_s3.md; tabela de
#     docs/facts.md, "Today vs the seed"). Quando essa página mantém o rótulo em inglês, ele fica em inglês.
#   Console da AWS: o rótulo do console da AWS em português do Brasil. Como o console pode estar em
#     inglês, o rótulo em inglês vem entre parênteses. Quando a página da Braze em português cita o
#     rótulo em inglês, o inglês vem primeiro e o português entre parênteses.
#
# Decisão e fonte de cada rótulo:
# -aws-sign-in: "Fazer login no console (Sign In to the Console)" — site da AWS em português, com o inglês
# -aws-create-account: "Criar uma conta da AWS (Create an AWS Account)" — site da AWS em português, com o inglês
# -aws-s3: "S3" — nome do produto
# -aws-storage-category: "Storage & Content Delivery" — categoria do console antigo; a página da Braze em português também a deixa em inglês
# -aws-create-bucket: "Criar bucket (Create bucket)" — console do S3 em português (e a página da Braze), com o inglês
# -aws-show-credentials: "Show User Security Credentials (Mostrar credenciais de segurança do usuário)" — console antigo do IAM; assim na página da Braze em português
# -aws-download-credentials: "Download Credentials (Baixar credenciais)" — console antigo do IAM; tradução da página da Braze em português
# -aws-policies: "Políticas (Policies)" — console do IAM em português, com o inglês
# -aws-get-started: "Get Started" — console antigo do IAM; a página da Braze em português o deixa em inglês
# -aws-create-policy: "Criar política (Create policy)" — console do IAM em português, com o inglês
# -aws-create-own-policy: "Create Your Own Policy (Criar sua própria política)" — console antigo do IAM; assim na página da Braze em português
# -aws-policy-document: "Policy Document (Documento de política)" — console antigo do IAM; assim na página da Braze em português
# -aws-users: "Usuários (Users)" — console do IAM em português, com o inglês
# -aws-permissions-tab: "Permissões (Permissions)" — consoles do S3 (bucket) e do IAM (usuário) em português, com o inglês
# -aws-attach-policy: "Attach Policy (Anexar política)" — console antigo do IAM; tradução da página da Braze em português
# -aws-json-tab: "JSON" — igual em todos os idiomas
# -aws-review-policy: "Review policy (Revisar política)" — console antigo do IAM; tradução da página da Braze em português
# -aws-roles: "Funções (Roles)" — console do IAM em português (docs/facts.md), com o inglês
# -aws-create-role: "Criar função (Create role)" — console do IAM em português e página da Braze (docs/facts.md), com o inglês
# -aws-another-account: "Outra conta da AWS (Another AWS account)" — console do IAM em português e página da Braze, com o inglês
# -aws-require-external-id: "Exigir ID externo (Require external ID)" — console do IAM em português e página da Braze, com o inglês
# -aws-next: "Próximo (Next)" — console do IAM em português, com o inglês
# -aws-role-arn: "ARN da função (Role ARN)" — página da Braze em português, com o inglês do console
# -aws-trust-relationships: "Relações de confiança (Trust relationships)" — console do IAM em português, com o inglês
# -aws-custom-trust-policy: "Política de confiança personalizada (Custom trust policy)" — console do IAM em português, com o inglês
# -aws-security-credentials-tab: "Credenciais de segurança (Security credentials)" — console do IAM em português e página da Braze, com o inglês
# -aws-create-access-key: "Criar chave de acesso (Create access key)" — console do IAM em português e página da Braze, com o inglês
# -aws-bucket-policy: "Política do bucket (Bucket policy)" — console do S3 em português, com o inglês
# -aws-edit: "Editar (Edit)" — console do S3 em português, com o inglês
# -braze-partner-integrations: "Integrações de parceiros" — página da Braze em português (docs/facts.md: confere)
# -braze-currents: "Currents" — nome do produto; menu atual: Integrações de parceiros > Currents
# -braze-create-currents: "Create New Current" — a página da Braze em português o deixa em inglês (docs/facts.md, botão atual).
#   O botão antigo, "Create Current", aparece escrito na nota para dashboards antigos (link-currents-old-nav, role-ids-old-nav)
# -braze-s3-data-export: "Amazon S3 Data Export" — a página da Braze em português o deixa em inglês
# -braze-data-export: "Exportação de dados" — navegação antiga (página de origem), só na nota para dashboards antigos
# -braze-integrations: "Integrações" — navegação antiga, só nas notas
# -braze-technology-partners: "Parceiros de tecnologia" — página da Braze em português (docs/facts.md: confere)
# -braze-amazon-s3: "Amazon S3" — nome do produto
# -braze-credentials-section: "Credentials (Credenciais)" — assim na página da Braze em português
# -braze-secret-key-radio: "AWS Secret Access Key" — a página da Braze em português o deixa em inglês
# -braze-role-arn-radio: "AWS Role ARN" — a página da Braze em português o deixa em inglês
# -braze-folder-path: "Caminho da pasta" — página da Braze em português (docs/facts.md)
# -braze-sse-option: "Criptografia AES-256 no lado do servidor em repouso" — página da Braze em português (docs/facts.md, literal)
# -braze-launch-currents: "Launch Current" — a página da Braze em português o deixa em inglês
# -braze-aws-credentials-page: "AWS Credentials (Credenciais da AWS)" — assim na página da Braze em português
# -braze-test-credentials: "Test Credentials" — a página da Braze em português o deixa em inglês (docs/facts.md: confere)
# -braze-save: "Save" — a página da Braze em português o deixa em inglês
# -braze-invalid-credentials: "S3 credentials are invalid" — mensagem de erro da Braze (docs/facts.md: confere; literal)
# Um Current (o conector): "Current", como na página da Braze (docs/facts.md), e não "fluxo do Currents".
# Role do IAM: "função", como a Braze e o console da AWS em português (docs/facts.md), e não "perfil".

## Console da AWS
-aws-sign-in = Fazer login no console (Sign In to the Console)
-aws-create-account = Criar uma conta da AWS (Create an AWS Account)
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = Criar bucket (Create bucket)
-aws-show-credentials = Show User Security Credentials (Mostrar credenciais de segurança do usuário)
-aws-download-credentials = Download Credentials (Baixar credenciais)
-aws-policies = Políticas (Policies)
-aws-get-started = Get Started
-aws-create-policy = Criar política (Create policy)
-aws-create-own-policy = Create Your Own Policy (Criar sua própria política)
-aws-policy-document = Policy Document (Documento de política)
-aws-users = Usuários (Users)
-aws-permissions-tab = Permissões (Permissions)
-aws-attach-policy = Attach Policy (Anexar política)
-aws-json-tab = JSON
-aws-review-policy = Review policy (Revisar política)
-aws-roles = Funções (Roles)
-aws-create-role = Criar função (Create role)
-aws-another-account = Outra conta da AWS (Another AWS account)
-aws-require-external-id = Exigir ID externo (Require external ID)
-aws-next = Próximo (Next)
-aws-role-arn = ARN da função (Role ARN)
-aws-trust-relationships = Relações de confiança (Trust relationships)
-aws-custom-trust-policy = Política de confiança personalizada (Custom trust policy)
-aws-security-credentials-tab = Credenciais de segurança (Security credentials)
-aws-create-access-key = Criar chave de acesso (Create access key)
-aws-bucket-policy = Política do bucket (Bucket policy)
-aws-edit = Editar (Edit)

## Dashboard da Braze
-braze-partner-integrations = Integrações de parceiros
-braze-currents = Currents
-braze-create-currents = Create New Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-data-export = Exportação de dados
-braze-integrations = Integrações
-braze-technology-partners = Parceiros de tecnologia
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials (Credenciais)
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = Caminho da pasta
-braze-sse-option = Criptografia AES-256 no lado do servidor em repouso
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials (Credenciais da AWS)
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = S3 credentials are invalid
# -braze-default-export-destination: a caixa de seleção na página de cada provedor em Parceiros de tecnologia;
# em inglês em todas as páginas traduzidas da Braze.
-braze-default-export-destination = Make this the default data export destination
