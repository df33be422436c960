# A imagem "quem pode fazer o quê": a conta da Braze ou o usuário do IAM, a função, as ações da
# política de permissões, o bucket. Textos curtos: a imagem tem 320 unidades de largura (cerca de
# 35 letras por linha; um rótulo mais longo ocupa no máximo três linhas).
# $action e $actions são ações do IAM (sts:AssumeRole, s3:PutObject…), nunca traduzidas.
# "Função" como no console da AWS e na página da Braze em português.

diagram-caption = Quem pode fazer o quê
diagram-braze-account = Conta AWS da Braze
diagram-assumes = assume a função ({ $action }) com o ID externo
diagram-role = Função do IAM na sua conta AWS
diagram-user = Usuário do IAM na sua conta AWS
diagram-access-key = e sua chave de acesso, inserida na Braze
diagram-allows = a política de permissões { $policy } permite:
diagram-bucket = Bucket S3
diagram-folders = { $count ->
        [one] Pasta do Currents
       *[other] Pastas do Currents
    }
diagram-more-folders = e mais { $count }

## A alternativa em texto: o título nomeia o bucket (e, para uma função, a conta da Braze e o ID
## externo); a descrição diz tudo o que a imagem mostra.

diagram-title-role = A conta AWS da Braze { $account } assume sua função com o ID externo { $external_id } para usar o bucket S3 { $bucket }
diagram-title-key = O usuário do IAM { $user } e sua chave de acesso, inserida na Braze, usam o bucket S3 { $bucket }
diagram-desc-assume = A conta AWS da Braze { $account } pode assumir a função do IAM { $role } ({ $action }) somente quando apresenta o ID externo { $external_id }.
diagram-desc-key = A Braze entra como o usuário do IAM { $user } com a chave de acesso dele, que você insere na Braze.
diagram-desc-policy = A política de permissões { $policy } permite { $actions } no bucket S3 { $bucket }.
diagram-desc-folders = { $count ->
        [one] O Currents grava na pasta { $folders }.
       *[other] O Currents grava nas pastas { $folders }.
    }
diagram-desc-folders-missing = { $count ->
        [one] O Currents grava em uma pasta cujo caminho ainda não é válido.
       *[other] O Currents grava em { $count } pastas cujos caminhos ainda não são todos válidos.
    }

## The providers' pictures (src/core/providers/diagram.rs)

provider-diagram-braze = Braze
provider-diagram-gcs-key = entra com a chave JSON de
provider-diagram-service-account = A conta de serviço
provider-diagram-gcs-role = pode gravar, somente neste bucket, com a função personalizada
provider-diagram-bucket = O bucket
provider-diagram-azure-connection-string = grava com a string de conexão (ela contém uma chave de conta) em
provider-diagram-storage-account = A conta de armazenamento e seu contêiner
provider-diagram-azure-certificate = entra no Microsoft Entra ID com o certificado como
provider-diagram-app = A entidade de serviço do aplicativo
provider-diagram-azure-role = pode gravar com a função Storage Blob Data Contributor, concedida na conta de armazenamento, em
provider-diagram-title = Quem pode fazer o quê: o acesso da Braze a { $target }
provider-diagram-gcs-desc = A Braze entra como a conta de serviço { $account } com a chave JSON dela. A função personalizada { $role }, concedida somente no bucket { $bucket }, permite que ela grave lá.
provider-diagram-azure-connection-string-desc = A Braze grava no contêiner { $container } da conta de armazenamento { $account } com a string de conexão, que contém uma chave de conta.
provider-diagram-azure-certificate-desc = A Braze entra no Microsoft Entra ID como o aplicativo { $client } com o certificado. A função Storage Blob Data Contributor, concedida na conta de armazenamento { $account }, permite que ela grave no contêiner { $container }.
