# Preflight: as constatações do relatório do script somente leitura.
# Marcação: **rótulo** para um botão ou menu, `literal` para código.

## O relatório

preflight-report-empty = Cole o relatório que o script de verificação imprimiu.
preflight-report-not-report = Isto não é um relatório de verificação: falta a linha `# braze-s3-companion preflight v1`. Cole tudo o que o script escreveu na saída padrão.
preflight-report-version = Este relatório está no formato v{ $found }, que esta página não lê. Copie o script de verificação desta página e execute-o de novo.
preflight-report-truncated = Este relatório está incompleto: falta a última linha `# end` ou uma linha para no meio. Cole o relatório inteiro.
preflight-report-too-large = Este texto tem mais de { $megabytes } MB: nenhum relatório de verificação é tão grande.
preflight-report-too-many = Este relatório tem mais de { $max } chamadas: nenhum relatório de verificação tem tantas.
preflight-report-bad-line = A linha { $line } não é o que o script de verificação escreve. Cole o relatório como foi impresso, sem editá-lo.
preflight-report-altered = A última linha do relatório conta { $expected } chamadas, mas ele tem { $found }. Cole o relatório inteiro, sem editá-lo.
preflight-other-values = Este relatório é para { $field ->
        [bucket] o bucket
        [auth] o método
        [user] o usuário do IAM
        [role] a função do IAM
        [account] a conta da Braze
       *[external-id] o ID externo
    } { $reported }, mas você informou { $configured }. Copie o script para os seus valores atuais e execute-o de novo.

## Quando uma verificação não pode julgar

preflight-unknown-absent = O relatório não tem resposta de `{ $call }`: isto não foi verificado.
preflight-unknown-denied = A identidade que executou o script não pode chamar `{ $call }`: isto não foi verificado. Execute o script com uma identidade que possa ler as configurações do S3 e do IAM.
preflight-unknown-error = `{ $call }` falhou ({ $error }): isto não foi verificado.
preflight-unknown-no-bucket = Não verificado: o bucket { $bucket } não existe.

## O bucket

preflight-bucket-exists-pass = O bucket { $bucket } existe.
preflight-bucket-exists-missing = Não há nenhum bucket { $bucket } nesta conta.
preflight-bucket-exists-fix = Crie o bucket { $bucket } no console do S3 (ou corrija o nome aqui) e execute o script de novo.
preflight-bucket-exists-forbidden = O S3 se recusou a dizer se o bucket { $bucket } existe: ele pode pertencer a outra conta da AWS, ou a identidade que executou o script não pode listá-lo.
preflight-bucket-region = A Braze vai gravar na região { $region }, onde está o bucket { $bucket }.
preflight-encryption-none = Nenhuma criptografia padrão configurada: o S3 criptografa os novos objetos com SSE-S3, que a Braze suporta.
preflight-encryption-sse-s3 = A criptografia padrão é SSE-S3 (`AES256`), que a Braze suporta.
preflight-encryption-kms = A criptografia padrão é `{ $algorithm }` (SSE-KMS): a Braze só suporta SSE-S3, e os envios dela falhariam.
preflight-encryption-kms-fix = No console do S3, abra o bucket { $bucket }, **Propriedades (Properties)**, **Criptografia padrão (Default encryption)**, e escolha SSE-S3 (chaves gerenciadas pelo Amazon S3).
preflight-encryption-other = A criptografia padrão é `{ $algorithm }`, que esta verificação não conhece. A Braze suporta SSE-S3 (`AES256`).
preflight-object-lock-off = O Object Lock está desativado.
preflight-object-lock-currents = O Object Lock está ativado: o Braze Currents não suporta buckets com Object Lock.
preflight-object-lock-fix = O Object Lock não pode ser desativado: crie outro bucket sem Object Lock para o Currents.
preflight-object-lock-export = O Object Lock está ativado. Se o bucket tiver um período de retenção padrão, o S3 recusa todo envio que não traga nem um cabeçalho `Content-MD5` nem um de checksum, e a Braze não diz se as exportações dela enviam um. Confira se uma exportação do dashboard chega ao bucket, ou use um bucket sem Object Lock.
preflight-bucket-policy-none = O bucket não tem política de bucket.
preflight-bucket-policy-pass = A política de bucket não nega nada de que a Braze precisa.
preflight-bucket-policy-denies = { $count ->
        [one] A política de bucket nega uma permissão de que a Braze precisa: { $pairs }.
       *[other] A política de bucket nega { $count } permissões de que a Braze precisa: { $pairs }.
    }
preflight-bucket-policy-fix = Remova ou restrinja as instruções `Deny` da política de bucket que correspondem às solicitações da Braze. { $sse ->
        [on] A Braze envia `{ $header }: AES256` em cada envio.
       *[off] A opção AES-256 da Braze está desativada aqui, então os envios não levam o cabeçalho `{ $header }`: se a política o exigir, ative a opção na Braze e aqui.
    }
preflight-bucket-policy-not-principal-fix = `NotPrincipal` com `Deny` nega toda entidade principal que não liste exatamente: as sessões de uma função, a menos que cada sessão esteja listada, e sempre uma identidade com um limite de permissões. Como a AWS recomenda, escreva em vez disso `"Principal": "*"` com uma condição `ArnNotEquals` em `aws:PrincipalArn` que nomeie { $kind ->
        [user] o usuário
       *[role] a função
    }.
preflight-bucket-policy-depends = { $count ->
        [one] A política de bucket pode negar uma permissão de que a Braze precisa, conforme uma condição que esta verificação não consegue avaliar: { $pairs }.
       *[other] A política de bucket pode negar { $count } permissões de que a Braze precisa, conforme condições que esta verificação não consegue avaliar: { $pairs }.
    }
preflight-bucket-policy-unreadable = Não foi possível ler a política de bucket como uma política do IAM.

## A identidade

preflight-identity-not-found = Não há { $kind ->
        [user] nenhum usuário do IAM
       *[role] nenhuma função do IAM
    } { $name } nesta conta.
preflight-identity-create-fix = Crie { $kind ->
        [user] o usuário
       *[role] a função
    } com as etapas acima, ou com o script da AWS CLI.
preflight-identity-pass = { $count ->
        [one] Sua política concede
       *[other] Suas { $count } políticas concedem juntas
    } todas as permissões de que a Braze precisa, e nada mais.
preflight-identity-missing = { $count ->
        [one] Uma permissão de que a Braze precisa não está concedida: { $pairs }.
       *[other] { $count } permissões de que a Braze precisa não estão concedidas: { $pairs }.
    }
preflight-identity-fix = Anexe a política { $policy } desta página (ou acrescente o que falta a uma política anexada) e remova qualquer `Deny` correspondente.
preflight-identity-partial = Algumas políticas não puderam ser lidas ({ $policies }): nem todas as permissões puderam ser verificadas.
preflight-identity-depends = { $count ->
        [one] Uma permissão de que a Braze precisa só é concedida sob uma condição que esta verificação não consegue avaliar: { $pairs }.
       *[other] { $count } permissões de que a Braze precisa só são concedidas sob condições que esta verificação não consegue avaliar: { $pairs }.
    }
preflight-identity-broader = Tudo de que a Braze precisa está concedido, mas { $count ->
        [one] esta política concede
       *[other] estas políticas concedem
    } mais do que o necessário: { $policies }. Prefira anexar só a política desta página.
preflight-identity-pass-bucket = Tudo de que a Braze precisa está concedido, em parte só pela política de bucket: dentro de uma mesma conta, a AWS permite uma solicitação que as políticas da identidade ou a política de bucket permitam.
preflight-identity-pass-published = { $count ->
        [one] Sua política concede
       *[other] Suas { $count } políticas concedem juntas
    } todas as permissões de que a Braze precisa. { $policies }: a política que esta página indica para o seu caso, tal como a Braze a publica; o recurso que termina em `*` também corresponde a outros buckets cujo nome começa com o do seu (veja a nota do guia).
preflight-too-complex = { $count ->
        [one] Uma permissão de que a Braze precisa não pôde ser avaliada
       *[other] { $count } permissões de que a Braze precisa não puderam ser avaliadas
    }: os curingas das políticas são intrincados demais para esta verificação ({ $pairs }).
preflight-boundary-none = Nenhum limite de permissões definido.
preflight-boundary-pass = O limite de permissões { $policy } permite tudo de que a Braze precisa.
preflight-boundary-blocks = { $count ->
        [one] O limite de permissões { $policy } bloqueia uma permissão de que a Braze precisa: { $pairs }.
       *[other] O limite de permissões { $policy } bloqueia { $count } permissões de que a Braze precisa: { $pairs }.
    }
preflight-boundary-fix = Permita essas permissões no limite { $policy }, ou remova o limite.
preflight-boundary-depends = O limite de permissões { $policy } só permite o que a Braze precisa sob condições que esta verificação não consegue avaliar.
preflight-trust-pass = A conta da Braze { $account } pode assumir a função com o seu ID externo { $external_id }.
preflight-trust-fix = Substitua a política de confiança da função pela desta página (guia **{ -aws-trust-relationships }**).
preflight-trust-unreadable = Não foi possível ler a política de confiança da função como uma política do IAM.
preflight-role-arn-pass = O ARN da função é { $arn }, o mesmo que esta página dá à Braze.
preflight-role-arn-differs = O ARN da função é { $reported }, mas esta página dá à Braze { $given }: a Braze seria recusada.
preflight-role-arn-fix = Dê à Braze { $arn }, como a página de resumo da função o mostra, e digite { $name } (o caminho e o nome dela) no campo do nome da função aqui.
preflight-organizations-unseen = Não verificado: se a conta pertence a uma organização do AWS Organizations, as políticas de controle de serviço (SCPs) e de controle de recursos (RCPs) dela podem recusar as solicitações da Braze seja o que for que digam as políticas da própria conta, e elas não podem ser lidas de dentro da conta. Em caso de dúvida, pergunte ao administrador da organização.
preflight-key-pass = { $count ->
        [one] O usuário tem uma chave de acesso ativa
       *[other] O usuário tem { $count } chaves de acesso ativas
    }; a mais recente tem { $days ->
        [one] um dia.
       *[other] { $days } dias.
    }
preflight-key-active-undated = { $count ->
        [one] O usuário tem uma chave de acesso ativa.
       *[other] O usuário tem { $count } chaves de acesso ativas.
    }
preflight-key-none-active = O usuário não tem nenhuma chave de acesso ativa: a Braze não consegue entrar com ele.
preflight-key-create-fix = Crie uma chave de acesso para o usuário (guia **{ -aws-security-credentials-tab }**, **{ -aws-create-access-key }**) e informe-a na Braze.
preflight-key-old = A chave de acesso ativa mais recente tem { $days } dias: a AWS recomenda rotacionar as chaves a cada 90 dias.
preflight-key-rotate-fix = Para rotacionar: crie uma segunda chave de acesso, informe-a na Braze e confira que o teste da Braze passa; depois desative a chave antiga e exclua-a quando nada mais falhar.

## The widget's preflight section

snippet-title-preflight-script = Script de verificação prévia: conferir sua conta da AWS (somente leitura)
file-preflight-script = { $bucket }-braze-verificacao-previa.sh
# O arquivo do relatório no comando abaixo; o do script é file-preflight-script, o nome do download.
-preflight-report-file = relatorio-verificacao-previa.txt
preflight-heading = Confira sua conta da AWS antes do Braze
preflight-intro = Execute este script no AWS CloudShell ou em qualquer shell em que a AWS CLI esteja conectada à conta dona do bucket. Ele apenas lê suas configurações e não altera nada. Depois, cole abaixo o que ele imprimiu.
preflight-paste-label = O relatório que o script de verificação prévia imprimiu
preflight-paste-hint = O relatório é verificado nesta página: nada do que você cola sai do seu navegador.
preflight-findings = O que o relatório mostra
preflight-status = { $status ->
        [pass] OK
        [fail] Problema
        [warn] Aviso
       *[unknown] Não verificado
    }
preflight-fix-label = Correção:
preflight-use-snippet = Snippet a usar:

# The comment under the preflight script's first line: what it is and how to run it.
preflight-script-intro =
    Braze + Amazon S3: verificação prévia somente leitura do bucket { $bucket } e { $kind ->
        [role] da função do IAM
       *[user] do usuário do IAM
    } { $name }.
    Escrito pelo braze-s3-companion. Ele só lê (chamadas head-bucket, get-* e list-* da AWS CLI, v1 ou v2): não cria, não altera nem exclui nada, e não mostra nenhum segredo (das chaves de acesso, só o status e a data de criação).
    Execute-o onde a AWS CLI estiver conectada à conta dona do bucket, com uma identidade que possa ler as configurações do S3 e do IAM (o AWS CloudShell serve):
      bash { file-preflight-script } > { -preflight-report-file }
    e depois cole o relatório (o que ele escreve na saída padrão) no widget. O andamento vai para a saída de erro. Uma chamada recusada ou que não encontra nada é registrada como tal, e o script continua.
