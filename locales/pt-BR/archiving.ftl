# Arquivamento de mensagens: um terceiro uso do bucket (Braze, hoje). Usa a política e o
# vínculo da exportação do dashboard; o Currents não é necessário.
# Marcação: **rótulo** para um botão ou um menu, `literal` para código.

integration-message-archiving = Arquivamento de mensagens
integration-message-archiving-hint = Uma cópia das mensagens que a Braze envia, guardada no seu armazenamento em nuvem. Complemento pago; sem Currents.
archiving-intro = Você está configurando apenas o **arquivamento de mensagens**. Ele é um complemento pago: a sua empresa precisa tê-lo comprado (o seu gerente de sucesso do cliente da Braze ajuda a começar). A Braze o configura como a exportação de dados do dashboard: a mesma política de permissões e o mesmo vínculo na Braze, em **{ -braze-partner-integrations } > { -braze-technology-partners } > { -braze-amazon-s3 }**. Este guia mostra só essas etapas.
archiving-no-currents = O Braze Currents não é necessário se você está configurando apenas o arquivamento de mensagens.
archiving-policy = Para o arquivamento de mensagens, use a política da exportação de dados do dashboard: é a que aparece abaixo.
archiving-role-ids = Obtenha o ID da conta e o ID externo da Braze onde o arquivamento de mensagens é vinculado: na Braze, acesse **{ -braze-partner-integrations } > { -braze-technology-partners }** e clique em **{ -braze-amazon-s3 }**. Crie sua função com esses IDs se você está configurando apenas o arquivamento de mensagens.
step-link-message-archiving = Vincular a Braze à AWS para o arquivamento de mensagens
archiving-link-intro = O arquivamento de mensagens grava com as credenciais do Amazon S3 salvas nos parceiros de tecnologia da Braze: vincule-as como para a exportação de dados do dashboard.
archiving-turn-on = Depois, configure o arquivamento de mensagens na Braze (a documentação da Braze sobre arquivamento de mensagens explica como): a Braze passa a salvar uma cópia das mensagens que envia no bucket { $bucket }. Se você configurar vários provedores de armazenamento em nuvem na Braze, os arquivos vão só para o marcado como destino padrão das exportações de dados (**{ -braze-default-export-destination }**); sem um padrão definido, para o bucket do Amazon S3 conectado.
archiving-verify = Arquivamento de mensagens: depois de configurado e de a Braze enviar mensagens, confira se as cópias aparecem em { $bucket }.
