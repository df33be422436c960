# Microsoft Azure Blob Storage: fields, rules, generated files, checker, preflight, update path.
# Markup: **label** for a button or menu, `literal` for code.

## Auth methods and fields

azure-auth-connection-string = Connection string
azure-auth-certificate-service-principal = Certificate service principal (Currents only)
azure-field-storage-account = Storage account name
azure-field-container = Container name
azure-field-prefix = Prefix (optional)
azure-field-resource-group = Resource group
azure-field-tenant-id = Directory (tenant) ID
azure-field-client-id = Application (client) ID

## Input rules

azure-rule-required = Required.
azure-rule-account-length = A storage account name has { $min } to { $max } characters (now { NUMBER($len) }).
azure-rule-account-characters = Only lowercase letters and digits: remove { $found }.
azure-rule-container-length = A container name has { $min } to { $max } characters (now { NUMBER($len) }).
azure-rule-container-uppercase = Container names are lowercase.
azure-rule-container-characters = Only lowercase letters, digits and dashes: remove { $found }.
azure-rule-container-start = A container name starts with a letter or a digit.
azure-rule-container-end = A container name does not end with a dash: every dash sits between two letters or digits.
azure-rule-container-double-dash = Two dashes in a row are not allowed in a container name.
azure-rule-prefix-length = The prefix can be at most { NUMBER($max) } characters, the length of a whole blob name (now { NUMBER($len) }).
azure-rule-prefix-end = Do not end the prefix with a dot or a slash: Microsoft advises against blob names that end so.
azure-rule-prefix-control = The prefix contains control characters ({ $found }): retype it without them.
azure-rule-prefix-invisible = The prefix contains invisible formatting characters ({ $found }): the name Azure would store is not the one you see. Retype it without them.
azure-rule-resource-group-length = A resource group name has at most { $max } characters (now { NUMBER($len) }).
azure-rule-resource-group-characters = Only letters, digits and `_ - . ( )`: remove { $found }.
azure-rule-resource-group-end = A resource group name does not end with a period.
azure-rule-guid = Paste the ID as Azure shows it: 32 hexadecimal digits in the form `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
azure-rule-certificate-currents-only = The certificate service principal works for Braze Currents only: choose the connection string for dashboard data export and message archiving.

## Secrets: never kept, never shown

azure-secret-connection-string = This is a connection string: it holds an account key. Do not paste it here; it goes only into Braze's connection string field (Currents: **Azure Blob Data Export**; exports: **Microsoft Azure** in Technology Partners). Nothing of it was kept.
azure-secret-sas-token = This is a shared access signature (SAS): a secret. Braze's Azure page does not ask for one; it takes the connection string or a certificate. Nothing of it was kept.
azure-secret-account-key = This looks like a storage account key: a secret. Braze takes the whole connection string, in its own field, never here. Nothing of it was kept.
azure-secret-private-key = This is a private key: it goes only into Braze's **Certificate** field, inside `braze-currents.pem`, never here and never to Azure. Nothing of it was kept.
azure-secret-client-secret = This looks like a client secret of an app registration: a secret. Braze's certificate method does not use one. Nothing of it was kept.

## Generated files

azure-snippet-cli-script = Azure CLI script
azure-snippet-certificate = Certificate commands (openssl)
azure-snippet-terraform = Terraform configuration
azure-note-cli-sign-in = Run it in Azure Cloud Shell or any shell where `az login` is done, in the subscription that holds the resource group; the resource group must exist.
azure-note-container-login = The container is created with your own sign-in (`--auth-mode login`), never with a key: you need a data role on the account, such as Storage Blob Data Contributor, or create the container in the portal.
azure-note-cli-certificate = Run it in the folder holding `cert.pem`. The certificate is added with `--append`: without it, the Azure CLI would delete every other certificate and secret of the app.
azure-note-connection-string-portal = The connection string is never printed: copy it from the portal, the storage account's **Access Keys**, and paste it into Braze only.
azure-note-certificate-files = Upload `cert.pem` to the app registration; put `{ $file }` (certificate and unencrypted key) into Braze's **Certificate** field only; never upload `key.pem` or `{ $file }` to Azure.
azure-note-certificate-expiry = The last command prints the certificate's end date: renew it before then, as the update path below says.
azure-note-terraform-versions = Written for the azurerm provider 4.9 or later and azuread 3.0 or later: older versions name some arguments differently.
azure-note-terraform-certificate = Put `cert.pem` (the public certificate only) next to the file. No key is ever in the configuration or its state.

## Role assignment checker

azure-check-empty = Paste the output of `az role assignment list --all --assignee <client ID> --output json`.
azure-check-too-large = This text is over { $megabytes } MB, more than this page reads: paste only the output of `az role assignment list`.
azure-check-too-many = This list has more than { $max } entries, more than this page reads.
azure-check-not-json = This is not JSON: paste the output of `az role assignment list` with `--output json`.
azure-check-not-assignments = This JSON is not a list of role assignments: each entry needs a `scope` and a `roleDefinitionId`.
azure-check-no-assignment = The list holds no role assignment for the app with your client ID.
azure-check-at-account = { $role } is assigned at the storage account's scope, as Braze asks.
azure-check-below-account = { $role } is assigned on { $scope }, below the storage account: Braze asks for the storage account's scope.
azure-check-broad-scope = { $role } is assigned on { $scope }: it covers your storage account, and every other one under that scope.
azure-check-uncertain-scope = { $role } is assigned on { $scope }: the list does not show whether your storage account is under it, so it is not counted.
azure-check-unknown-role = The permissions of { $role } are not known here, so it is not counted.
azure-check-conditional = { $role } is granted under a condition, so it is not counted.
azure-check-group = { $role } is assigned to the group { $group }: it counts only if the app is a member, which the list does not show.
azure-check-broad-role = { $role } grants more than Braze needs: { $kind ->
        [keys] it can read the account keys, which open all of the account's data.
        [access] it can assign roles, to itself or anyone.
        [ownership] it can change blobs' owners and access control lists.
       *[account] it can change or delete the storage account.
    }
azure-check-other-principals = { $count ->
        [one] One assignment of another principal was left aside.
       *[other] { $count } assignments of other principals were left aside.
    }
azure-check-missing = Missing at the storage account's scope ({ $count }): { $operations }.
azure-check-deny-not-listed = Deny assignments are not in this list: one could still block Braze.
azure-check-fix-assign = Assign { $role } to the app's service principal on the storage account (the Azure CLI script does it).
azure-check-fix-narrow = Assign { $role } on the storage account itself, then remove the broader assignment.
azure-check-fix-role = Use { $role }: it grants what Braze needs and nothing more.
azure-check-fix-definition = Paste the role's definition too: `az role definition list --name "<role>" --output json`.

## Preflight

azure-preflight-intro = Read-only preflight of the storage account { $account } and its container { $container } for Braze. It only reads (show and list commands of the Azure CLI) and prints no key and no connection string. Run it in Azure Cloud Shell or where `az login` is done, then paste everything it prints into the widget.
azure-preflight-other-values = This report is for { $field ->
        [account] the storage account
        [container] the container
        [group] the resource group
        [auth] the method
        [tenant] the tenant ID
       *[client] the client ID
    } { $reported }, but you typed { $configured }. Copy the script for your current values and run it again.
azure-preflight-absent = The report holds no answer of `az { $call }`: not checked.
azure-preflight-denied = The identity that ran the script may not call `az { $call }`: not checked.
azure-preflight-error = `az { $call }` failed ({ $error }): not checked.
azure-preflight-account-ok = The storage account { $account } exists ({ $kind }, hierarchical namespace { $hns ->
        [on] on
       *[off] off
    }).
azure-preflight-account-file-storage = The storage account { $account } is a FileStorage account: it has no blob service.
azure-preflight-account-missing = There is no storage account { $account } in the resource group { $group }.
azure-preflight-endpoint-ok = The blob endpoint { $endpoint } is in the public Azure cloud.
azure-preflight-endpoint-other-cloud = The blob endpoint { $endpoint } does not end in `.blob.core.windows.net`: the certificate method works in the public Azure cloud only.
azure-preflight-shared-key-on = Shared Key access is allowed, as a connection string needs.
azure-preflight-shared-key-off = Shared Key access is off: a connection string, which signs with an account key, is refused.
azure-preflight-network-open = Public network access is on with no firewall rule that denies by default.
azure-preflight-network-disabled = Public network access is disabled: Braze cannot reach the account.
azure-preflight-network-firewall = The account's firewall denies by default: Braze publishes no fixed IP addresses for Azure, so its writes may be refused.
azure-preflight-container-ok = The container { $container } exists.
azure-preflight-container-missing = There is no container { $container } in { $account }.
azure-preflight-container-denied = Your sign-in may not read the container { $container } (reading it needs a data role such as Storage Blob Data Reader): not checked. This says nothing of Braze's access.
azure-preflight-tenant-ok = The subscription's tenant is { $tenant }, the tenant ID you typed.
azure-preflight-tenant-differs = The subscription's tenant is { $found }, not { $typed }, the tenant ID you typed.
azure-preflight-app-ok = The app registration { $client } exists.
azure-preflight-app-missing = There is no app registration with the client ID { $client }.
azure-preflight-sp-ok = The app { $client } has its service principal.
azure-preflight-sp-missing = The app { $client } has no service principal: no role can be assigned to it.
azure-preflight-certificate-none = The app has no certificate.
azure-preflight-certificate-expired = The app's latest certificate ended on { $date }: Braze cannot sign in.
azure-preflight-certificate-soon = The app's latest certificate ends on { $date }, in { $days ->
        [one] one day
       *[other] { $days } days
    }: renew it now.
azure-preflight-certificate-ok = The app's latest certificate ends on { $date }, in { $days } days.
azure-preflight-role-ok = The app holds { $role } at the storage account's scope.
azure-preflight-role-broad = The app can write, but through a grant broader than { $role } on the storage account.
azure-preflight-role-missing = The app does not hold { $role } on the storage account.
azure-preflight-role-container = The app holds { $role } on the container only: Braze asks for the storage account's scope.
azure-preflight-fix-create = Create it: the Azure CLI script does.
azure-preflight-fix-new-account = Create a general-purpose v2 storage account for Braze: the Azure CLI script does.
azure-preflight-fix-connection-string = Use the connection string method: Braze limits only the certificate method to the public Azure cloud.
azure-preflight-fix-shared-key = Allow Shared Key access (storage account > **Configuration**), or use the certificate method for Currents.
azure-preflight-fix-network = Allow public network access to the account. Braze publishes no IP addresses to allow: its Azure page points to the storage account's own network settings (firewall rules, private endpoints).
azure-preflight-fix-tenant = Type the **Directory (tenant) ID** of the app's tenant, or run the script signed in to that tenant.
azure-preflight-fix-certificate = Make a new certificate, add it with `--append`, then update Braze: the update path says how.

## Credentials: expiry and updates

azure-expiry-connection-string = If the credentials stop working, the connector stops sending events; if that lasts more than { $hours } hours, its events are dropped and the data is lost for good (Braze's Azure page).
azure-expiry-certificate = If the certificate expires, the connector stops sending events until a valid certificate is given, and a long interruption can lose data (Braze's Azure page gives no figure).
azure-update-keys-title = Rotate the access key without a gap
azure-update-keys-regenerate-unused = In the storage account's **Access Keys**, regenerate the key Braze does not use (Azure keeps two for this).
azure-update-keys-update-braze = Copy that key's connection string into Braze: **Edit Current** > **Credentials** > **Update Current**, or **Microsoft Azure** in Technology Partners for exports.
azure-update-keys-test = Check that Braze accepts it (Braze validates a Current's credentials when you update them), and that files still arrive in the container.
azure-update-keys-regenerate-old = Then regenerate the other key, the one Braze used before.
azure-update-certificate-title = Renew the certificate before it ends
azure-update-certificate-new = Make a new certificate with the certificate commands.
azure-update-certificate-append = Add it to the app, keeping the current one (`--append`).
azure-update-certificate-update-braze = In Braze, **Edit Current** > **Credentials**: give the new `braze-currents.pem`, then **Update Current**.
azure-update-certificate-remove-old = Once Braze works with the new one, remove the old certificate from the app.
azure-update-switch-title = Switch method
azure-update-switch-azure-side = Finish the Azure side of the other method first (the steps above for it).
azure-update-switch-braze = In Braze, **Currents**, your Azure Blob connector, **Edit Current** > **Credentials**: choose the method, give its values, then **Update Current**.

## Labels as the screen shows them

azure-label-create-storage-account = **Storage Accounts** > **+ Add** > **Review + create**
azure-label-access-keys = **Access Keys**
azure-label-blobs = **Blob Service** > **Blobs**
azure-label-create-current = **Currents** > **+ Create Current** > **Azure Blob Data Export**
azure-label-export-partner = **Partner Integrations** > **Technology Partners** > **Microsoft Azure**
azure-label-default-destination = **Make this the default data export destination**
azure-label-new-registration = **Microsoft Entra ID** > **App registrations** > **+ New registration**, then **Register**
azure-label-app-ids = **Overview**: **Application (client) ID** and **Directory (tenant) ID**
azure-label-upload-certificate = **Certificates & secrets** > **Certificates** > **Upload certificate**, then **Add**
azure-label-add-role-assignment = **Access Control (IAM)** > **+ Add** > **Add role assignment**
azure-label-role-assignment-tabs = **Role**: **Storage Blob Data Contributor**; **Members**: **User, group, or service principal**, **+ Select members**; **Review + assign**
azure-label-endpoints = **Settings** > **Endpoints**: **Blob service**
azure-label-certificate-fields = **Credentials**: **Certificate Service Principal**; **Tenant ID**, **Client ID**, **Account Endpoint**, **Certificate**, **Container Name**, **Prefix**
azure-label-update-current = **Edit Current** > **Credentials** > **Update Current**

## The guide (the provider engine: src/core/providers/guide.rs). Where to click is shown under
## each step by the labels above (azure-label-*).

provider-azure-auth-connection-string-hint = The storage account's connection string, typed into Braze only. For Currents, data export and message archiving.
provider-azure-auth-certificate-hint = An app registration's service principal that signs in with a certificate, without an account key. Braze Currents only.
provider-azure-step-storage = Create the storage account and its container
provider-azure-step-storage-body = In the Azure portal, create a storage account for Braze's data (Braze recommends a new one), then a container in it. Or run the script below, or apply the Terraform.
provider-azure-step-connection-string = Copy the connection string
provider-azure-step-connection-string-body = In the storage account's access keys, copy the connection string of one of the two keys: Braze uses the connection string, not the key. It goes into Braze only: never paste it here.
provider-azure-step-app = Register an app for Braze
provider-azure-step-app-body = Register an app (for example `braze-currents`), then note its application (client) ID and directory (tenant) ID: type them in the form above to check them.
provider-azure-step-certificate = Create the certificate and upload it
provider-azure-step-certificate-body = Create the certificate and its private key with the commands below, upload the certificate (never the private key) to the app, and note its expiry date.
provider-azure-step-role = Grant Storage Blob Data Contributor on the storage account
provider-azure-step-role-body = Assign the role **Storage Blob Data Contributor** to the app on the storage account, not on the container. Without it Braze signs in but cannot write. The script above already assigns it.
provider-azure-step-endpoint = Note the account endpoint
provider-azure-step-endpoint-body = Braze asks for the storage account's Blob service endpoint: { $endpoint }
provider-azure-placeholder-endpoint = https://YOUR-STORAGE-ACCOUNT.blob.core.windows.net
provider-azure-step-currents-connection-string = In Braze, create the Current with a name and a contact email, then give your connection string, the container name and the BlobStorage prefix (optional). Finally, select the events to export and launch the Current.
provider-azure-step-currents-certificate = In Braze, create the Current with a name and a contact email, choose the certificate service principal, and fill in the tenant ID, the client ID, the account endpoint, the combined PEM file (certificate and private key, uploaded to Braze only), the container name and the prefix (optional). Braze validates them when you save; then select the events to export and launch the Current.
provider-azure-step-export-body = In Braze, open Microsoft Azure in the technology partners, give your connection string, the Azure storage container name and the Azure storage prefix, make sure **Make this the default data export destination** is checked (your exports then go to Azure), and save.
provider-azure-snippet-preflight-script = Read-only preflight script (Azure CLI)
provider-azure-checker-intro = Already have an app? Paste what `az role assignment list --all --assignee CLIENT_ID` prints (JSON) to see whether it holds Storage Blob Data Contributor on the storage account, what is missing and what is too broad. It never leaves your browser.
provider-azure-checker-needs-values = Type a valid storage account name and the app's client ID in the form above first: only the app's own assignments count.
