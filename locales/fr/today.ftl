# Ce que la page Amazon S3 actuelle de Braze ajoute à la page d'origine (issue 14, docs/facts.md
# « Today vs the seed ») : changer ou renouveler les identifiants, et les textes de dépannage
# d'aujourd'hui. Les messages d'erreur de Braze restent en anglais, tels que le tableau de bord
# les affiche.

## Libellés des écrans (Braze : sa page française actuelle garde ses boutons en anglais ;
## AWS : la console IAM en français)
-braze-edit = Edit
-braze-update-current = Update Current
-aws-actions = Actions
-aws-deactivate = Désactiver (Deactivate)
-aws-delete = Supprimer (Delete)

## Changer ou renouveler les identifiants
update-heading = Changer ou renouveler les identifiants
update-show = Afficher les étapes pour votre cas
update-intro = Les clés se renouvellent, les rôles évoluent. Dans cet ordre, Braze continue d'écrire dans votre compartiment pendant que vous changez ses identifiants : d'abord le côté AWS, puis Braze, les anciens identifiants en dernier.
update-rotate-key-title = Renouveler la clé d'accès
update-key-create = Dans IAM, ouvrez l'utilisateur { $user }, onglet **{ -aws-security-credentials-tab }**, et cliquez sur **{ -aws-create-access-key }** : c'est la deuxième clé de l'utilisateur ; l'ancienne continue de fonctionner en attendant.
update-key-update-braze = Dans Braze, remplacez l'ID de clé d'accès et la clé d'accès secrète par les nouveaux partout où l'ancienne clé sert (les écrans ci-dessous).
update-key-test = Testez : pour l'export du tableau de bord, cliquez sur **{ -braze-test-credentials }** ; pour Currents, **{ -braze-update-current }** (Mettre à jour le Current) vérifie les identifiants et une notification indique s'ils ont été validés.
update-key-deactivate = De retour dans IAM, sur l'utilisateur { $user }, désactivez l'ancienne clé (**{ -aws-actions } > { -aws-deactivate }**). Vérifiez que les données arrivent toujours : une clé désactivée peut encore être réactivée.
update-key-delete = Quand Braze a fonctionné un moment avec la nouvelle clé, supprimez l'ancienne (**{ -aws-actions } > { -aws-delete }**).
update-key-two-keys = Un utilisateur IAM a au plus deux clés d'accès. S'il en a déjà deux, supprimez celle que Braze n'utilise pas avant de créer la nouvelle.
update-expiry = Ne révoquez pas les anciens identifiants avant que Braze ait les nouveaux. Un connecteur Currents dont les identifiants échouent cesse d'envoyer des événements ; au-delà de { $days } { $days ->
        [one] jour
       *[other] jours
    } selon la page actuelle de Braze (les versions précédentes disaient { $hours } { $hours ->
        [one] heure
       *[other] heures
    }), ses événements sont abandonnés et les données définitivement perdues.
update-role-may-change-title = Ce qui peut changer sur le rôle
update-role-policies = Ses autorisations : modifiez les politiques attachées au rôle { $role }, par exemple pour ajouter un nouveau compartiment à côté de { $bucket } dans la politique. L'ARN du rôle ne change pas : Braze n'a pas besoin de nouveaux identifiants (seulement du nom du compartiment, s'il doit écrire dans le nouveau).
update-role-switch = La méthode d'authentification : vous pouvez passer à une clé secrète (voir « Passer de la clé secrète à l'ARN du rôle, ou l'inverse » ci-dessous).
update-role-must-stay-title = Ce qui doit rester tel que Braze l'affiche
update-role-trust = La politique d'approbation : l'ID de compte AWS de Braze { $account } et l'ID externe { $external_id } restent exactement tels que Braze les affiche : avec un autre ID de compte ou un autre ID externe, Braze ne peut plus assumer le rôle. Supprimer la condition sur l'ID externe ne bloque pas Braze, mais supprime la protection : tout client de Braze qui apprendrait l'ARN de votre rôle pourrait alors faire utiliser votre rôle par Braze (ce qu'AWS appelle le problème du « confused deputy », l'adjoint confus).
update-role-arn = L'ARN du rôle saisi dans Braze doit correspondre au rôle { $role }. Un rôle recréé ou renommé a un autre ARN : saisissez-le dans Braze (ci-dessous) avant de supprimer l'ancien rôle.
update-aws-first = Terminez d'abord le côté AWS (ci-dessus), pour que Braze trouve des identifiants valides quand il les vérifie.
update-currents-title = Currents
update-currents-open = Dans Braze, allez dans **{ -braze-partner-integrations } > { -braze-currents }**, ouvrez votre connecteur et cliquez sur **{ -braze-edit }** (Modifier).
update-currents-credentials = Dans la section **{ -braze-credentials-section }**, { $method ->
        [role-arn] avec **{ -braze-role-arn-radio }** sélectionné, saisissez l'ARN du rôle.
       *[other] avec **{ -braze-secret-key-radio }** sélectionné, saisissez le nouvel ID de clé d'accès et la nouvelle clé d'accès secrète.
    }
update-currents-update = Cliquez sur **{ -braze-update-current }** (Mettre à jour le Current). Une notification indique si les identifiants ont été validés.
update-currents-each = Faites de même pour chacun de vos { $count } connecteurs : ils partagent ces identifiants.
update-currents-keeps-running = Le connecteur continue de fonctionner pendant que vous mettez à jour ses identifiants.
update-dashboard-title = Export des données du tableau de bord
update-dashboard-open = Dans Braze, allez dans **{ -braze-partner-integrations } > { -braze-technology-partners }** et cliquez sur **{ -braze-amazon-s3 }**.
update-dashboard-credentials = Sur la page **{ -braze-aws-credentials-page }**, { $method ->
        [role-arn] avec **{ -braze-role-arn-radio }** sélectionné, saisissez l'ARN du rôle.
       *[other] avec **{ -braze-secret-key-radio }** sélectionné, saisissez le nouvel ID de clé d'accès et la nouvelle clé d'accès secrète.
    }
update-dashboard-test = Cliquez sur **{ -braze-test-credentials }** ; en cas de succès, cliquez sur **{ -braze-save }**.
update-switch-title = Passer de la clé secrète à l'ARN du rôle, ou l'inverse
update-switch = { $method ->
        [role-arn] Pour passer à une clé secrète, choisissez cette méthode en haut de ce widget et faites ses étapes AWS. Puis, dans les mêmes écrans de Braze, sélectionnez **{ -braze-secret-key-radio }** et saisissez la clé.
       *[other] Pour passer à un rôle, choisissez cette méthode en haut de ce widget et faites ses étapes AWS. Puis, dans les mêmes écrans de Braze, sélectionnez **{ -braze-role-arn-radio }** et saisissez l'ARN du rôle.
    } Ne supprimez les anciens identifiants qu'une fois que Braze fonctionne avec les nouveaux.

## Dépannage, tel que la page actuelle de Braze le présente
today-braze-says = Le message d'erreur, tel que la page de Braze le cite (en anglais dans toutes les langues) :
today-check-permissions = Dépannage de Braze, « { $heading } » (vérifier les autorisations supplémentaires) : l'utilisateur ou le rôle a besoin de `s3:GetBucketLocation` et de `s3:PutObject` ; la politique générée ici accorde les deux.
today-kms = Selon la page de Braze, ce message vient du support de Braze ou de vos journaux AWS. Il signifie que le chiffrement par défaut du compartiment est SSE-KMS, que Braze ne prend pas en charge pour Currents ni pour les exports de données du tableau de bord : désactivez SSE-KMS sur le compartiment. SSE-S3 fonctionne avec les deux.
today-unable-to-connect = Lancez **{ -braze-test-credentials }** dans Braze : le résultat indique ce qui a échoué. Braze donne en exemple l'absence de `s3:GetObject` : sans elle, Braze ne peut pas créer les liens de téléchargement.
today-notes-heading = Bon à savoir
today-invalid-alert = Si Braze affiche « { -braze-invalid-credentials } » et que le message parle de l'accès `PutObject` ou du chiffrement côté serveur pour les exports de données du tableau de bord, choisissez le symptôme correspondant ci-dessus.
today-region = Braze n'a pas de réglage de région : il écrit dans la région AWS du compartiment. Si un connecteur écrit dans une autre région que celle voulue (par exemple `eu-west-1` au lieu de `eu-central-1`), créez ou utilisez un compartiment dans la région voulue ; il n'y a aucune région à changer du côté de Braze.
today-format-exports = Les exports au format JSON (depuis le tableau de bord ou l'API) sont en JSONL : un objet JSON par ligne ; lisez-les ligne par ligne, pas comme un seul document JSON. Les exports et rapports CSV sont des fichiers CSV.
today-format-currents = Currents écrit des fichiers Apache Avro (`.avro`).
today-format-archives = L'archivage des messages écrit un fichier JSON compressé avec gzip (`.json.gz`) par message envoyé, sous `sent_messages/` dans le compartiment, un dossier par canal (email, push, sms).
today-contact-email = Le formulaire Currents demande une adresse e-mail de contact pour les notifications d'erreur de l'intégration : Braze conseille une liste de diffusion ou une adresse de groupe plutôt que celle d'une personne.
today-switch-provider = Vous changez de fournisseur de stockage cloud ? Contactez votre gestionnaire du succès client Braze pour configurer et valider la nouvelle intégration.
