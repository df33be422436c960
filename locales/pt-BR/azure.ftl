# Microsoft Azure Blob Storage: campos, regras, arquivos gerados, verificador, verificação prévia, atualização.
# Marcação: **rótulo** para um botão ou menu, `literal` para código.
# A página da Braze em português mantém em inglês os rótulos do portal do Azure e do dashboard da Braze;
# o menu Integrações de parceiros > Parceiros de tecnologia é escrito como em labels.ftl.
# O portal do Azure também existe em português: onde uma página do Microsoft Learn em português do Brasil
# mostra o rótulo (docs/facts.md, "Azure portal (fr/es/de/pt-BR)"), o inglês da página da Braze vem primeiro e o
# português entre parênteses, como em labels.ftl: Registros de aplicativo, Controle de acesso (IAM),
# Adicionar atribuição de função. Os outros rótulos do portal ficam em inglês.

## Métodos de autenticação e campos

azure-auth-connection-string = String de conexão
azure-auth-certificate-service-principal = Entidade de serviço com certificado (somente Currents)
azure-field-storage-account = Nome da conta de armazenamento
azure-field-container = Nome do contêiner
azure-field-prefix = Prefixo (opcional)
azure-field-resource-group = Grupo de recursos
azure-field-tenant-id = Directory (tenant) ID
azure-field-client-id = Application (client) ID

## Regras de entrada

azure-rule-required = Obrigatório.
azure-rule-account-length = Um nome de conta de armazenamento tem de { $min } a { $max } caracteres (agora { NUMBER($len) }).
azure-rule-account-characters = Somente letras minúsculas e dígitos: remova { $found }.
azure-rule-container-length = Um nome de contêiner tem de { $min } a { $max } caracteres (agora { NUMBER($len) }).
azure-rule-container-uppercase = Nomes de contêiner são escritos em minúsculas.
azure-rule-container-characters = Somente letras minúsculas, dígitos e hifens: remova { $found }.
azure-rule-container-start = Um nome de contêiner começa com uma letra ou um dígito.
azure-rule-container-end = Um nome de contêiner não termina com hífen: cada hífen fica entre duas letras ou dígitos.
azure-rule-container-double-dash = Dois hifens seguidos não são permitidos em um nome de contêiner.
azure-rule-prefix-length = O prefixo tem no máximo { NUMBER($max) } caracteres, o comprimento de um nome de blob inteiro (agora { NUMBER($len) }).
azure-rule-prefix-end = Não termine o prefixo com ponto ou barra: a Microsoft desaconselha nomes de blob que terminam assim.
azure-rule-prefix-control = O prefixo contém caracteres de controle ({ $found }): digite-o de novo sem eles.
azure-rule-prefix-invisible = O prefixo contém caracteres de formatação invisíveis ({ $found }): o nome que o Azure guardaria não é o que você vê. Digite-o de novo sem eles.
azure-rule-resource-group-length = Um nome de grupo de recursos tem no máximo { $max } caracteres (agora { NUMBER($len) }).
azure-rule-resource-group-characters = Somente letras, dígitos e `_ - . ( )`: remova { $found }.
azure-rule-resource-group-end = Um nome de grupo de recursos não termina com ponto.
azure-rule-guid = Cole o ID como o Azure o mostra: 32 dígitos hexadecimais no formato `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
azure-rule-certificate-currents-only = A entidade de serviço com certificado funciona somente com o Braze Currents: escolha a string de conexão para a exportação de dados do dashboard e o arquivamento de mensagens.

## Segredos: nunca guardados, nunca exibidos

azure-secret-connection-string = Isto é uma string de conexão: ela contém uma chave da conta. Não a cole aqui; ela vai somente no campo de string de conexão da Braze (Currents: **Azure Blob Data Export**; exportações: **Microsoft Azure** em Parceiros de tecnologia). Nada dela foi guardado.
azure-secret-sas-token = Isto é uma assinatura de acesso compartilhado (SAS): um segredo. A página do Azure da Braze não pede SAS; ela aceita a string de conexão ou um certificado. Nada dela foi guardado.
azure-secret-account-key = Isto parece uma chave de conta de armazenamento: um segredo. A Braze recebe a string de conexão inteira, no próprio campo dela, nunca aqui. Nada dela foi guardado.
azure-secret-private-key = Isto é uma chave privada: ela vai somente no campo **Certificate** da Braze, dentro de `braze-currents.pem`, nunca aqui e nunca no Azure. Nada dela foi guardado.
azure-secret-client-secret = Isto parece o segredo do cliente de um registro de aplicativo: um segredo. O método com certificado da Braze não o usa. Nada dele foi guardado.

## Arquivos gerados

azure-snippet-cli-script = Script da CLI do Azure
azure-snippet-certificate = Comandos do certificado (openssl)
azure-snippet-terraform = Configuração do Terraform
azure-note-cli-sign-in = Execute-o no Azure Cloud Shell ou em um terminal onde o `az login` foi feito, na assinatura que contém o grupo de recursos; o grupo de recursos precisa existir.
azure-note-container-login = O contêiner é criado com o seu próprio login (`--auth-mode login`), nunca com uma chave: você precisa de uma função de dados na conta, como Storage Blob Data Contributor, ou crie o contêiner no portal.
azure-note-cli-certificate = Execute-o na pasta que contém `cert.pem`. O certificado é adicionado com `--append`: sem essa opção, a CLI do Azure excluiria todos os outros certificados e segredos do aplicativo.
azure-note-connection-string-portal = A string de conexão nunca é exibida: copie-a no portal, em **Access Keys** da conta de armazenamento, e cole-a somente na Braze.
azure-note-certificate-files = Faça upload de `cert.pem` no registro de aplicativo; coloque `{ $file }` (certificado e chave não criptografada) somente no campo **Certificate** da Braze; nunca faça upload de `key.pem` nem de `{ $file }` no Azure.
azure-note-certificate-expiry = O último comando mostra a data de término do certificado: renove-o antes, como explica a atualização de credenciais abaixo.
azure-note-terraform-versions = Escrito para o provedor azurerm 4.9 ou posterior e azuread 3.0 ou posterior: versões anteriores dão outros nomes a alguns argumentos.
azure-note-terraform-certificate = Coloque `cert.pem` (somente o certificado público) ao lado do arquivo. Nenhuma chave fica na configuração nem no estado dela.

## Verificador de atribuições de função

azure-check-empty = Cole a saída de `az role assignment list --all --assignee <client ID> --output json`.
azure-check-too-large = Este texto tem mais de { $megabytes } MB, mais do que esta página lê: cole somente a saída de `az role assignment list`.
azure-check-too-many = Esta lista tem mais de { $max } entradas, mais do que esta página lê.
azure-check-not-json = Isto não é JSON: cole a saída de `az role assignment list` com `--output json`.
azure-check-not-assignments = Este JSON não é uma lista de atribuições de função: cada entrada precisa de `scope` e `roleDefinitionId`.
azure-check-no-assignment = A lista não tem nenhuma atribuição de função para o aplicativo com o seu client ID.
azure-check-at-account = { $role } está atribuída no escopo da conta de armazenamento, como a Braze pede.
azure-check-below-account = { $role } está atribuída em { $scope }, abaixo da conta de armazenamento: a Braze pede o escopo da conta de armazenamento.
azure-check-broad-scope = { $role } está atribuída em { $scope }: isso cobre a sua conta de armazenamento e todas as outras nesse escopo.
azure-check-uncertain-scope = { $role } está atribuída em { $scope }: a lista não mostra se a sua conta de armazenamento está nesse escopo, então ela não é contada.
azure-check-unknown-role = As permissões de { $role } não são conhecidas aqui, então ela não é contada.
azure-check-conditional = { $role } é concedida sob uma condição, então não é contada.
azure-check-group = { $role } está atribuída ao grupo { $group }: só conta se o aplicativo for membro, o que a lista não mostra.
azure-check-broad-role = { $role } concede mais do que a Braze precisa: { $kind ->
        [keys] ela pode ler as chaves da conta, que abrem todos os dados da conta.
        [access] ela pode atribuir funções, a si mesma ou a qualquer um.
        [ownership] ela pode mudar os proprietários e as listas de controle de acesso dos blobs.
       *[account] ela pode alterar ou excluir a conta de armazenamento.
    }
azure-check-other-principals = { $count ->
        [one] Uma atribuição de outra entidade de segurança foi deixada de lado.
       *[other] { $count } atribuições de outras entidades de segurança foram deixadas de lado.
    }
azure-check-missing = Falta no escopo da conta de armazenamento ({ $count }): { $operations }.
azure-check-deny-not-listed = As atribuições de negação não estão nesta lista: uma delas ainda poderia bloquear a Braze.
azure-check-fix-assign = Atribua { $role } à entidade de serviço do aplicativo na conta de armazenamento (o script da CLI do Azure faz isso).
azure-check-fix-narrow = Atribua { $role } na própria conta de armazenamento e depois remova a atribuição mais ampla.
azure-check-fix-role = Use { $role }: ela concede o que a Braze precisa e nada mais.
azure-check-fix-definition = Cole também a definição da função: `az role definition list --name "<role>" --output json`.

## Verificação prévia

azure-preflight-intro = Verificação prévia somente leitura da conta de armazenamento { $account } e do seu contêiner { $container } para a Braze. Ela só lê (comandos show e list da CLI do Azure) e não exibe nenhuma chave nem string de conexão. Execute-a no Azure Cloud Shell ou onde o `az login` foi feito e cole no widget tudo o que ela exibir.
azure-preflight-other-values = Este relatório é para { $field ->
        [account] a conta de armazenamento
        [container] o contêiner
        [group] o grupo de recursos
        [auth] o método
        [tenant] o tenant ID
       *[client] o client ID
    } { $reported }, mas você digitou { $configured }. Copie o script para os seus valores atuais e execute-o de novo.
azure-preflight-absent = O relatório não tem resposta de `az { $call }`: não verificado.
azure-preflight-denied = A identidade que executou o script não pode chamar `az { $call }`: não verificado.
azure-preflight-error = `az { $call }` falhou ({ $error }): não verificado.
azure-preflight-account-ok = A conta de armazenamento { $account } existe ({ $kind }, namespace hierárquico { $hns ->
        [on] ativado
       *[off] desativado
    }).
azure-preflight-account-file-storage = A conta de armazenamento { $account } é uma conta FileStorage: ela não tem serviço de blob.
azure-preflight-account-missing = Não há conta de armazenamento { $account } no grupo de recursos { $group }.
azure-preflight-endpoint-ok = O endpoint de blob { $endpoint } está na nuvem pública do Azure.
azure-preflight-endpoint-other-cloud = O endpoint de blob { $endpoint } não termina em `.blob.core.windows.net`: o método com certificado funciona somente na nuvem pública do Azure.
azure-preflight-shared-key-on = O acesso por chave compartilhada (Shared Key) está permitido, como uma string de conexão exige.
azure-preflight-shared-key-off = O acesso por chave compartilhada (Shared Key) está desativado: uma string de conexão, que assina com uma chave da conta, é recusada.
azure-preflight-network-open = O acesso de rede público está ativado, sem regra de firewall que negue por padrão.
azure-preflight-network-disabled = O acesso de rede público está desativado: a Braze não consegue alcançar a conta.
azure-preflight-network-firewall = O firewall da conta nega por padrão: a Braze não publica endereços IP fixos para o Azure, então as gravações dela podem ser recusadas.
azure-preflight-container-ok = O contêiner { $container } existe.
azure-preflight-container-missing = Não há contêiner { $container } em { $account }.
azure-preflight-container-denied = O seu login não pode ler o contêiner { $container } (é preciso uma função de dados como Storage Blob Data Reader): não verificado. Isso não diz nada sobre o acesso da Braze.
azure-preflight-tenant-ok = O tenant da assinatura é { $tenant }, o tenant ID que você digitou.
azure-preflight-tenant-differs = O tenant da assinatura é { $found }, e não { $typed }, o tenant ID que você digitou.
azure-preflight-app-ok = O registro de aplicativo { $client } existe.
azure-preflight-app-missing = Não há registro de aplicativo com o client ID { $client }.
azure-preflight-sp-ok = O aplicativo { $client } tem a sua entidade de serviço.
azure-preflight-sp-missing = O aplicativo { $client } não tem entidade de serviço: nenhuma função pode ser atribuída a ele.
azure-preflight-certificate-none = O aplicativo não tem certificado.
azure-preflight-certificate-expired = O certificado mais recente do aplicativo expirou em { $date }: a Braze não consegue entrar.
azure-preflight-certificate-soon = O certificado mais recente do aplicativo expira em { $date }, daqui a { $days ->
        [one] um dia
       *[other] { $days } dias
    }: renove-o agora.
azure-preflight-certificate-ok = O certificado mais recente do aplicativo expira em { $date }, daqui a { $days } dias.
azure-preflight-role-ok = O aplicativo tem { $role } no escopo da conta de armazenamento.
azure-preflight-role-broad = O aplicativo pode gravar, mas por uma atribuição mais ampla que { $role } na conta de armazenamento.
azure-preflight-role-missing = O aplicativo não tem { $role } na conta de armazenamento.
azure-preflight-role-container = O aplicativo tem { $role } somente no contêiner: a Braze pede o escopo da conta de armazenamento.
azure-preflight-fix-create = O script da CLI do Azure desta página cria o que falta.
azure-preflight-fix-new-account = Crie uma conta de armazenamento de uso geral v2 para a Braze: o script da CLI do Azure faz isso.
azure-preflight-fix-connection-string = Use o método com string de conexão: a Braze limita somente o método com certificado à nuvem pública do Azure.
azure-preflight-fix-shared-key = Permita o acesso por chave compartilhada (conta de armazenamento > **Configuration**) ou use o método com certificado para o Currents.
azure-preflight-fix-network = Permita o acesso de rede público à conta. A Braze não publica endereços IP para permitir: a página do Azure da Braze remete às configurações de rede da própria conta de armazenamento (regras de firewall, endpoints privados).
azure-preflight-fix-tenant = Digite o **Directory (tenant) ID** do tenant do aplicativo ou execute o script conectado a esse tenant.
azure-preflight-fix-certificate = Crie um novo certificado, adicione-o com `--append` e depois atualize a Braze: a atualização de credenciais explica como.

## Credenciais: expiração e atualizações

azure-expiry-connection-string = Se as credenciais pararem de funcionar, o conector para de enviar eventos; se isso durar mais de { $hours } horas, os eventos dele são descartados e os dados se perdem para sempre (página do Azure da Braze).
azure-expiry-certificate = Se o certificado expirar, o conector para de enviar eventos até que um certificado válido seja fornecido, e uma interrupção longa pode causar perda de dados (a página do Azure da Braze não dá um prazo).
azure-update-keys-title = Rotacionar a chave de acesso sem interrupção
azure-update-keys-regenerate-unused = Em **Access Keys** da conta de armazenamento, regenere a chave que a Braze não usa (o Azure mantém duas para isso).
azure-update-keys-update-braze = Insira a string de conexão dessa chave na Braze: **Edit Current** > **Credentials** > **Update Current**, ou, para as exportações, **Microsoft Azure** em Parceiros de tecnologia.
azure-update-keys-test = Confira se a Braze a aceita (a Braze valida as credenciais de um Current quando você as atualiza) e se os arquivos continuam chegando ao contêiner.
azure-update-keys-regenerate-old = Depois, regenere a outra chave, a que a Braze usava antes.
azure-update-certificate-title = Renovar o certificado antes que ele expire
azure-update-certificate-new = Crie um novo certificado com os comandos do certificado.
azure-update-certificate-append = Adicione-o ao aplicativo mantendo o atual (`--append`).
azure-update-certificate-update-braze = Na Braze, selecione **Edit Current** > **Credentials**, forneça o novo arquivo `braze-currents.pem` e depois selecione **Update Current**.
azure-update-certificate-remove-old = Quando a Braze funcionar com o novo, remova o certificado antigo do aplicativo.
azure-update-switch-title = Trocar de método
azure-update-switch-azure-side = Termine antes o lado do Azure do outro método (as etapas dele acima).
azure-update-switch-braze = Na Braze, acesse **Currents**, localize o seu conector do Azure Blob, selecione **Edit Current** > **Credentials**, escolha o método, forneça os valores dele e depois selecione **Update Current**.

## Rótulos como a tela os mostra

azure-label-create-storage-account = **Storage Accounts** > **+ Add** > **Review + create**
azure-label-access-keys = **Access Keys**
azure-label-blobs = **Blob Service** > **Blobs**
azure-label-create-current = **Currents** > **+ Create Current** > **Azure Blob Data Export**
azure-label-export-partner = **Integrações de parceiros** > **Parceiros de tecnologia** > **Microsoft Azure**
azure-label-default-destination = **Make this the default data export destination**
azure-label-new-registration = **Microsoft Entra ID** > **App registrations (Registros de aplicativo)** > **+ New registration** e depois **Register**
azure-label-app-ids = **Overview**: **Application (client) ID** e **Directory (tenant) ID**
azure-label-upload-certificate = **Certificates & secrets** > **Certificates** > **Upload certificate** e depois **Add**
azure-label-add-role-assignment = **Access Control (IAM)** (**Controle de acesso (IAM)**) > **+ Add** > **Add role assignment (Adicionar atribuição de função)**
azure-label-role-assignment-tabs = **Role**: **Storage Blob Data Contributor**; **Members**: **User, group, or service principal**, **+ Select members**; **Review + assign**
azure-label-endpoints = **Settings** > **Endpoints**: **Blob service**
azure-label-certificate-fields = **Credentials**: **Certificate Service Principal**; **Tenant ID**, **Client ID**, **Account Endpoint**, **Certificate**, **Container Name**, **Prefix**
azure-label-update-current = **Edit Current** > **Credentials** > **Update Current**

## O guia (o motor de provedores: src/core/providers/guide.rs). Onde clicar aparece sob cada etapa
## com os rótulos acima (azure-label-*).

provider-azure-auth-connection-string-hint = A string de conexão da conta de armazenamento, inserida somente na Braze. Para o Currents, a exportação de dados e o arquivamento de mensagens.
provider-azure-auth-certificate-hint = A entidade de serviço de um aplicativo registrado, que entra com um certificado, sem chave de conta. Somente Braze Currents.
provider-azure-step-storage = Crie a conta de armazenamento e seu contêiner
provider-azure-step-storage-body = No portal do Azure, crie uma conta de armazenamento para os dados da Braze (a Braze recomenda uma nova) e depois um contêiner nela. Ou execute o script abaixo, ou aplique o Terraform.
provider-azure-step-connection-string = Copie a string de conexão
provider-azure-step-connection-string-body = Nas chaves de acesso da conta de armazenamento, copie a string de conexão de uma das duas chaves: a Braze usa a string de conexão, não a chave. Ela vai somente na Braze: nunca a cole aqui.
provider-azure-step-app = Registre um aplicativo para a Braze
provider-azure-step-app-body = Registre um aplicativo (por exemplo `braze-currents`) e anote o Application (client) ID e o Directory (tenant) ID: digite-os no formulário acima para verificá-los.
provider-azure-step-certificate = Crie o certificado e faça o upload
provider-azure-step-certificate-body = Crie o certificado e sua chave privada com os comandos abaixo, faça upload do certificado (nunca da chave privada) no aplicativo e anote a data de expiração.
provider-azure-step-role = Conceda Storage Blob Data Contributor na conta de armazenamento
provider-azure-step-role-body = Atribua a função **Storage Blob Data Contributor** ao aplicativo na conta de armazenamento, não no contêiner. Sem ela, a Braze entra, mas não consegue gravar. O script acima já a atribui.
provider-azure-step-endpoint = Anote o endpoint da conta
provider-azure-step-endpoint-body = A Braze pede o endpoint do serviço Blob da conta de armazenamento: { $endpoint }
provider-azure-placeholder-endpoint = https://SUA-CONTA-DE-ARMAZENAMENTO.blob.core.windows.net
provider-azure-step-currents-connection-string = Na Braze, crie o Current com um nome e um e-mail de contato e depois informe sua string de conexão, o nome do contêiner e o prefixo do BlobStorage (opcional). Por fim, selecione os eventos a exportar e inicie o Current.
provider-azure-step-currents-certificate = Na Braze, crie o Current com um nome e um e-mail de contato, escolha a entidade de serviço com certificado e preencha o tenant ID, o client ID, o endpoint da conta, o arquivo PEM combinado (certificado e chave privada, que vai somente para a Braze), o nome do contêiner e o prefixo (opcional). A Braze valida esses dados ao salvar; depois selecione os eventos a exportar e inicie o Current.
provider-azure-step-export-body = Na Braze, abra Microsoft Azure em Parceiros de tecnologia, informe sua string de conexão, o nome do contêiner de armazenamento do Azure e o prefixo de armazenamento do Azure, verifique se **Make this the default data export destination** está marcada (suas exportações passam a ir para o Azure) e salve.
provider-azure-snippet-preflight-script = Script de verificação prévia somente leitura (Azure CLI)
provider-azure-checker-intro = Já tem um aplicativo? Cole o que `az role assignment list --all --assignee CLIENT_ID` exibe (JSON) para ver se ele tem Storage Blob Data Contributor na conta de armazenamento, o que falta e o que é amplo demais. Nada sai do seu navegador.
provider-azure-checker-needs-values = Primeiro digite no formulário acima um nome de conta de armazenamento válido e o client ID do aplicativo: só contam as atribuições do próprio aplicativo.
