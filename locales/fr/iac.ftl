# iac : infrastructure as code et CLI (script AWS CLI, CloudFormation, Terraform).
# Balisage : **libellé** pour un bouton ou un menu, `littéral` pour du code.
# Les messages « how » nomment le fichier via les messages de nom de fichier ({ iac-file-… }).

## Titres

iac-title-cli-script = Script AWS CLI (bash)
iac-title-cloudformation = Modèle CloudFormation (YAML)
iac-title-terraform = Configuration Terraform (HCL)

## Noms des fichiers téléchargés

iac-file-cli-script = { $bucket }-braze-iam.sh
iac-file-cloudformation = { $bucket }-braze-iam.yaml
iac-file-terraform = { $bucket }-braze-iam.tf

## Comment exécuter chaque fichier, en une ligne

iac-how-cli-script = Lancez `bash { iac-file-cli-script }` là où l'AWS CLI v2 est connectée au compte AWS propriétaire du compartiment (AWS CloudShell convient) ; le relancer est sans risque.
iac-how-cloudformation = Déployez-le avec `aws cloudformation deploy --stack-name braze-s3 --capabilities CAPABILITY_NAMED_IAM --template-file { iac-file-cloudformation }`, ou dans la console CloudFormation (**Créer une pile (Create stack)**), dans le compte AWS propriétaire du compartiment.
iac-how-terraform = Placez `{ iac-file-terraform }` seul dans un dossier, puis lancez `terraform init` et `terraform apply` avec des identifiants AWS du compte propriétaire du compartiment.

## Remarques affichées avec les fichiers

iac-note-separate-policies = Avec les deux intégrations, il crée les deux politiques publiées par Braze, { $currents } et { $dashboard }, et les attache toutes les deux : chacune reste exactement le document de Braze, et en détacher une retire l'accès de cette intégration.
iac-note-secret-once = Le script crée la clé d'accès en dernier. Sa sortie affiche la clé d'accès secrète une seule fois : saisissez-la tout de suite dans Braze et ne la conservez nulle part ailleurs.
iac-note-access-key-later = Il crée l'utilisateur { $user } mais pas sa clé d'accès, dont le secret serait enregistré avec le déploiement. Ensuite, dans IAM : **{ -aws-users }** > { $user } > **{ -aws-security-credentials-tab }** > **{ -aws-create-access-key }**, puis saisissez la clé dans Braze.
iac-note-role-arn-cli = Le script affiche en dernier l'ARN du rôle à coller dans Braze. Si Braze répond « { -braze-invalid-credentials } » juste après, il se peut qu'IAM n'ait pas encore propagé le nouveau rôle : attendez et réessayez.
iac-note-role-arn-cloudformation = L'ARN du rôle à coller dans Braze est la sortie `RoleArn` de la pile (onglet **Sorties (Outputs)**). Si Braze répond « { -braze-invalid-credentials } » juste après, il se peut qu'IAM n'ait pas encore propagé le nouveau rôle : attendez et réessayez.
iac-note-role-arn-terraform = L'ARN du rôle à coller dans Braze est la sortie `role_arn` (`terraform output role_arn`). Si Braze répond « { -braze-invalid-credentials } » juste après, il se peut qu'IAM n'ait pas encore propagé le nouveau rôle : attendez et réessayez.
