# braze-s3-companion — português do Brasil
# Marcação: **rótulo** para um botão ou menu, `literal` para código.

page-title = Amazon S3 — Documentação da Braze (assistente)

## Interface do assistente

widget-title = Assistente de configuração do Amazon S3 para a Braze
widget-intro = Escolha a integração e o método de autenticação e digite o nome do seu bucket: o guia abaixo se adapta ao seu caso, com políticas prontas para colar. Tudo é calculado no seu navegador; nada sai desta página.
lang-label = Idioma
lang-loading = Carregando { $language }…
lang-failed = Não foi possível carregar { $language }; o guia continua neste idioma.
lang-retry = Tentar novamente
section-loading = Carregando esta parte do guia…
section-failed = Não foi possível carregar esta parte do guia. Verifique sua conexão e tente novamente.
setup-heading = Sua configuração
integration-legend = Integração
integration-currents = Braze Currents
integration-currents-hint = Fluxos contínuos de eventos para o seu bucket.
integration-dashboard-export = Exportação de dados do dashboard
integration-dashboard-export-hint = Exportações CSV, relatórios de engajamento e muito mais.
integration-both = As duas, no mesmo bucket
integration-both-hint = Cada integração precisa das próprias permissões.
auth-legend = Método de autenticação
auth-secret-key = Chave de acesso secreta da AWS
auth-secret-key-hint = Um usuário do IAM cuja chave de acesso você insere na Braze.
auth-role-arn = ARN de função da AWS
auth-role-arn-hint = Uma função do IAM (role) que a conta AWS da Braze assume, protegida por um ID externo.
values-legend = Seus valores
names-legend = Nomes no IAM (opcional)
field-bucket = Nome do bucket S3
field-bucket-hint = De 3 a 63 caracteres: letras minúsculas, números, pontos e hifens.
field-account = ID da conta AWS da Braze
field-account-hint = 12 dígitos, exibidos pela Braze na página em que você cria a integração.
field-external-id = ID externo
field-external-id-hint = Exibido pela Braze ao lado do ID da conta.
field-folder = Caminho da pasta (Currents)
field-folder-hint = Padrão: `currents`. A Braze cria a pasta se ela não existir.
field-sse = Criptografia AES-256 no lado do servidor em repouso (SSE-S3)
field-sse-hint = Desativada por padrão. Quando ativada, a Braze envia o cabeçalho `x-amz-server-side-encryption`.
field-user-name = Nome do usuário do IAM
field-role-name = Nome da função do IAM
field-policy-name = Nome da política do IAM
field-own-account = ID da sua conta da AWS (opcional)
field-own-account-hint = Para exibir o ARN exato da função que você vai colar na Braze.
field-default-hint = Deixe em branco para usar “{ $default }”.
guide-heading = Seu guia
step-number = Etapa { $number }
note-note = Observação
note-tip = Dica
note-important = Importante
note-warning = Atenção
copy-button = Copiar
copy-button-done = Copiado!
copy-button-label = Copiar: { $title }
copy-done = Copiado para a área de transferência.
copy-manual = A cópia automática não está disponível: o texto já está selecionado, pressione Ctrl+C (⌘+C no Mac).
copy-placeholder = Nada foi copiado: primeiro digite os valores marcados no documento. Com um marcador no lugar, a AWS recusaria o documento.
download-button = Baixar
download-button-label = Baixar: { $title }
snippet-waiting = Este trecho aparece assim que estes campos forem válidos:
snippet-placeholder = Até você digitar estes valores, o documento mostra um marcador no lugar de cada um:
error-label = Erro:
warning-label = Aviso:
widget-crashed = O assistente encontrou um erro. Recarregue a página; se o erro se repetir, siga a documentação da Braze.
storage-not-kept = Seu progresso não está sendo guardado: este navegador se recusa a armazená-lo (o armazenamento está cheio ou bloqueado). O que você digita e marca fica só até você sair da página ou recarregá-la; para guardar, use **Copiar link desta configuração** (seus valores) ou **Copiar como Markdown** (suas etapas marcadas).

## Valores ainda desconhecidos, no texto do guia

placeholder-bucket = nome-do-seu-bucket
placeholder-folder = caminho-da-pasta
placeholder-account = id-da-conta-braze
placeholder-external-id = id-externo-braze
placeholder-user = nome-do-usuario
placeholder-role = nome-da-funcao
placeholder-policy = nome-da-politica
placeholder-connector = nome-do-conector

## Trechos

snippet-title-policy-currents = Política para o Braze Currents
snippet-title-policy-dashboard-export = Política para a exportação de dados do dashboard
snippet-title-policy-combined = Uma política para as duas integrações
snippet-title-trust-policy = Política de confiança da função
snippet-title-role-arn = ARN da função para colar na Braze
snippet-title-bucket-policy-sse = Política do bucket: recusar envios sem criptografia (opcional)
file-bucket-policy-sse = { $bucket }-politica-bucket-sse.json
file-policy-currents = { $bucket }-politica-currents.json
file-policy-dashboard-export = { $bucket }-politica-exportacao-dashboard.json
file-policy-combined = { $bucket }-politica-combinada.json
file-trust-policy = { $bucket }-politica-confianca.json
file-role-arn = { $bucket }-arn-da-funcao.txt

## Regras de preenchimento

rule-required = Este campo é obrigatório.
rule-bucket-length = O nome deve ter de { $min } a { $max } caracteres (agora tem { $len }).
rule-bucket-uppercase = Letras maiúsculas não são permitidas: escreva o nome em minúsculas.
rule-bucket-characters = Caracteres não permitidos: { $found }. Só são aceitos letras minúsculas (a-z), números, pontos e hifens.
rule-bucket-edge = O nome deve começar e terminar com uma letra minúscula ou um número.
rule-bucket-double-dot = O nome não pode conter dois pontos seguidos (`..`).
rule-bucket-ip-address = O nome não pode ter o formato de um endereço IP (como `192.168.5.4`).
rule-bucket-reserved-prefix = O nome não pode começar com { $prefix }, um prefixo reservado pela AWS.
rule-bucket-reserved-suffix = O nome não pode terminar com { $suffix }, um sufixo reservado pela AWS.
rule-bucket-dots = Nome válido, mas os pontos impedem o acesso HTTPS no estilo virtual-hosted e o S3 Transfer Acceleration. Se puder, prefira hifens.
rule-account-id = O ID de uma conta da AWS tem exatamente { $digits } dígitos, sem espaços nem hifens.
rule-external-id-length = O ID externo deve ter de { $min } a { NUMBER($max) } caracteres (agora tem { $len }).
rule-external-id-characters = Caracteres não permitidos em um ID externo: { $found }. Permitidos: letras, números e `+ = , . @ : / - _`.
rule-name-length = O nome deve ter de 1 a { $max } caracteres (agora tem { $len }).
rule-name-characters = Caracteres não permitidos em um nome do IAM: { $found }. Permitidos: letras, números e `+ = , . @ - _`.
rule-role-path-length = O caminho da função pode ter no máximo { $max } caracteres, barras incluídas (agora tem { $len }).
rule-role-path-empty-segment = O caminho da função não pode conter um segmento vazio (`//`).
rule-role-path-characters = Caracteres que esta página não escreve no caminho de uma função: { $found }. Entre as `/`, use letras, números e `+ = , . @ - _`.
rule-folder-leading-slash = O caminho não pode começar com `/`.
rule-folder-empty-segment = O caminho não pode conter um segmento vazio (`//` ou `/` no final).
rule-folder-dot-dot = O caminho não pode conter um segmento `..`.
rule-folder-characters = Caracteres não permitidos em um caminho de pasta: { $found }. O Amazon S3 desaconselha o uso deles em nomes de objetos: barra invertida, chaves, colchetes, acentos graves, aspas, `^ % ~ # | < >` e caracteres de controle, como quebras de linha.
rule-folder-invisible = O caminho contém caracteres de formatação invisíveis ({ $found }): o caminho que o Amazon S3 gravaria não é o que você vê. Digite-o de novo sem eles.
rule-folder-length = O caminho pode ter no máximo { $max } bytes (agora tem { NUMBER($len) }; uma letra fora de A–Z ocupa de 2 a 4 bytes): uma chave de objeto do Amazon S3 vai até { NUMBER($key) } bytes, e { $room } deles ficam reservados para os nomes de arquivo que a Braze grava sob o caminho.
rule-folder-duplicate = Outro conector já usa este caminho: cada conector precisa do seu.
rule-folder-nested = Este caminho fica dentro da pasta { $parent } de outro conector: escolha um caminho separado.
rule-folder-contains = A pasta principal { $child } fica dentro deste caminho: escolha um caminho separado.
rule-not-in-link = Longo demais para um link: o endereço da página e **Copiar link desta configuração** deixam este valor de fora.

## Guia: pré-requisitos e bucket

step-prerequisites = Pré-requisitos
prereq-intro = Antes de começar, confira estes pontos.
prereq-aws-account = Você tem uma conta da AWS (Amazon S3).
prereq-dedicated-bucket = Recomendado: um bucket S3 dedicado à Braze. Mesmo que você já tenha um bucket, recomendamos criar um novo para a Braze: assim, você pode limitar as permissões dele.
prereq-currents-access = O Braze Currents está ativado na sua conta da Braze: sem ele, o Currents não pode enviar dados para o S3 (a exportação de dados do dashboard e o arquivamento de mensagens não precisam do Currents).
step-create-bucket = Criar o bucket S3
bucket-open-console = Abra o console do Amazon S3 e clique em **{ -aws-sign-in }** (ou em **{ -aws-create-account }**). Depois de fazer login, escolha **{ -aws-s3 }** na categoria **{ -aws-storage-category }**.
bucket-create = Clique em **{ -aws-create-bucket }**, dê ao bucket o nome { $bucket } e escolha a região dele.
bucket-region-note = A Braze não tem configuração de região: ela usa a região do próprio bucket. Escolha a que for melhor para você.
bucket-object-lock = O Currents não oferece suporte a buckets com S3 Object Lock: deixe essa opção desativada.

## Guia: criptografia obrigatória (opcional)

step-enforce-encryption = Opcional: recusar envios sem criptografia
sse-explain = Com a opção AES-256 da Braze, cada arquivo chega com o cabeçalho `{ $header }: AES256`: o S3 criptografa o arquivo em repouso com chaves gerenciadas pelo S3 (SSE-S3). O SSE-KMS não é compatível.
sse-bucket-policy = Para que o bucket { $bucket } recuse qualquer envio sem SSE-S3, abra-o no console do S3, guia **{ -aws-permissions-tab }**, seção **{ -aws-bucket-policy }**, clique em **{ -aws-edit }** e cole a política abaixo.
sse-bucket-policy-warning = Com esta política, a opção **{ -braze-sse-option }** precisa continuar ativada na Braze: caso contrário, o S3 recusa os arquivos do Currents.
sse-bucket-policy-shared = A Braze documenta a opção AES-256 apenas para o Currents. Em um bucket compartilhado com a exportação do dashboard, confirme que essas exportações continuam funcionando antes de manter esta política.

## Guia: método da chave de acesso secreta

step-sk-create-user = Criar um usuário do IAM
sk-intro = Com este método, a Braze se autentica como um usuário do IAM da sua conta da AWS, com um ID de chave de acesso e uma chave de acesso secreta, para gravar no seu bucket.
sk-user-create = No console do IAM, crie um usuário chamado { $user }. Para o passo a passo, veja o guia da AWS “Criar um usuário do IAM e um grupo de administradores” (`https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_create-admin-group.html`).
step-sk-credentials = Obter as credenciais
sk-credentials-show = Depois de criar o usuário, clique em **{ -aws-show-credentials }** para ver o ID da chave de acesso e a chave de acesso secreta. Anote os dois em um lugar seguro ou clique em **{ -aws-download-credentials }**: você vai inseri-los na Braze mais tarde.
sk-credentials-secret = A chave de acesso secreta é exibida uma única vez. Insira-a somente na Braze: este assistente nunca a solicita nem a armazena.

## Guia: política de permissões

step-create-policy = Criar a política de permissões
sk-policy-open = Acesse **{ -aws-policies } > { -aws-get-started } > { -aws-create-policy }** e escolha **{ -aws-create-own-policy }**. A política limita a Braze aos recursos que ela nomeia.
role-policy-open = Faça login no Console de Gerenciamento da AWS como administrador da conta. Na seção IAM, clique em **{ -aws-policies }** na barra de navegação e depois em **{ -aws-create-policy }**.
policy-differ-note = O Currents e a exportação de dados do dashboard exigem políticas diferentes.
policy-both-which = Você usa as duas integrações neste bucket: crie as duas políticas separadas (cada uma limitada à sua integração, mais fáceis de remover depois) ou a política única que abrange as duas (só uma para anexar). Escolha uma opção, não as duas.
sk-policy-paste = Dê à política o nome { $policy } e cole o JSON abaixo na seção **{ -aws-policy-document }**.
sk-policy-paste-both = Para cada política que você criar, cole o JSON correspondente abaixo na seção **{ -aws-policy-document }** e dê a ela o nome { $currents } (Currents), { $dashboard } (exportação do dashboard) ou { $combined } (política única).
role-policy-paste = Abra a guia **{ -aws-json-tab }**, cole o JSON abaixo na seção **{ -aws-policy-document }** e clique em **{ -aws-review-policy }**.
policy-why = Sem essas permissões, a verificação das credenciais falha e a Braze não cria a integração. A permissão `s3:GetObject` é necessária para o tratamento de erros da Braze e para os links de download.
role-policy-name = Dê à política o nome { $policy } e uma descrição e clique em **{ -aws-create-policy }**.
role-policy-name-both = Dê a cada política um nome e uma descrição — { $currents } (Currents), { $dashboard } (exportação do dashboard) ou { $combined } (política única) — e clique em **{ -aws-create-policy }**.
policy-prefix-wildcard = A política publicada pela Braze para a exportação do dashboard com chave secreta inclui `arn:aws:s3:::{ $bucket }*`. O asterisco também abrange qualquer outro bucket cujo nome comece com { $bucket }: esses buckets também ficam acessíveis à Braze. Um nome de bucket bem característico reduz esse risco.
attach-which-one = Política a anexar: { $policy }.
attach-which-both = Políticas a anexar: { $currents } e { $dashboard }, ou apenas { $combined }.
step-sk-attach = Anexar a política ao usuário
sk-attach = Acesse **{ -aws-users }** e clique no usuário { $user }. Na guia **{ -aws-permissions-tab }**, clique em **{ -aws-attach-policy }** e selecione a política que você acabou de criar.

## Guia: método do ARN de função

step-role-create-role = Criar a função
role-role-open = Na mesma seção IAM do console, clique em **{ -aws-roles } > { -aws-create-role }**.
role-ids-currents = Obtenha o ID da conta e o ID externo da Braze para o Currents: na Braze, acesse **{ -braze-partner-integrations } > { -braze-currents }**, clique em **{ -braze-create-currents }** e selecione **{ -braze-s3-data-export }**. Os dois IDs aparecem nessa página.
role-ids-dashboard-export = Obtenha o ID da conta e o ID externo da Braze para a exportação do dashboard: na Braze, acesse **{ -braze-partner-integrations } > { -braze-technology-partners }** e clique em **{ -braze-amazon-s3 }**. Os dois IDs aparecem nessa página.
role-ids-old-nav = Em dashboards antigos, a página do Currents fica em **{ -braze-partner-integrations } > { -braze-data-export }**, e o botão se chama **Create Current**. Na navegação mais antiga ainda, **{ -braze-currents }** fica em **{ -braze-integrations } > { -braze-currents }**, e **{ -braze-technology-partners }** fica em **{ -braze-integrations }**.
role-trusted-entity = De volta ao console da AWS, selecione **{ -aws-another-account }** como tipo de entidade confiável. Insira o ID da conta da Braze { $account }, marque **{ -aws-require-external-id }** e insira o ID externo { $external_id }. Clique em **{ -aws-next }**.
role-trust-explain = Essas escolhas geram a política de confiança abaixo: a conta da Braze pode assumir a função quando apresenta o seu ID externo. Você pode conferi-la na guia **{ -aws-trust-relationships }** da função ou colá-la como está escolhendo **{ -aws-custom-trust-policy }**.
step-role-attach = Anexar a política e nomear a função
role-attach-policy = Pesquise a política que você criou antes, marque-a para anexá-la à função e clique em **{ -aws-next }**.
role-name = Dê à função o nome { $role } e uma descrição e clique em **{ -aws-create-role }**. A nova função aparece na lista.
step-role-copy-arn = Copiar o ARN da função
role-arn-copy = Na lista de funções, clique em { $role } para abrir os detalhes e anote o **{ -aws-role-arn }** no topo da página de resumo.
role-arn-expected = Este é o ARN que você vai encontrar lá, para colar na Braze:

## Guia: vinculação na Braze

step-link-currents = Vincular o Braze Currents à AWS
link-currents-open = Na Braze, acesse **{ -braze-partner-integrations } > { -braze-currents }**, clique em **{ -braze-create-currents }** e selecione **{ -braze-s3-data-export }**.
link-currents-old-nav = Em dashboards antigos, acesse **{ -braze-partner-integrations } > { -braze-data-export }** e clique em **Create Current**. Na navegação mais antiga ainda, **{ -braze-currents }** fica em **{ -braze-integrations }**.
link-currents-name = Dê um nome ao seu Current.
link-currents-credentials-sk = Na seção **{ -braze-credentials-section }**, verifique se o botão de opção **{ -braze-secret-key-radio }** está selecionado e insira o ID da chave de acesso, a chave de acesso secreta e o nome do bucket { $bucket }.
link-currents-credentials-role = Na seção **{ -braze-credentials-section }**, verifique se a opção **{ -braze-role-arn-radio }** está selecionada e insira o ARN da função e o nome do bucket { $bucket }.
link-currents-folder = **{ -braze-folder-path }**: insira { $folder } (padrão: `{ $default }`). Se a pasta não existir, a Braze a cria.
link-currents-sse-on = **{ -braze-sse-option }**: ative a opção. A Braze passa a enviar o cabeçalho `{ $header }` (SSE-S3) com cada arquivo.
link-currents-sse-off = **{ -braze-sse-option }**: deixe a opção desativada (o padrão). Quando ativada, ela adiciona o cabeçalho `{ $header }` (SSE-S3).
sse-kms-unsupported = O SSE-KMS não é compatível nem com o Currents nem com a exportação do dashboard. Se o bucket exigir SSE-KMS, os envios falham com um erro de autorização em `kms:GenerateDataKey`.
link-currents-extra-connector = Conector adicional: crie outro Current chamado { $name }, com as mesmas credenciais e o caminho da pasta { $folder }.
link-currents-launch = Clique em **{ -braze-launch-currents }**. A Braze verifica suas credenciais, e uma notificação informa se elas foram validadas.
link-currents-expiry = Mantenha suas credenciais atualizadas. Se as credenciais do conector expirarem, ele para de enviar eventos; depois de mais de { $days } { $days ->
        [one] dia
       *[other] dias
    } segundo a página atual da Braze (versões anteriores diziam { $hours } { $hours ->
        [one] hora
       *[other] horas
    }), os eventos dele são descartados e os dados se perdem para sempre.
link-role-propagation = Se a Braze exibir “{ -braze-invalid-credentials }” logo depois que você criar a função, talvez o IAM ainda não a tenha propagado. Aguarde um pouco e tente de novo.
step-link-dashboard-export = Vincular a exportação de dados do dashboard à AWS
link-dashboard-open = Na Braze, acesse **{ -braze-partner-integrations } > { -braze-technology-partners }** e clique em **{ -braze-amazon-s3 }**.
link-dashboard-old-nav = Na navegação antiga, **{ -braze-technology-partners }** fica em **{ -braze-integrations }**.
link-dashboard-credentials-sk = Na página **{ -braze-aws-credentials-page }**, verifique se o botão de opção **{ -braze-secret-key-radio }** está selecionado e insira o ID da chave de acesso, a chave de acesso secreta e o nome do bucket { $bucket }.
link-dashboard-credentials-role = Na página **{ -braze-aws-credentials-page }**, verifique se a opção **{ -braze-role-arn-radio }** está selecionada e insira o ARN da função e o nome do bucket { $bucket }.
link-dashboard-test = Primeiro, clique em **{ -braze-test-credentials }**; se o teste for bem-sucedido, clique em **{ -braze-save }**. Uma notificação informa se as suas credenciais foram validadas.
link-new-access-key = Para obter novas credenciais a qualquer momento: no console da AWS, abra o usuário, vá até a guia **{ -aws-security-credentials-tab }** e clique em **{ -aws-create-access-key }**.

## Guia: comportamento e conectores

step-export-behaviour = Como as exportações funcionam
export-api-no-url = Depois que uma integração de armazenamento em nuvem é configurada, as exportações via API deixam de retornar uma URL de download na resposta: busque os arquivos no bucket.
export-reports-email = Os relatórios do dashboard e os relatórios CSV são enviados por e-mail (sem exigir permissão de armazenamento) e também salvos no bucket.
step-several-connectors = Vários conectores
connectors-same-credentials = Vários conectores do Currents podem gravar neste bucket com as mesmas credenciais, desde que cada um tenha um caminho de pasta diferente. Eles podem ser criados em um único espaço de trabalho ou em vários. { $count ->
        [one] Por enquanto, você planeja um; adicione outros na lista de conectores acima.
       *[other] Você planeja { $count }: cada um tem sua própria entrada na etapa de vinculação e na lista de verificação.
    }
connectors-both-integrations = O Currents e a exportação do dashboard compartilham este bucket: cada integração precisa das próprias permissões, seja com duas políticas separadas, seja com uma única política que abranja as duas (veja a etapa da política).

## Guia: automatizar

step-automate = Opcional: criar tudo de uma vez
automate-intro = Em vez de clicar pelo console, crie os mesmos recursos do IAM com a AWS CLI, o CloudFormation ou o Terraform. Cada arquivo usa os seus valores acima; as etapas na Braze continuam sendo feitas por você.

## Provedores (o motor de provedores: src/core/providers/case.rs, guide.rs)

provider-legend = Armazenamento em nuvem
provider-amazon-s3 = Amazon S3
provider-amazon-s3-hint = A chave de acesso de um usuário do IAM, ou uma função que a Braze assume.
provider-google-cloud-storage = Google Cloud Storage
provider-google-cloud-storage-hint = A chave JSON de uma conta de serviço.
provider-azure-blob-storage = Microsoft Azure Blob Storage
provider-azure-blob-storage-hint = Uma string de conexão, ou uma entidade de serviço com certificado (somente Currents).
provider-step-currents = Conecte o Braze Currents
provider-step-export = Conecte a exportação de dados na Braze
provider-step-archiving = Ative o arquivamento de mensagens
provider-step-archiving-body = O arquivamento de mensagens é um complemento pago: se você não vir **Arquivamento de mensagem** em **Configurações**, verifique se a sua empresa o comprou e ativou. Na Braze, acesse **Configurações** > **Arquivamento de mensagem**, selecione seus canais e depois **Salvar alterações**. Se você configurou na Braze credenciais de vários provedores de armazenamento em nuvem, o arquivamento de mensagens exporta somente para o marcado com **Make this the default data export destination**; sem um padrão definido e com um bucket do Amazon S3 conectado, ele faz upload para esse bucket.
provider-preflight-heading = Verifique sua configuração antes da Braze
provider-preflight-intro = Execute este script onde a ferramenta de linha de comando da sua nuvem estiver conectada. Ele apenas lê suas configurações, não altera nada e não exibe nenhuma chave. Depois, cole abaixo o que ele exibiu.
provider-not-for-case = A Braze não oferece suporte a este caso: veja a mensagem no formulário acima.
provider-checker-heading = Verifique o que já está configurado
provider-checker-label = Texto a verificar
provider-checker-verdict = { $verdict ->
        [sufficient] Suficiente para a Braze.
        [insufficient] Ainda não é suficiente para a Braze: veja abaixo.
       *[invalid] Este texto não pode ser verificado.
    }
provider-error-label = Cole a mensagem que a Braze exibiu
