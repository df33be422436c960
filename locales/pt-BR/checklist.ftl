# Lista de verificação, conectores adicionais, solução de problemas

## Lista de verificação

checklist-heading = Lista de verificação
checklist-progress-label = Progresso
checklist-progress = { $done } de { $total } { $total ->
        [one] etapa concluída
       *[other] etapas concluídas
    }
checklist-go-to-step = Ir para a etapa
checklist-complete = Tudo pronto! Agora confira se os dados estão chegando:
checklist-verify-currents = Currents: no console do S3, novos arquivos aparecem em { $bucket }/{ $folder }/ alguns minutos depois que o Current é iniciado.
checklist-verify-dashboard = Exportação do dashboard: faça uma exportação CSV na Braze e confira se o arquivo chega em { $bucket }.
checklist-verify-expiry = Currents: continue conferindo se os eventos chegam. Um conector cujas credenciais falham para de enviar eventos; depois de mais de { $days } { $days ->
        [one] dia
       *[other] dias
    } segundo a página atual da Braze (versões anteriores diziam { $hours } { $hours ->
        [one] hora
       *[other] horas
    }), os eventos dele são descartados para sempre.
checklist-verify-key-rotation = As chaves de acesso do IAM não expiram; a AWS recomenda rotacioná-las regularmente. Ao rotacionar a chave, siga “Alterar ou rotacionar as credenciais”, para que a Braze tenha sempre uma chave que funcione.
checklist-copy-markdown = Copiar como Markdown
checklist-copy-link = Copiar link desta configuração
checklist-markdown-copied = Lista de verificação copiada como Markdown.
checklist-link-copied = Link copiado. Ele contém seus valores, mas não as etapas marcadas.
checklist-start-over = Recomeçar
checklist-start-over-confirm = Apagar seus valores e as etapas marcadas?
checklist-start-over-yes = Sim, apagar tudo
checklist-start-over-no = Cancelar

## Outros conectores do Currents

connectors-legend = Outros conectores do Currents neste bucket
connectors-hint = Mesmas credenciais, mas um caminho de pasta separado para cada um.
connector-name = Nome do conector { $number }
connector-folder = Caminho da pasta do conector { $number }
connector-remove = Remover
connector-remove-label = Remover o conector { $number }
connector-add = Adicionar um conector

## Solução de problemas

troubleshoot-heading = Solução de problemas
troubleshoot-label = O que você está vendo?
troubleshoot-choose = Escolha um sintoma…
troubleshoot-cause = Causa
troubleshoot-fix = Solução
troubleshoot-recheck = Rever na lista de verificação
troubleshoot-paste-label = Ou cole a mensagem que o Braze mostrou
troubleshoot-paste-hint = Lida no seu navegador: o widget escolhe o sintoma e compara o bucket e a identidade citados na mensagem com os seus.
braze-error-recognised = A mensagem do Braze aponta para:
braze-error-unknown = O widget não reconhece esta mensagem. Escolha o que você vê na lista acima; os sintomas que ele conhece:
braze-error-action = A ação que a AWS recusou: { $action }.
braze-error-other-bucket = O Braze tentou o bucket { $tried }; você configurou { $configured }.
braze-error-other-role = O Braze assumiu a função { $tried }; você configurou { $configured }.
braze-error-other-user = O Braze entrou como o usuário do IAM { $tried }; você configurou { $configured }.
braze-error-role-not-key = O Braze usou a função { $tried }, mas você escolheu o método de chave de acesso secreta da AWS.
braze-error-user-not-role = O Braze entrou como o usuário do IAM { $tried }, mas você escolheu o método de ARN de função da AWS.
braze-error-role-to-assume = A função que o Braze tentou assumir (o ARN de função informado no Braze): { $arn }.
braze-error-other-role-to-assume = O Braze tentou assumir a função { $tried }; você configurou { $configured }.
braze-error-role-path = O ARN de função informado no Braze tem o caminho { $path } antes do nome da função; a função deste guia não tem nenhum. Copie para o Braze o ARN mostrado na página de resumo da função no IAM.
braze-error-other-account = A função está na conta da AWS { $tried }; você informou { $configured } como ID da sua conta.
braze-error-other-braze-account = O Braze fez a solicitação da conta da AWS { $tried }, mas o ID da conta do Braze que você informou, aquele em que a política de confiança confia, é { $configured }.
braze-error-bucket-typed = No Braze, o nome do bucket é “{ $braze }”; o seu bucket é { $configured }. Corrija o nome no Braze:
braze-error-bucket-typed-alone = No Braze, o nome do bucket é “{ $braze }”. Corrija o nome no Braze:
braze-error-bucket-space = Ele começa ou termina com um espaço: um nome de bucket não tem nenhum.
braze-error-bucket-upper-case = Ele tem letras maiúsculas: um nome de bucket só tem letras minúsculas, números, pontos e hifens.
braze-error-bucket-scheme = `s3://` é a forma como a AWS CLI escreve o endereço do bucket, não parte do nome: digite só o nome.
braze-error-bucket-arn = `arn:aws:s3:::` faz dele o ARN do bucket, não o nome: digite só o nome.
braze-error-bucket-folder = `/{ $folder }` depois do nome é um caminho de pasta: digite só o nome do bucket; no Currents, a pasta vai no campo **{ -braze-folder-path }** (caminho da pasta).
braze-error-bucket-slash = Ele termina com uma barra, que não faz parte de um nome de bucket.
braze-error-bucket-other-name = Mesmo sem esses erros, ele indica { $name }, não { $configured }.
braze-error-access-denied = A AWS recusou uma solicitação (Access Denied), mas a mensagem não diz qual ação recusou nem qual identidade a pediu: o widget não consegue deduzir o sintoma. No seu caso, pode ser qualquer um destes; escolha o que corresponde na lista acima:
braze-error-cut = Só os primeiros { $chars } caracteres foram lidos: as mensagens do Braze são bem mais curtas.
symptom-invalid-after-role = “{ -braze-invalid-credentials }” logo depois de criar a função
symptom-put-object-denied = Acesso negado (AccessDenied) em `s3:PutObject`
symptom-kms-generate-data-key = Sem autorização para `kms:GenerateDataKey`
symptom-events-stopped = Os eventos do Currents pararam de chegar
symptom-object-lock = O Currents falha em um bucket com Object Lock
symptom-download-links-fail = Os links de download das exportações não funcionam
symptom-api-export-no-url = Uma exportação via API não retorna URL de download
cause-invalid-after-role = O IAM talvez ainda não tenha propagado a nova função: a Braze tentou assumi-la cedo demais.
fix-invalid-after-role = Aguarde um pouco e tente de novo. Se o erro continuar, confira o ID da conta da Braze e o ID externo na função, além do ARN colado na Braze.
cause-put-object-denied = A política anexada não concede `s3:PutObject` nos objetos do bucket, ou não está anexada ao usuário ou à função que a Braze usa.
fix-put-object-denied = Cole, sem alterações, a política gerada para o seu caso, anexe-a e depois confira o nome do bucket inserido na Braze.
cause-kms-generate-data-key = O bucket usa criptografia SSE-KMS (uma chave do AWS KMS), que nem o Currents nem a exportação do dashboard suportam.
fix-kms-generate-data-key = Defina a criptografia padrão do bucket como SSE-S3 (chaves gerenciadas pelo Amazon S3) ou use um bucket sem SSE-KMS.
cause-events-stopped = As credenciais do conector expiraram ou foram revogadas: ele parou de enviar eventos. Depois de mais de { $days } { $days ->
        [one] dia
       *[other] dias
    } segundo a página atual da Braze (versões anteriores diziam { $hours } { $hours ->
        [one] hora
       *[other] horas
    }), os eventos dele são descartados e se perdem para sempre.
fix-events-stopped = Crie uma nova chave de acesso (ou verifique a função) e atualize as credenciais do conector na Braze sem demora.
cause-object-lock = O Currents não oferece suporte a buckets com S3 Object Lock.
fix-object-lock = Use um bucket criado sem Object Lock: não é possível remover essa opção de um bucket existente.
cause-download-links-fail = A política não concede `s3:GetObject`: a Braze precisa dessa permissão para os links de download e para o tratamento de erros.
fix-download-links-fail = Use a política gerada para o seu caso, que inclui `s3:GetObject`, e confira se ela está anexada.
cause-api-export-no-url = É o comportamento esperado: com uma integração de armazenamento em nuvem, as exportações via API não retornam URL de download.
fix-api-export-no-url = Baixe o arquivo diretamente do seu bucket S3.
