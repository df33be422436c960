# Verificador: "Verificar uma política existente".
# Marcação: **rótulo** para um botão ou menu, `literal` para código.
# $statement é a posição de uma declaração na política colada, contando a partir de 1.

## Interface

checker-heading = Verificar uma política existente
checker-intro = Já tem um usuário ou uma função? Cole a política aqui para saber, antes de clicar em **{ -braze-test-credentials }** na Braze, se ela concede o que a Braze precisa. A política nunca sai do seu navegador.
checker-field-label = Política a verificar (JSON)
checker-field-hint = A política de identidade, na guia **{ -aws-json-tab }** da política, ou a política de confiança da função, na guia **{ -aws-trust-relationships }** dela.
checker-column-action = Ação
checker-column-resource = Recurso
checker-column-access = Resultado
checker-warnings-heading = Concessões além do que a Braze precisa
checker-trust-heading = Política de confiança
checker-notes-heading = Bom saber
checker-example-matches = corresponde
checker-example-no-match = não corresponde

## Veredictos

checker-verdict-sufficient-identity = Esta política concede tudo de que { $integration ->
        [currents] o Braze Currents precisa
        [dashboard-export] a exportação de dados do dashboard precisa
       *[both] o Braze Currents e a exportação de dados do dashboard precisam
    } em { $bucket }.
checker-verdict-insufficient-identity = { $count ->
        [one] Uma das { $total } permissões de que a Braze precisa em { $bucket } não está garantida.
       *[other] { $count } das { $total } permissões de que a Braze precisa em { $bucket } não estão garantidas.
    } O teste de credenciais da Braze provavelmente vai falhar.
checker-verdict-sufficient-trust = A conta { $account } da Braze pode assumir esta função com o seu ID externo.
checker-verdict-insufficient-trust = Do jeito que está, esta política de confiança não permite que a Braze assuma a função com o seu ID externo.
checker-verdict-invalid = Não é possível verificar este texto.

## Resultado de uma permissão

checker-access-granted = Concedida
checker-access-missing = Ausente
checker-access-denied = Negada por um `Deny` explícito (declaração { $statement })
checker-access-depends-allow = Concedida só sob uma condição que esta verificação não consegue avaliar: { $conditions } ({ $count ->
        [one] declaração
       *[other] declarações
    } { $statements })
checker-access-depends-deny = Pode ser negada, conforme uma condição que esta verificação não consegue avaliar: { $conditions } ({ $count ->
        [one] declaração
       *[other] declarações
    } { $statements })
checker-access-missing-some = Não concedida para todas as chaves que a Braze grava aqui: `{ $example }` fica de fora
checker-access-denied-some = Negada para parte das chaves que a Braze grava aqui por um `Deny` explícito (declaração { $statement }), por exemplo `{ $example }`
checker-access-too-complex = Não verificada: os curingas desta política são intrincados demais para avaliar aqui; simplifique os recursos dela

## Concessões além do necessário

checker-warning-all-actions = A declaração { $statement } permite todas as ações de todos os serviços da AWS (`"Action": "*"`).
checker-warning-not-action = A declaração { $statement } permite todas as ações, exceto as listadas em `NotAction`: muito mais do que a Braze precisa.
checker-warning-action-wildcard = A declaração { $statement } permite { $pattern }, que abrange mais ações do que a Braze precisa.
checker-warning-extra-actions = A declaração { $statement } também permite { $actions }, de que a Braze não precisa para esta integração.
checker-warning-all-resources = A declaração { $statement } se aplica a todos os recursos (`"Resource": "*"`), não só ao seu bucket.
checker-warning-not-resource = A declaração { $statement } se aplica a todos os recursos, exceto os listados em `NotResource`.
checker-warning-other-buckets = Declaração { $statement }: { $pattern } também corresponde a outros buckets além de { $bucket }.
checker-warning-other-resources = Declaração { $statement }: { $pattern } também corresponde a outros recursos além do seu bucket e dos objetos dele.
checker-warning-any-principal = A declaração { $statement } permite que qualquer um assuma esta função: qualquer conta da AWS, não só a da Braze. Restrinja o `Principal` à conta da Braze.
checker-warning-other-principals = A declaração { $statement } também confia em { $principals }.

## Constatações sobre a política de confiança

checker-trust-principal-allowed = A conta { $account } da Braze é uma entidade principal confiável.
checker-trust-principal-any = A conta { $account } da Braze é confiável, mas só porque todas as entidades principais são.
checker-trust-principal-specific = Só algumas identidades da conta da Braze são confiáveis ({ $principals }). A configuração da Braze confia na conta { $account } inteira: esta verificação não tem como saber se a Braze faz as chamadas a partir de uma delas.
checker-trust-principal-missing = Nenhuma declaração permite que a conta { $account } da Braze chame `sts:AssumeRole` nesta função.
checker-trust-external-id-equal = A condição `sts:ExternalId` está presente e corresponde ao seu ID externo { $external_id }.
checker-trust-external-id-missing = Uma declaração confia na conta da Braze sem uma condição `sts:ExternalId`. Marque **{ -aws-require-external-id }** ao criar a função, para que só as solicitações com o seu ID externo sejam aceitas.
checker-trust-external-id-different = A condição `sts:ExternalId` espera { $found }, e não o seu ID externo { $external_id }.
checker-trust-external-id-unverifiable = A condição `sts:ExternalId` usa { $operator }, que esta verificação não avalia.
checker-trust-external-id-open = A condição `sts:ExternalId` usa { $operator } com { $value }, o que também aceita outros IDs externos, ou nenhum: qualquer cliente da Braze que descubra o ARN desta função poderia fazer a Braze usá-la (o problema do "representante confuso" que o ID externo existe para evitar). Use `StringEquals` com exatamente o seu ID externo.

## Observações

checker-note-trust-with-secret-key = Você escolheu o método da chave de acesso secreta: nesse caso, a Braze se conecta como um usuário do IAM, e a política de confiança de uma função não tem nenhum papel.
checker-note-organizations = Se a sua conta pertence a uma organização do AWS Organizations, as políticas de controle de serviço (SCPs) e de controle de recursos (RCPs) dela ainda podem recusar o que esta política permite: elas não podem ser lidas daqui.
## Por que não é possível verificar um texto

checker-error-location = Linha { $line }, coluna { $column }:
checker-error-empty = Primeiro, cole uma política: um documento JSON que começa com `{"{"}`.
checker-error-too-long = Este texto tem mais de { $max } caracteres sem contar os espaços: é maior que qualquer política que o IAM armazena, por isso não é lido.
checker-error-identity-too-long = Esta política de identidade tem { $chars } caracteres sem contar os espaços; o IAM não armazena políticas gerenciadas com mais de { $max }.
checker-error-trust-too-long = Esta política de confiança tem { $chars } caracteres sem contar os espaços; o IAM aceita no máximo { $max } na política de confiança de uma função (a menos que a cota da sua conta tenha sido aumentada).
checker-error-syntax = Este texto não é um JSON válido.
checker-error-trailing-comma = Há uma vírgula seguida de nada: o JSON não permite vírgula depois do último item de uma lista ou de um objeto.
checker-error-key-not-string = Um nome não está entre aspas duplas: em JSON, escreve-se `"Effect"`, nunca `Effect` ou `'Effect'`.
checker-error-trailing-characters = Há mais texto depois do fim da política. Cole um único documento JSON.
checker-error-truncated = O texto termina antes do documento JSON: provavelmente falta um `{"}"}` ou um `]` de fechamento.
checker-error-not-object = Isto é JSON, mas não uma política do IAM: uma política é um objeto com `Version` e `Statement`.
checker-error-unknown-element = { $name } não é um elemento de política do IAM. Verifique a grafia e as letras maiúsculas e minúsculas.
checker-error-duplicate-element = { $name } aparece duas vezes.
checker-error-missing-element = A política não tem o elemento { $element }.
checker-error-missing-in-statement = A declaração { $statement } não tem o elemento { $element }.
checker-error-version = A versão { $found } não é reconhecida pelo IAM: use `2012-10-17`.
checker-error-wrong-type = O valor de { $element } deveria ser { $expected ->
        [text] um texto entre aspas duplas
        [object-or-list] um objeto ou uma lista de objetos
       *[text-or-list] um texto ou uma lista de textos
    }.
checker-error-statement-not-object = A declaração { $statement } não é um objeto entre `{"{"}` e `{"}"}`.
checker-error-effect = O efeito { $found } não é válido: escreva `Allow` ou `Deny`, exatamente com essas maiúsculas e minúsculas.
checker-error-exclusive = A declaração { $statement } tem { $first } e { $second } ao mesmo tempo; o IAM aceita apenas um dos dois.
checker-error-principal = A entidade principal da declaração { $statement } não é válida: escreva `"*"` ou um objeto como `{"{"}"AWS": "arn:aws:iam::123456789012:root"{"}"}`.
checker-error-condition = A condição da declaração { $statement } não é válida: escreva um objeto de operadores, cada um deles um objeto de chaves e valores.
checker-error-resource-policy = Esta política indica tanto um `Principal` quanto um `Resource`: é uma política baseada em recurso, como uma política de bucket. Cole a política de identidade anexada ao usuário ou à função, ou a política de confiança da função.
checker-error-trust-without-principal = Parece uma política de confiança, mas a declaração { $statement } não tem `Principal`.
checker-error-bucket = Primeiro, digite acima um nome de bucket válido: a verificação compara a política com o seu bucket.
checker-error-trust-values = Esta é uma política de confiança. Primeiro, digite acima o ID da conta AWS da Braze e o ID externo: a verificação compara a política com esses valores.
checker-error-trust-secret-key = Esta é a política de confiança de uma função, mas você escolheu o método da chave de acesso secreta, em que nenhuma função é usada. Para verificá-la, escolha o método do ARN de função e digite o ID da conta e o ID externo da Braze.
