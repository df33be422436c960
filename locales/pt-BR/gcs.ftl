# Google Cloud Storage: campos, regras de entrada, arquivos gerados, verificador, verificação prévia, erro
# da Braze, rotação da chave (src/core/providers/gcs/). Fatos e fontes: docs/facts.md, "Google Cloud
# Storage". Marcação: **rótulo** para um botão ou menu, `literal` para código.
#
# Rótulos: a página em português "Google Cloud Storage" da Braze (braze-docs
# _lang/pt_br/_partners/data_and_analytics/cloud_storage/google_cloud_storage_for_currents.md) escreve em
# inglês o console do Google Cloud (**IAM & admin**, **Service Accounts**, **Create Key**, **JSON**), a
# navegação e os botões da Braze (**Technology Partners**, **Google Cloud Storage**, **Test
# Credentials**) e o campo **GCS JSON Credentials**: o widget os escreve em inglês, como ela, exceto o
# menu Parceiros de tecnologia, escrito como em labels.ftl e na página do Amazon S3 em português. O nome do
# bucket e o prefixo são traduzidos ("nome do bucket GCS", "prefixo GCS").
# O console do Google Cloud também existe em português: onde a documentação do Google Cloud em português
# mostra o rótulo do console (docs/facts.md, "Google Cloud console (fr/es/de/pt-BR)"), o widget escreve
# o inglês primeiro, como a página da Braze, e o português entre parênteses (regra de labels.ftl):
# **Service Accounts (Contas de serviço)**. Os outros (IAM & admin, Roles, + Create Role, +Add Permissions,
# Create, Create Service Account, Create Key, Buckets) ficam em inglês, sem página oficial que os mostre.

-gcs-json-credentials = GCS JSON Credentials
-gcs-technology-partners = Parceiros de tecnologia
-gcs-page = Google Cloud Storage
-gcs-test-credentials = Test Credentials
-gcs-create-key = Create Key
-gcs-json = JSON
-gcs-iam-admin = IAM & admin
-gcs-service-accounts = Service Accounts (Contas de serviço)

## Campos

gcs-field-bucket = Nome do bucket GCS
gcs-field-project-id = ID do projeto do Google Cloud
gcs-field-role-id = ID da função personalizada
gcs-field-service-account = ID da conta de serviço
gcs-field-prefix = Prefixo GCS (opcional)
gcs-field-hierarchical-namespace = O bucket usa namespace hierárquico

gcs-placeholder-bucket = SEU-BUCKET
gcs-placeholder-project-id = ID-DO-SEU-PROJETO
gcs-placeholder-role-id = ID_DA_SUA_FUNCAO
gcs-placeholder-service-account = SUA-CONTA-DE-SERVICO@ID-DO-SEU-PROJETO.iam.gserviceaccount.com

## Regras de entrada (regras de nomenclatura do Google)

gcs-rule-required = Digite um valor.
gcs-rule-bucket-length = Um nome de bucket tem de { $min } a { $max } caracteres; este tem { $len }.
gcs-rule-bucket-part = Cada parte de um nome entre pontos tem de 1 a { $max } caracteres; uma tem { $len }.
gcs-rule-bucket-uppercase = Nomes de bucket usam apenas letras minúsculas.
gcs-rule-bucket-characters = Um nome de bucket contém apenas letras minúsculas, dígitos, `-`, `_` e `.`; remova: { $found }
gcs-rule-bucket-edge = Um nome de bucket começa e termina com uma letra ou um dígito.
gcs-rule-bucket-ip-address = Um nome de bucket não pode parecer um endereço IP (quatro grupos de dígitos separados por pontos).
gcs-rule-bucket-goog-prefix = Um nome de bucket não pode começar com `goog`.
gcs-rule-bucket-google = Um nome de bucket não pode conter `google` nem uma grafia parecida, como `g00gle`.
gcs-rule-bucket-dots = Um nome com pontos funciona, mas antes o Google verifica se o domínio que ele indica é seu; um nome sem pontos evita essa etapa.
gcs-rule-project-length = Um ID de projeto tem de { $min } a { $max } caracteres; este tem { $len }.
gcs-rule-project-characters = Um ID de projeto contém apenas letras minúsculas, dígitos e hifens; remova: { $found }
gcs-rule-project-start = Um ID de projeto começa com uma letra minúscula.
gcs-rule-project-trailing-hyphen = Um ID de projeto não pode terminar com hífen.
gcs-rule-project-restricted = Um ID de projeto não pode conter `{ $word }`.
gcs-rule-role-id-length = Um ID de função tem de { $min } a { $max } caracteres; este tem { $len }.
gcs-rule-role-id-hyphen = Um ID de função não pode conter `-`: use `_` ou `.` no lugar.
gcs-rule-role-id-characters = Um ID de função contém apenas letras, dígitos, `_` e `.`; remova: { $found }
gcs-rule-service-account-length = Um ID de conta de serviço tem de { $min } a { $max } caracteres; este tem { $len }.
gcs-rule-service-account-characters = Um ID de conta de serviço contém apenas letras minúsculas, dígitos e hifens; remova: { $found }
gcs-rule-service-account-start = Um ID de conta de serviço começa com uma letra minúscula.
gcs-rule-service-account-end = Um ID de conta de serviço termina com uma letra ou um dígito.
gcs-rule-prefix-too-long = Um nome de objeto tem no máximo { $max } bytes em UTF-8, e a Braze acrescenta seu próprio caminho depois do prefixo; este prefixo tem { $bytes }.
gcs-rule-prefix-line-break = Um prefixo não pode conter quebra de linha.
gcs-rule-prefix-dots = Um prefixo não pode ser `.` nem `..`.
gcs-rule-prefix-acme-challenge = Um prefixo não pode começar com `.well-known/acme-challenge/`.
gcs-rule-prefix-invisible = Este prefixo contém um caractere de controle ou invisível: digite-o de novo sem ele.
gcs-rule-prefix-avoided = O Google recomenda enfaticamente evitar estes caracteres em nomes de objeto (a CLI gcloud lê `[`, `]`, `*` e `?` como curingas, e um nome que termina em `#` e dígitos como uma versão do objeto): { $found }
gcs-rule-hns-choice = Indique se o bucket usa namespace hierárquico: `on` ou `off`.

## Segredos

gcs-secret-refused = { $kind ->
        [key-file] Esta é a chave JSON de uma conta de serviço: um segredo.
       *[private-key] Esta é uma chave privada: um segredo.
    } O lugar dela é somente a Braze: faça upload do arquivo da chave em **{ -gcs-json-credentials }** (Currents), ou insira-o como credenciais do GCS em **{ -gcs-technology-partners }** > **{ -gcs-page }** (exportações). Esta página não guardou nada dela; apague-a daqui.

## Arquivos gerados

gcs-snippet-role = A função personalizada (YAML para `gcloud iam roles create`)
gcs-snippet-cli-script = Comandos do gcloud: função, conta de serviço, vinculação no bucket
gcs-snippet-terraform = Terraform: função, conta de serviço, vinculação no bucket
gcs-snippet-preflight-script = Script de verificação prévia somente leitura (gcloud)

gcs-note-role-command = Salve-o como `{ $file }` e crie a função com: `gcloud iam roles create { $role } --project={ $project } --file={ $file }`
gcs-note-cli-bucket-scope = A página da Braze pede que você conceda a função ao criar a conta de serviço, sem dizer em que nível; este script a concede só no bucket, o mínimo de que a Braze precisa.
gcs-note-cli-propagation = O Google pode precisar de 60 segundos ou mais até que uma conta de serviço nova possa ser usada: o script tenta a vinculação de novo por cerca de um minuto.
gcs-note-no-key-created = Nenhuma chave é criada aqui. Crie a chave JSON no console do Google Cloud (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**) e faça upload dela na Braze; nunca a cole nesta página.
gcs-note-terraform-no-key = De propósito, não há recurso `google_service_account_key`: o Terraform guardaria a chave privada no estado dele.
gcs-note-terraform-propagation = Se o `terraform apply` parar na vinculação porque a conta de serviço nova ainda não está visível, execute-o de novo um minuto depois.
gcs-note-hns-permission = Seu bucket usa namespace hierárquico: a função também inclui `storage.folders.create`, sem a qual a Braze não consegue gravar nele.

## Verificador

gcs-checker-empty = Cole uma função (`gcloud iam roles describe`, em YAML ou JSON) ou a política do bucket (`gcloud storage buckets get-iam-policy gs://BUCKET --format=json`).
gcs-checker-too-large = Este texto tem mais de { $kib } KiB, mais do que esta página lê: cole somente a função ou a política do bucket.
gcs-checker-not-role = Isto não é uma função nem uma política de bucket. Cole o que `gcloud iam roles describe` ou `gcloud storage buckets get-iam-policy --format=json` exibiu.
gcs-checker-not-readable = A linha { $line } não é o que o gcloud exibe para uma função. Cole a saída como ela foi exibida.
gcs-checker-policy-yaml = Isto é uma política em YAML: exiba-a com `--format=json` e cole o resultado.
gcs-checker-this-role = esta função
gcs-checker-role-sufficient = { $role } dá à Braze todas as permissões de que ela precisa.
gcs-checker-role-insufficient = { $role } não dá à Braze o que ela precisa.
gcs-checker-missing = Falta: { $permissions }.
gcs-checker-delete-optional = Sem `{ $permission }` (opcional), a Braze não consegue limpar um arquivo que fica incompleto quando uma conexão termina antes da hora.
gcs-checker-too-broad = { $kind ->
        [escalation] Estas permitem a quem as tem mudar quem pode fazer o quê, ou agir sobre o IAM ou sobre credenciais: { $permissions }.
        [wildcard] Estes curingas abrangem mais do que a Braze precisa: { $permissions }.
        [bucket-admin] Estas criam, alteram ou excluem buckets: { $permissions }.
        [other-service] Estas são de outros serviços além do Cloud Storage: { $permissions }.
       *[extra] A Braze não precisa destas: { $permissions }.
    }
gcs-checker-other-project = Esta função personalizada pertence ao projeto { $found }, não a { $expected }: ela só pode ser concedida no próprio projeto.
gcs-checker-disabled = O estágio de lançamento da função é `DISABLED`: ela não dá nenhuma permissão onde é concedida.
gcs-checker-deleted = A função foi excluída: as vinculações dela continuam, mas sem efeito.
gcs-checker-deprecated = O estágio de lançamento da função é `DEPRECATED`: ela ainda funciona, mas planeje substituí-la.
gcs-checker-bound = { $account } está vinculada a este bucket com { $role }.
gcs-checker-bound-conditional = { $account } tem { $role } neste bucket apenas sob uma condição, que esta página não consegue avaliar.
gcs-checker-bound-other-roles = { $account } está vinculada a este bucket com { $roles }: cole { $count ->
        [one] essa função
       *[other] essas funções
    } (`gcloud iam roles describe`) para verificar as permissões.
gcs-checker-not-bound = { $account } não está vinculada a este bucket. Uma função concedida no projeto também o alcança, mas dá mais do que a Braze precisa: vincule a função no bucket.
gcs-checker-deleted-member = Uma vinculação indica { $account } como conta de serviço excluída: ela não vale para uma conta criada de novo com o mesmo nome.
gcs-checker-public = `allUsers` ou `allAuthenticatedUsers` está vinculado a este bucket ({ $roles }): qualquer pessoa pode agir sobre o que a Braze grava nele.

## Verificação prévia

gcs-preflight-intro = Verificação somente leitura de gs://{ $bucket } e { $account }: execute-a no Cloud Shell, ou onde a CLI gcloud estiver conectada ao seu projeto. Ela lê o bucket, a função, a conta de serviço, as políticas e as datas das chaves; não cria, não altera nem exclui nada, e não exibe nenhuma chave.
gcs-preflight-other-values = Este relatório é para { $field ->
        [bucket] o bucket
        [project] o projeto
        [role] a função
       *[service-account] a conta de serviço
    } { $reported }, mas você digitou { $configured }. Copie o script para os seus valores atuais e execute-o de novo.
gcs-preflight-unknown-absent = O relatório não tem resposta de `gcloud { $call }`: isto não foi verificado.
gcs-preflight-unknown-denied = A conta que executou o script não pode executar `gcloud { $call }`: isto não foi verificado.
gcs-preflight-unknown-error = `gcloud { $call }` falhou ({ $error }): isto não foi verificado.
gcs-preflight-unknown-no-bucket = Não verificado: o bucket { $bucket } não existe.
gcs-preflight-bucket-exists = O bucket { $bucket } existe (local { $location }, { $kind }).
gcs-preflight-bucket-missing = O bucket { $bucket } não existe.
gcs-preflight-bucket-missing-fix = Crie-o no console do Google Cloud (Cloud Storage > Buckets) ou corrija o nome.
gcs-preflight-bucket-denied = A conta que executou o script não pode ler o bucket { $bucket }: talvez ele pertença a outro projeto. Não verificado.
gcs-preflight-hns-on = O bucket usa namespace hierárquico, como você indicou.
gcs-preflight-hns-off = O bucket não usa namespace hierárquico, como você indicou.
gcs-preflight-hns-unexpected = O bucket { $bucket } usa namespace hierárquico: a Braze também precisa de `storage.folders.create` nele.
gcs-preflight-hns-fix-on = Marque o namespace hierárquico acima e atualize a função com o novo script.
gcs-preflight-hns-not-used = O bucket { $bucket } não usa namespace hierárquico: `storage.folders.create` não é necessária.
gcs-preflight-hns-fix-off = Desmarque o namespace hierárquico acima.
gcs-preflight-role-pass = A função { $role } tem o que a Braze precisa, e nada mais.
gcs-preflight-role-absent = A função { $role } não existe.
gcs-preflight-role-absent-covered = A função { $role } não existe; a conta de serviço recebe o que a Braze precisa de outras funções.
gcs-preflight-role-fix = Crie ou atualize a função com os comandos do gcloud desta página.
gcs-preflight-account-pass = A conta de serviço { $account } existe e está ativada.
gcs-preflight-account-disabled = A conta de serviço { $account } está desativada: a Braze não consegue entrar com a chave dela.
gcs-preflight-account-enable-fix = Ative-a em **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**.
gcs-preflight-account-missing = A conta de serviço { $account } não foi encontrada. (O Google responde "permission denied" tanto para uma conta que não existe quanto para uma que você não pode ler.)
gcs-preflight-account-fix = Verifique o ID da conta de serviço e o projeto, ou crie a conta com os comandos do gcloud desta página.
gcs-preflight-permissions-pass = { $delete ->
        [yes] A conta de serviço tem no bucket todas as permissões de que a Braze precisa.
       *[no] A conta de serviço tem no bucket todas as permissões de que a Braze precisa. Sem `storage.objects.delete` (opcional), a Braze não consegue limpar um arquivo que ficou incompleto.
    }
gcs-preflight-permissions-missing = Faltam à conta de serviço { $permissions } no bucket (concedidas pelo bucket ou pelo projeto; o que é concedido em pastas ou na organização não é lido).
gcs-preflight-permissions-unknown = Por enquanto faltam à conta de serviço { $permissions }, mas uma política ou uma função não foi lida: isto não está resolvido.
gcs-preflight-permissions-conditional = Faltam à conta de serviço { $permissions }, a menos que uma vinculação condicional se aplique, o que a verificação prévia não consegue avaliar.
gcs-preflight-permissions-fix = Vincule a função no bucket com os comandos do gcloud desta página.
gcs-preflight-scope-bucket = A conta de serviço está vinculada só ao bucket ({ $roles }): o mínimo de que precisa.
gcs-preflight-scope-project = A conta de serviço está vinculada ao projeto inteiro ({ $roles }): ela alcança todos os buckets dele.
gcs-preflight-scope-fix = Vincule a função do guia no bucket e depois remova a concessão mais ampla.
gcs-preflight-scope-none = A conta de serviço não está vinculada nem ao bucket nem ao projeto.
gcs-preflight-extra = { $escalation ->
        [yes] As funções da conta de serviço dão mais do que a Braze precisa, inclusive o poder de mudar quem pode fazer o quê: { $permissions }.
       *[no] As funções da conta de serviço dão mais do que a Braze precisa: { $permissions }.
    }
gcs-preflight-extra-none = As funções da conta de serviço não dão nada além do que a Braze precisa.
gcs-preflight-public = Qualquer pessoa pode agir sobre o bucket: `allUsers` ou `allAuthenticatedUsers` está vinculado ({ $roles }). As exportações da Braze contêm os dados dos seus usuários.
gcs-preflight-public-none = O bucket não está aberto a `allUsers` nem a `allAuthenticatedUsers`.
gcs-preflight-deny-none = Nenhuma política de negação do IAM no projeto (as das pastas e da organização não são lidas).
gcs-preflight-deny-some = O projeto tem { $count ->
        [one] { $count } política de negação do IAM
       *[other] { $count } políticas de negação do IAM
    } ({ $policies }): uma regra de negação prevalece sobre qualquer concessão. Verifique se nenhuma nega à conta de serviço as permissões acima.
gcs-preflight-key-none = A conta de serviço não tem nenhuma chave: a Braze entra com uma chave JSON.
gcs-preflight-key-unusable = Nenhuma das { $count } chaves da conta de serviço pode ser usada para entrar agora: cada uma está desativada ou fora das datas de validade.
gcs-preflight-key-fix = Crie uma chave JSON (**{ -gcs-create-key }**, **{ -gcs-json }**) e faça upload dela em **{ -gcs-json-credentials }** na Braze.
gcs-preflight-key-expiring = A última chave válida da conta de serviço deixa de funcionar em { $days } dias. Quando as credenciais expiram, o conector para; depois de { $window } dias (segundo a página atual da Braze; versões anteriores diziam { $hours } horas) os eventos dele são descartados para sempre.
gcs-preflight-key-old = A chave válida mais recente tem { $days } dias: o Google recomenda rotacionar as chaves pelo menos a cada { $limit } dias.
gcs-preflight-key-rotate-fix = Rotacione-a: crie uma chave nova, atualize e teste a Braze e exclua a chave antiga por último.
gcs-preflight-key-pass = A conta de serviço tem { $count ->
        [one] { $count } chave válida
       *[other] { $count } chaves válidas
    } (a chave da qual você fez upload na Braze deve ser uma delas).

## Erro da Braze

gcs-error-unknown = Este não é o erro do Google Cloud Storage da Braze. Cole a mensagem que a Braze exibiu, como ela está.
gcs-error-meaning = A Braze não conseguiu usar estas credenciais no bucket: a chave JSON, o nome do bucket ou o prefixo está errado, ou falta uma permissão à conta de serviço.
gcs-error-check-permissions = Verifique se { $account } tem { $permissions } em { $bucket } (o verificador e a verificação prévia desta página mostram isso).
gcs-error-check-values = Verifique se o nome do bucket na Braze é exatamente { $bucket } e se o prefixo é válido.
gcs-error-check-key = Verifique se a chave que está na Braze é a chave JSON dessa conta de serviço e se ela está ativada.
gcs-error-test = Depois selecione **{ -gcs-test-credentials }** na página **{ -gcs-page }** da Braze.

## Rotação da chave

gcs-rotate-create-key = Crie uma chave JSON nova para { $account } (**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**). Enquanto isso, a chave antiga continua funcionando.
gcs-rotate-update-currents = Na Braze, abra o seu Current do Google Cloud Storage e faça upload da chave nova em **{ -gcs-json-credentials }**.
gcs-rotate-update-export = Na Braze, acesse **{ -gcs-technology-partners }** > **{ -gcs-page }** e insira a chave nova como credenciais do GCS.
gcs-rotate-test = Na página **{ -gcs-page }** da Braze, selecione **{ -gcs-test-credentials }** e depois verifique se os arquivos da Braze continuam chegando ao bucket.
gcs-rotate-delete-old = Só então exclua a chave antiga no console do Google Cloud.
gcs-rotate-expiry = Mantenha a chave em dia: quando as credenciais expiram, o conector para, e depois de { $days } dias (segundo a página atual da Braze; versões anteriores diziam { $hours } horas) os eventos dele são descartados para sempre.

## O guia (o motor de provedores: src/core/providers/guide.rs)

provider-gcs-auth = Chave JSON da conta de serviço
provider-gcs-auth-hint = O método que a página da Braze indica para o Google Cloud Storage. Para o Currents, é o único: a federação de identidade da carga de trabalho (Workload Identity Federation) não é compatível com ele.
provider-gcs-step-role = Crie a função personalizada
provider-gcs-step-role-body = No console do Google Cloud, acesse **{ -gcs-iam-admin }** > **Roles** > **+ Create Role**, dê um nome à função, selecione **+Add Permissions**, adicione as permissões do arquivo abaixo e depois selecione **Create**; ou crie a função a partir desse arquivo com o comando logo abaixo dele.
provider-gcs-step-service-account = Crie a conta de serviço e conceda a ela a função no bucket
provider-gcs-step-service-account-body = Acesse **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }** > **Create Service Account** e dê um nome à conta de serviço. Em seguida, a página da Braze pede que você conceda a ela a função personalizada, sem dizer em que nível; os arquivos abaixo a concedem somente no bucket, o mínimo de que a Braze precisa.
provider-gcs-step-key = Crie a chave JSON da conta de serviço
provider-gcs-step-key-body = Na conta de serviço, use **{ -gcs-create-key }** e escolha **{ -gcs-json }**: a chave privada é baixada para o seu computador. Ela vai somente na Braze: nunca a cole aqui (esta página a recusa e não guarda nada dela).
provider-gcs-step-currents-body = Na Braze, acesse **Currents** > **+ Create Current** > **Google Cloud Storage Data Export**, dê à integração um nome e um e-mail de contato, faça upload da chave JSON em **{ -gcs-json-credentials }** e depois informe o nome do bucket { $bucket } e o prefixo GCS (opcional). Por fim, selecione os eventos a exportar e inicie o Current.
provider-gcs-step-export-body = Na Braze, acesse **{ -gcs-technology-partners }** > **{ -gcs-page }**, insira suas credenciais do GCS (a chave JSON inteira) e selecione **Make this the default data export destination**. Para verificar as permissões (opcional), selecione **{ -gcs-test-credentials }** nessa página.
provider-gcs-checker-intro = Já tem uma função ou um bucket? Cole o que `gcloud iam roles describe ROLE_ID --project=PROJECT_ID` exibe (YAML ou JSON), ou `gcloud storage buckets get-iam-policy gs://BUCKET --format=json`, para ver o que falta, o que vai além do que a Braze precisa e o que está no lugar errado. Nada sai do seu navegador.
provider-gcs-update-rotate = Rotacione a chave da conta de serviço
