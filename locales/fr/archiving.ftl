# Archivage des messages : un troisième usage du compartiment (Braze, aujourd'hui). Il utilise
# la politique et le lien de l'export du tableau de bord ; Currents n'est pas nécessaire.
# Balisage : **libellé** pour un bouton ou un menu, `littéral` pour du code.

integration-message-archiving = Archivage des messages
integration-message-archiving-hint = Une copie des messages envoyés par Braze, conservée dans votre stockage cloud. Option payante ; Currents n'est pas nécessaire.
archiving-intro = Vous configurez uniquement **l'archivage des messages**. C'est une option payante : votre entreprise doit l'avoir achetée (votre gestionnaire du succès client Braze vous aide à démarrer). Braze le configure comme l'export du tableau de bord : la même politique d'autorisations et le même lien dans Braze, sous **{ -braze-partner-integrations } > { -braze-technology-partners } > { -braze-amazon-s3 }**. Ce guide n'affiche que ces étapes.
archiving-no-currents = Currents n'est pas requis si vous configurez uniquement l'archivage des messages.
archiving-policy = Pour l'archivage des messages, utilisez la politique de l'export du tableau de bord : c'est celle ci-dessous.
archiving-role-ids = Récupérez l'ID de compte Braze et l'ID externe là où l'archivage des messages est lié : dans Braze, allez dans **{ -braze-partner-integrations } > { -braze-technology-partners }** et cliquez sur **{ -braze-amazon-s3 }**. Créez votre rôle avec ces identifiants si vous configurez uniquement l'archivage des messages.
step-link-message-archiving = Lier Braze à AWS pour l'archivage des messages
archiving-link-intro = L'archivage des messages écrit avec les informations d'identification Amazon S3 enregistrées dans Braze, sous **Technology Partners** : liez-les comme pour l'export du tableau de bord.
archiving-turn-on = Configurez ensuite l'archivage des messages dans Braze (la documentation de Braze sur l'archivage des messages explique comment) : Braze enregistre alors une copie des messages qu'il envoie dans le compartiment { $bucket }. Si vous configurez plusieurs fournisseurs de stockage cloud dans Braze, les archives ne vont qu'à celui marqué comme destination par défaut des exports de données (**{ -braze-default-export-destination }**) ; sans destination par défaut, au compartiment Amazon S3 connecté.
archiving-verify = Archivage des messages : une fois celui-ci configuré et des messages envoyés par Braze, vérifiez que leurs copies apparaissent dans { $bucket }.
