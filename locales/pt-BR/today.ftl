# O que a página atual de Amazon S3 da Braze acrescenta à página de origem (issue 14,
# docs/facts.md "Today vs the seed"): alterar ou rotacionar as credenciais e os textos de
# solução de problemas de hoje. As mensagens de erro da Braze ficam em inglês, como o dashboard
# as mostra.

## Rótulos das telas (Braze: sua página atual; AWS: o console do IAM em português, com o rótulo em inglês entre parênteses)
-braze-edit = Edit
-braze-update-current = Update Current
-aws-actions = Ações (Actions)
-aws-deactivate = Desativar (Deactivate)
-aws-delete = Excluir (Delete)

## Alterar ou rotacionar as credenciais
update-heading = Alterar ou rotacionar as credenciais
update-show = Mostrar as etapas para o seu caso
update-intro = Chaves são rotacionadas, funções mudam. Nesta ordem, a Braze continua gravando no seu bucket enquanto você troca as credenciais dela: primeiro o lado da AWS, depois a Braze, as credenciais antigas por último.
update-rotate-key-title = Rotacionar a chave de acesso
update-key-create = No IAM, abra o usuário { $user }, guia **{ -aws-security-credentials-tab }**, e clique em **{ -aws-create-access-key }**: é a segunda chave do usuário; a antiga continua funcionando enquanto isso.
update-key-update-braze = Na Braze, substitua o ID da chave de acesso e a chave de acesso secreta pelos novos onde quer que a chave antiga seja usada (as telas abaixo).
update-key-test = Teste: para a exportação de dados do dashboard, clique em **{ -braze-test-credentials }**; para o Currents, **{ -braze-update-current }** (Atualizar Current) verifica as credenciais e uma notificação informa se foram validadas.
update-key-deactivate = De volta ao IAM, no usuário { $user }, desative a chave antiga (**{ -aws-actions } > { -aws-deactivate }**). Confira se os dados continuam chegando: uma chave desativada ainda pode ser reativada.
update-key-delete = Quando a Braze tiver funcionado por um tempo com a chave nova, exclua a antiga (**{ -aws-actions } > { -aws-delete }**).
update-key-two-keys = Um usuário do IAM tem no máximo duas chaves de acesso. Se ele já tiver duas, exclua a que a Braze não usa antes de criar a nova.
update-expiry = Não revogue as credenciais antigas antes que a Braze tenha as novas. Um conector do Currents cujas credenciais falham para de enviar eventos; depois de mais de { $days } { $days ->
        [one] dia
       *[other] dias
    } segundo a página atual da Braze (versões anteriores diziam { $hours } { $hours ->
        [one] hora
       *[other] horas
    }), os eventos dele são descartados e os dados se perdem para sempre.
update-role-may-change-title = O que pode mudar na função
update-role-policies = As permissões dela: edite as políticas anexadas à função { $role }, por exemplo para incluir um bucket novo ao lado de { $bucket } na política. O ARN da função continua o mesmo, então a Braze não precisa de credenciais novas (só do nome do bucket, se ela for gravar no novo).
update-role-switch = O método de autenticação: você pode passar para uma chave secreta (veja "Trocar entre chave secreta e ARN de função" abaixo).
update-role-must-stay-title = O que deve ficar como a Braze mostra
update-role-trust = A política de confiança: o ID da conta AWS da Braze { $account } e o ID externo { $external_id } ficam exatamente como a Braze os mostra: com outro ID de conta ou outro ID externo, a Braze não consegue mais assumir a função. Remover a condição do ID externo não bloqueia a Braze, mas remove a proteção: qualquer cliente da Braze que conheça o ARN da sua função poderia fazer a Braze usar a sua função (o que a AWS chama de problema do "confused deputy", o substituto confuso).
update-role-arn = O ARN da função informado na Braze deve corresponder à função { $role }. Uma função criada de novo ou com outro nome tem outro ARN: informe-o na Braze (abaixo) antes de excluir a função antiga.
update-aws-first = Conclua primeiro o lado da AWS (acima), para que a Braze encontre credenciais que funcionem quando as verificar.
update-currents-title = Currents
update-currents-open = Na Braze, acesse **{ -braze-partner-integrations } > { -braze-currents }**, abra o seu conector e clique em **{ -braze-edit }** (Editar).
update-currents-credentials = Na seção **{ -braze-credentials-section }**, { $method ->
        [role-arn] com **{ -braze-role-arn-radio }** selecionado, informe o ARN da função.
       *[other] com **{ -braze-secret-key-radio }** selecionado, informe o novo ID da chave de acesso e a nova chave de acesso secreta.
    }
update-currents-update = Clique em **{ -braze-update-current }** (Atualizar Current). Uma notificação informa se as credenciais foram validadas.
update-currents-each = Faça o mesmo em cada um dos seus { $count } conectores: eles compartilham estas credenciais.
update-currents-keeps-running = O conector continua funcionando enquanto você atualiza as credenciais dele.
update-dashboard-title = Exportação de dados do dashboard
update-dashboard-open = Na Braze, acesse **{ -braze-partner-integrations } > { -braze-technology-partners }** e clique em **{ -braze-amazon-s3 }**.
update-dashboard-credentials = Na página **{ -braze-aws-credentials-page }**, { $method ->
        [role-arn] com **{ -braze-role-arn-radio }** selecionado, informe o ARN da função.
       *[other] com **{ -braze-secret-key-radio }** selecionado, informe o novo ID da chave de acesso e a nova chave de acesso secreta.
    }
update-dashboard-test = Clique em **{ -braze-test-credentials }**; se o teste der certo, clique em **{ -braze-save }**.
update-switch-title = Trocar entre chave secreta e ARN de função
update-switch = { $method ->
        [role-arn] Para passar para uma chave secreta, escolha esse método no topo deste widget e faça as etapas da AWS dele. Depois, nas mesmas telas da Braze, selecione **{ -braze-secret-key-radio }** e informe a chave.
       *[other] Para passar para uma função, escolha esse método no topo deste widget e faça as etapas da AWS dele. Depois, nas mesmas telas da Braze, selecione **{ -braze-role-arn-radio }** e informe o ARN da função.
    } Remova as credenciais antigas só quando a Braze funcionar com as novas.

## Solução de problemas, como a página atual da Braze a apresenta
today-braze-says = A mensagem de erro, como a página da Braze a cita (em inglês em todos os idiomas):
today-check-permissions = Solução de problemas da Braze, "{ $heading }" (verificar permissões adicionais): o usuário ou a função precisa de `s3:GetBucketLocation` e `s3:PutObject`; a política gerada aqui concede as duas.
today-kms = Segundo a página da Braze, esta mensagem vem do suporte da Braze ou dos seus logs da AWS. Ela significa que a criptografia padrão do bucket é SSE-KMS, que a Braze não oferece para o Currents nem para as exportações de dados do dashboard: desative o SSE-KMS no bucket. O SSE-S3 funciona com os dois.
today-unable-to-connect = Execute **{ -braze-test-credentials }** na Braze: o resultado diz o que falhou. A Braze dá como exemplo a falta de `s3:GetObject`: sem ela, a Braze não consegue criar os links de download.
today-notes-heading = Bom saber
today-invalid-alert = Se a Braze exibir "{ -braze-invalid-credentials }" e a mensagem mencionar o acesso `PutObject` ou a criptografia no lado do servidor nas exportações de dados do dashboard, escolha acima o sintoma correspondente.
today-region = A Braze não tem configuração de região: ela grava na região da AWS do bucket. Se um conector gravar em outra região que não a desejada (por exemplo `eu-west-1` em vez de `eu-central-1`), crie ou use um bucket na região desejada; não há região a mudar do lado da Braze.
today-format-exports = As exportações em JSON (do dashboard ou da API) são JSONL: um objeto JSON por linha; leia-as linha a linha, não como um único documento JSON. As exportações e os relatórios CSV são arquivos CSV.
today-format-currents = O Currents grava arquivos Apache Avro (`.avro`).
today-format-archives = O arquivamento de mensagens grava um arquivo JSON compactado com gzip (`.json.gz`) por mensagem enviada, em `sent_messages/` no bucket, com uma pasta por canal (email, push, sms).
today-contact-email = O formulário do Currents pede um e-mail de contato para as notificações de erro da integração: a Braze recomenda uma lista de distribuição ou um endereço de grupo em vez do de uma só pessoa.
today-switch-provider = Está trocando de outro provedor de armazenamento em nuvem? Fale com o seu gerente de sucesso do cliente da Braze para configurar e validar a nova integração.
