# Microsoft Azure Blob Storage: 필드, 규칙, 생성 파일, 검사기, 사전 점검, 업데이트 절차.
# 마크업: 버튼이나 메뉴는 **레이블**, 코드는 `리터럴`.
# Braze 한국어 페이지는 Azure 포털 레이블을 영어로 쓰고, 내보내기 메뉴만 한국어로 씁니다.
# Braze 대시보드 레이블은 이 페이지처럼 씁니다. Azure 포털 레이블은 Braze 페이지처럼 영어로 쓰고, Microsoft Learn
# 한국어 페이지(docs/facts.md "Azure portal (ko)")에서 확인한 표기만 괄호 안에 함께 씁니다: 액세스 제어(IAM),
# 역할 할당 추가. 나머지는 영어로 둡니다. Braze 페이지의 이전 포털 레이블(**+ Add**(스토리지 계정 만들기),
# **Blob Service** > **Blobs**)도 영어로 둡니다. 본문 용어: 스토리지 계정, 컨테이너, 연결 문자열, 인증서 서비스 주체, 비공개 키
# (docs/glossary/ko.md).

## 인증 방법과 필드

azure-auth-connection-string = 연결 문자열
azure-auth-certificate-service-principal = 인증서 서비스 주체(Currents 전용)
azure-field-storage-account = 스토리지 계정 이름
azure-field-container = 컨테이너 이름
azure-field-prefix = 접두사(선택 사항)
azure-field-resource-group = 리소스 그룹
azure-field-tenant-id = 디렉터리(테넌트) ID(Directory (tenant) ID)
azure-field-client-id = 애플리케이션(클라이언트) ID(Application (client) ID)

## 입력 규칙

azure-rule-required = 필수 항목입니다.
azure-rule-account-length = 스토리지 계정 이름은 { $min }~{ $max }자입니다(현재 { NUMBER($len) }자).
azure-rule-account-characters = 영문 소문자와 숫자만 쓸 수 있습니다. { $found }을(를) 지우세요.
azure-rule-container-length = 컨테이너 이름은 { $min }~{ $max }자입니다(현재 { NUMBER($len) }자).
azure-rule-container-uppercase = 컨테이너 이름은 소문자로 씁니다.
azure-rule-container-characters = 영문 소문자, 숫자, 하이픈만 쓸 수 있습니다. { $found }을(를) 지우세요.
azure-rule-container-start = 컨테이너 이름은 영문자나 숫자로 시작합니다.
azure-rule-container-end = 컨테이너 이름은 하이픈으로 끝날 수 없습니다. 모든 하이픈은 영문자나 숫자 사이에 있어야 합니다.
azure-rule-container-double-dash = 컨테이너 이름에 하이픈 두 개를 연달아 쓸 수 없습니다.
azure-rule-prefix-length = 접두사는 Blob 이름 전체 길이인 최대 { NUMBER($max) }자입니다(현재 { NUMBER($len) }자).
azure-rule-prefix-end = 접두사를 점이나 슬래시로 끝내지 마세요. Microsoft는 그렇게 끝나는 Blob 이름을 피하라고 권합니다.
azure-rule-prefix-control = 접두사에 제어 문자({ $found })가 있습니다. 이 문자를 빼고 다시 입력하세요.
azure-rule-prefix-invisible = 접두사에 보이지 않는 서식 문자({ $found })가 있습니다. Azure가 저장할 이름은 화면에 보이는 이름과 다릅니다. 이 문자를 빼고 다시 입력하세요.
azure-rule-resource-group-length = 리소스 그룹 이름은 최대 { $max }자입니다(현재 { NUMBER($len) }자).
azure-rule-resource-group-characters = 문자, 숫자와 `_ - . ( )`만 쓸 수 있습니다. { $found }을(를) 지우세요.
azure-rule-resource-group-end = 리소스 그룹 이름은 마침표로 끝날 수 없습니다.
azure-rule-guid = Azure에 표시된 그대로 ID를 붙여 넣으세요. `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` 형식의 16진수 32자리입니다.
azure-rule-certificate-currents-only = 인증서 서비스 주체는 Braze Currents에서만 쓸 수 있습니다. 대시보드 데이터 내보내기와 메시지 보관에는 연결 문자열을 선택하세요.

## 비밀 정보: 저장하지도 표시하지도 않습니다

azure-secret-connection-string = 연결 문자열입니다. 계정 키가 들어 있습니다. 여기에 붙여 넣지 마세요. 연결 문자열은 Braze의 연결 문자열 필드에만 넣습니다(Currents: **Azure Blob Data Export**, 내보내기: 기술 파트너의 **Microsoft Azure**). 아무것도 저장하지 않았습니다.
azure-secret-sas-token = 공유 액세스 서명(SAS)입니다. 비밀 정보입니다. Braze의 Azure 페이지는 SAS를 요구하지 않고 연결 문자열이나 인증서를 받습니다. 아무것도 저장하지 않았습니다.
azure-secret-account-key = 스토리지 계정 키로 보입니다. 비밀 정보입니다. Braze는 연결 문자열 전체를 자체 필드에서 받으며, 여기가 아닙니다. 아무것도 저장하지 않았습니다.
azure-secret-private-key = 비공개 키입니다. Braze의 **Certificate** 필드(`braze-currents.pem` 안)에만 넣으며, 여기나 Azure에는 절대 넣지 않습니다. 아무것도 저장하지 않았습니다.
azure-secret-client-secret = 앱 등록의 클라이언트 암호로 보입니다. 비밀 정보입니다. Braze의 인증서 방식은 클라이언트 암호를 쓰지 않습니다. 아무것도 저장하지 않았습니다.

## 생성 파일

azure-snippet-cli-script = Azure CLI 스크립트
azure-snippet-certificate = 인증서 명령(openssl)
azure-snippet-terraform = Terraform 구성
azure-note-cli-sign-in = Azure Cloud Shell이나 `az login`을 마친 셸에서, 리소스 그룹이 있는 구독을 대상으로 실행하세요. 리소스 그룹은 미리 있어야 합니다.
azure-note-container-login = 컨테이너는 키가 아니라 본인의 로그인(`--auth-mode login`)으로 만듭니다. 계정에 Storage Blob Data Contributor 같은 데이터 역할이 필요하며, 없으면 포털에서 컨테이너를 만드세요.
azure-note-cli-certificate = `cert.pem`이 있는 폴더에서 실행하세요. 인증서는 `--append`로 추가합니다. 이 옵션이 없으면 Azure CLI가 앱의 다른 인증서와 암호를 모두 삭제합니다.
azure-note-connection-string-portal = 연결 문자열은 출력하지 않습니다. 포털에서 스토리지 계정의 **Access Keys**에서 복사해 Braze에만 붙여 넣으세요.
azure-note-certificate-files = `cert.pem`은 앱 등록에 업로드합니다. `{ $file }`(인증서와 암호화되지 않은 키)은 Braze의 **Certificate** 필드에만 넣습니다. `key.pem`과 `{ $file }`은 절대 Azure에 업로드하지 마세요.
azure-note-certificate-expiry = 마지막 명령은 인증서 만료일을 출력합니다. 아래 업데이트 절차대로 그 전에 갱신하세요.
azure-note-terraform-versions = azurerm 공급자 4.9 이상, azuread 3.0 이상용입니다. 이전 버전은 일부 인수 이름이 다릅니다.
azure-note-terraform-certificate = `cert.pem`(공개 인증서만)을 파일 옆에 두세요. 구성에도 그 상태에도 키는 절대 들어가지 않습니다.

## 역할 할당 검사기

azure-check-empty = `az role assignment list --all --assignee <client ID> --output json`의 출력을 붙여 넣으세요.
azure-check-too-large = 이 텍스트는 { $megabytes }MB를 넘어 이 페이지가 읽을 수 있는 크기보다 큽니다. `az role assignment list`의 출력만 붙여 넣으세요.
azure-check-too-many = 이 목록의 항목이 { $max }개를 넘어 이 페이지가 읽을 수 있는 수보다 많습니다.
azure-check-not-json = JSON이 아닙니다. `--output json`을 붙인 `az role assignment list`의 출력을 붙여 넣으세요.
azure-check-not-assignments = 이 JSON은 역할 할당 목록이 아닙니다. 각 항목에는 `scope`와 `roleDefinitionId`가 있어야 합니다.
azure-check-no-assignment = 목록에 입력한 클라이언트 ID의 앱에 대한 역할 할당이 없습니다.
azure-check-at-account = { $role }이(가) Braze가 요구하는 대로 스토리지 계정 범위에 할당되어 있습니다.
azure-check-below-account = { $role }이(가) 스토리지 계정 아래인 { $scope }에 할당되어 있습니다. Braze는 스토리지 계정 범위를 요구합니다.
azure-check-broad-scope = { $role }이(가) { $scope }에 할당되어 있습니다. 스토리지 계정이 포함되지만 그 범위의 다른 계정도 모두 포함됩니다.
azure-check-uncertain-scope = { $role }이(가) { $scope }에 할당되어 있지만, 스토리지 계정이 그 안에 있는지 목록으로는 알 수 없어 판단에 포함하지 않습니다.
azure-check-unknown-role = 여기서는 { $role }의 권한을 알 수 없어 판단에 포함하지 않습니다.
azure-check-conditional = { $role }은(는) 조건부로 부여되어 판단에 포함하지 않습니다.
azure-check-group = { $role }이(가) 그룹 { $group }에 할당되어 있습니다. 앱이 그 구성원일 때만 유효하지만 목록으로는 알 수 없습니다.
azure-check-broad-role = { $role }은(는) Braze에 필요한 것보다 많이 부여합니다. { $kind ->
        [keys] 계정 키를 읽을 수 있으며, 키가 있으면 계정의 모든 데이터에 접근할 수 있습니다.
        [access] 자신이나 누구에게나 역할을 할당할 수 있습니다.
        [ownership] Blob의 소유자와 액세스 제어 목록을 바꿀 수 있습니다.
       *[account] 스토리지 계정을 변경하거나 삭제할 수 있습니다.
    }
azure-check-other-principals = 다른 보안 주체의 할당 { $count }개는 제외했습니다.
azure-check-missing = 스토리지 계정 범위에서 빠진 작업({ $count }개): { $operations }.
azure-check-deny-not-listed = 거부 할당은 이 목록에 없습니다. 거부 할당이 Braze를 막을 수도 있습니다.
azure-check-fix-assign = 스토리지 계정에서 앱의 서비스 주체에 { $role }을(를) 할당하세요(Azure CLI 스크립트가 합니다).
azure-check-fix-narrow = 스토리지 계정 자체에 { $role }을(를) 할당한 다음, 더 넓은 할당을 삭제하세요.
azure-check-fix-role = { $role }을(를) 쓰세요. Braze에 필요한 권한만 부여합니다.
azure-check-fix-definition = 역할 정의도 붙여 넣으세요: `az role definition list --name "<role>" --output json`.

## 사전 점검

azure-preflight-intro = Braze용 스토리지 계정 { $account }와(과) 컨테이너 { $container }의 읽기 전용 사전 점검입니다. 읽기(Azure CLI의 show, list 명령)만 하며 키나 연결 문자열을 출력하지 않습니다. Azure Cloud Shell이나 `az login`을 마친 곳에서 실행한 다음, 출력 전체를 위젯에 붙여 넣으세요.
azure-preflight-other-values = 이 보고서는 { $field ->
        [account] 스토리지 계정
        [container] 컨테이너
        [group] 리소스 그룹
        [auth] 인증 방법
        [tenant] 테넌트 ID
       *[client] 클라이언트 ID
    } { $reported }에 대한 것이지만, 입력한 값은 { $configured }입니다. 현재 값으로 만든 스크립트를 복사해 다시 실행하세요.
azure-preflight-absent = 보고서에 `az { $call }`의 응답이 없습니다. 점검하지 않았습니다.
azure-preflight-denied = 스크립트를 실행한 ID는 `az { $call }`을(를) 호출할 수 없습니다. 점검하지 않았습니다.
azure-preflight-error = `az { $call }`이(가) 실패했습니다({ $error }). 점검하지 않았습니다.
azure-preflight-account-ok = 스토리지 계정 { $account }이(가) 있습니다({ $kind }, 계층 구조 네임스페이스 { $hns ->
        [on] 사용
       *[off] 사용 안 함
    }).
azure-preflight-account-file-storage = 스토리지 계정 { $account }은(는) FileStorage 계정이라 Blob 서비스가 없습니다.
azure-preflight-account-missing = 리소스 그룹 { $group }에 스토리지 계정 { $account }이(가) 없습니다.
azure-preflight-endpoint-ok = Blob 엔드포인트 { $endpoint }은(는) 공용 Azure 클라우드에 있습니다.
azure-preflight-endpoint-other-cloud = Blob 엔드포인트 { $endpoint }이(가) `.blob.core.windows.net`으로 끝나지 않습니다. 인증서 방식은 공용 Azure 클라우드에서만 쓸 수 있습니다.
azure-preflight-shared-key-on = 공유 키(Shared Key) 액세스가 허용되어 있습니다. 연결 문자열에 필요한 설정입니다.
azure-preflight-shared-key-off = 공유 키(Shared Key) 액세스가 꺼져 있습니다. 계정 키로 서명하는 연결 문자열은 거부됩니다.
azure-preflight-network-open = 공용 네트워크 액세스가 켜져 있고, 기본으로 거부하는 방화벽 규칙이 없습니다.
azure-preflight-network-disabled = 공용 네트워크 액세스가 꺼져 있습니다. Braze가 계정에 접근할 수 없습니다.
azure-preflight-network-firewall = 계정 방화벽이 기본으로 거부합니다. Braze는 Azure용 고정 IP 주소를 공개하지 않으므로 쓰기가 거부될 수 있습니다.
azure-preflight-container-ok = 컨테이너 { $container }이(가) 있습니다.
azure-preflight-container-missing = { $account }에 컨테이너 { $container }이(가) 없습니다.
azure-preflight-container-denied = 본인의 로그인으로는 컨테이너 { $container }을(를) 읽을 수 없습니다(Storage Blob Data Reader 같은 데이터 역할이 필요합니다). 점검하지 않았습니다. Braze의 액세스에 대해서는 알 수 없습니다.
azure-preflight-tenant-ok = 구독의 테넌트는 입력한 테넌트 ID인 { $tenant }입니다.
azure-preflight-tenant-differs = 구독의 테넌트는 { $found }이며, 입력한 테넌트 ID인 { $typed }이(가) 아닙니다.
azure-preflight-app-ok = 앱 등록 { $client }이(가) 있습니다.
azure-preflight-app-missing = 클라이언트 ID { $client }인 앱 등록이 없습니다.
azure-preflight-sp-ok = 앱 { $client }에 서비스 주체가 있습니다.
azure-preflight-sp-missing = 앱 { $client }에 서비스 주체가 없어 역할을 할당할 수 없습니다.
azure-preflight-certificate-none = 앱에 인증서가 없습니다.
azure-preflight-certificate-expired = 앱의 최신 인증서가 { $date }에 만료되었습니다. Braze가 로그인할 수 없습니다.
azure-preflight-certificate-soon = 앱의 최신 인증서가 { $date }에 만료됩니다({ $days }일 남음). 지금 갱신하세요.
azure-preflight-certificate-ok = 앱의 최신 인증서가 { $date }에 만료됩니다({ $days }일 남음).
azure-preflight-role-ok = 앱에 스토리지 계정 범위의 { $role }이(가) 있습니다.
azure-preflight-role-broad = 앱이 쓸 수는 있지만, 스토리지 계정의 { $role }보다 넓은 할당을 통해서입니다.
azure-preflight-role-missing = 앱에 스토리지 계정에 대한 { $role }이(가) 없습니다.
azure-preflight-role-container = 앱의 { $role }은(는) 컨테이너에만 있습니다. Braze는 스토리지 계정 범위를 요구합니다.
azure-preflight-fix-create = 만드세요. Azure CLI 스크립트가 합니다.
azure-preflight-fix-new-account = Braze용 범용 v2 스토리지 계정을 만드세요. Azure CLI 스크립트가 합니다.
azure-preflight-fix-connection-string = 연결 문자열 방식을 쓰세요. Braze가 공용 Azure 클라우드로 제한하는 것은 인증서 방식뿐입니다.
azure-preflight-fix-shared-key = 공유 키 액세스를 허용하거나(스토리지 계정 > **Configuration**), Currents에는 인증서 방식을 쓰세요.
azure-preflight-fix-network = 계정에 대한 공용 네트워크 액세스를 허용하세요. Braze는 허용할 IP 주소를 공개하지 않습니다. Braze Azure 페이지는 스토리지 계정 자체의 네트워크 설정(방화벽 규칙, 프라이빗 엔드포인트)을 확인하도록 안내합니다.
azure-preflight-fix-tenant = 앱 테넌트의 **Directory (tenant) ID**를 입력하거나, 그 테넌트에 로그인한 상태로 스크립트를 실행하세요.
azure-preflight-fix-certificate = 새 인증서를 만들어 `--append`로 추가한 다음 Braze를 업데이트하세요. 방법은 업데이트 절차에 있습니다.

## 자격 증명: 만료와 업데이트

azure-expiry-connection-string = 자격 증명이 작동하지 않으면 커넥터가 이벤트 전송을 멈춥니다. 그 상태가 { $hours }시간을 넘게 이어지면 그 이벤트는 삭제되고 데이터는 영구적으로 손실됩니다(Braze Azure 페이지).
azure-expiry-certificate = 인증서가 만료되면 유효한 인증서가 제공될 때까지 커넥터가 이벤트 전송을 멈추며, 중단이 길어지면 데이터가 손실될 수 있습니다(Braze Azure 페이지에는 기간이 나와 있지 않습니다).
azure-update-keys-title = 중단 없이 액세스 키 교체하기
azure-update-keys-regenerate-unused = 스토리지 계정의 **Access Keys**에서 Braze가 쓰지 않는 키를 다시 생성합니다(Azure는 이를 위해 키를 두 개 둡니다).
azure-update-keys-update-braze = 그 키의 연결 문자열을 Braze에 복사합니다. **Edit Current** > **Credentials** > **Update Current**, 내보내기는 기술 파트너의 **Microsoft Azure**입니다.
azure-update-keys-test = Braze가 받아들이는지 확인하고(Braze는 Current의 자격 증명을 업데이트할 때 검증합니다), 파일이 계속 컨테이너에 도착하는지도 확인합니다.
azure-update-keys-regenerate-old = 그런 다음 Braze가 전에 쓰던 다른 키를 다시 생성합니다.
azure-update-certificate-title = 만료 전에 인증서 갱신하기
azure-update-certificate-new = 인증서 명령으로 새 인증서를 만듭니다.
azure-update-certificate-append = 현재 인증서를 유지한 채 앱에 추가합니다(`--append`).
azure-update-certificate-update-braze = Braze에서 **Edit Current** > **Credentials**를 열고 새 `braze-currents.pem`을 지정한 다음 **Update Current**를 선택합니다.
azure-update-certificate-remove-old = Braze가 새 인증서로 작동하면 이전 인증서를 앱에서 삭제합니다.
azure-update-switch-title = 인증 방법 바꾸기
azure-update-switch-azure-side = 먼저 다른 방법의 Azure 쪽 단계(위)를 마칩니다.
azure-update-switch-braze = Braze의 **Currents**에서 Azure Blob 커넥터의 **Edit Current** > **Credentials**를 열고, 방법을 선택해 값을 입력한 다음 **Update Current**를 선택합니다.

## 화면에 보이는 레이블

azure-label-create-storage-account = **Storage Accounts** > **+ Add** > **Review + create**
azure-label-access-keys = **Access Keys**
azure-label-blobs = **Blob Service** > **Blobs**
azure-label-create-current = **Currents** > **+ Create Current** > **Azure Blob Data Export**
azure-label-export-partner = **파트너 통합** > **기술 파트너** > **Microsoft Azure**
azure-label-default-destination = **Make this the default data export destination**
azure-label-new-registration = **Microsoft Entra ID** > **App registrations** > **+ New registration**, 그다음 **Register**
azure-label-app-ids = **Overview**: **Application (client) ID**와 **Directory (tenant) ID**
azure-label-upload-certificate = **Certificates & secrets** > **Certificates** > **Upload certificate**, 그다음 **Add**
azure-label-add-role-assignment = **Access Control (IAM)(액세스 제어(IAM))** > **+ Add** > **Add role assignment(역할 할당 추가)**
azure-label-role-assignment-tabs = **Role**: **Storage Blob Data Contributor**, **Members**: **User, group, or service principal**, **+ Select members**, **Review + assign**
azure-label-endpoints = **Settings** > **Endpoints**: **Blob service**
azure-label-certificate-fields = **Credentials**: **Certificate Service Principal**, **Tenant ID**, **Client ID**, **Account Endpoint**, **Certificate**, **Container Name**, **Prefix**
azure-label-update-current = **Edit Current** > **Credentials** > **Update Current**

## 가이드(공급자 엔진: src/core/providers/guide.rs). 클릭할 곳은 각 단계 아래에 위의 레이블
## (azure-label-*)로 표시합니다.

provider-azure-auth-connection-string-hint = 스토리지 계정의 연결 문자열로, Braze에만 입력합니다. Currents, 데이터 내보내기, 메시지 보관에 사용합니다.
provider-azure-auth-certificate-hint = 등록한 앱의 서비스 주체가 계정 키 없이 인증서로 로그인합니다. Braze Currents 전용.
provider-azure-step-storage = 스토리지 계정과 컨테이너 만들기
provider-azure-step-storage-body = Azure 포털에서 Braze 데이터용 스토리지 계정을 만들고(Braze는 새 계정을 권장합니다) 그 안에 컨테이너를 만듭니다. 또는 아래 스크립트를 실행하거나 Terraform을 적용합니다.
provider-azure-step-connection-string = 연결 문자열 복사하기
provider-azure-step-connection-string-body = 스토리지 계정의 액세스 키에서 두 키 중 하나의 연결 문자열을 복사합니다. Braze는 키가 아니라 연결 문자열을 사용합니다. 연결 문자열은 Braze에만 입력하고 여기에는 절대 붙여 넣지 마세요.
provider-azure-step-app = Braze용 앱 등록하기
provider-azure-step-app-body = 앱(예: `braze-currents`)을 등록하고 애플리케이션(클라이언트) ID와 디렉터리(테넌트) ID를 적어 둡니다. 위 양식에 입력하면 확인할 수 있습니다.
provider-azure-step-certificate = 인증서를 만들어 업로드하기
provider-azure-step-certificate-body = 아래 명령으로 인증서와 비공개 키를 만들고, 인증서(비공개 키는 절대 아님)를 앱에 업로드한 다음 만료 날짜를 적어 둡니다.
provider-azure-step-role = 스토리지 계정에서 Storage Blob Data Contributor 부여하기
provider-azure-step-role-body = 컨테이너가 아니라 스토리지 계정에서 앱에 **Storage Blob Data Contributor** 역할을 할당합니다. 이 역할이 없으면 Braze는 로그인은 하지만 쓸 수 없습니다. 위 스크립트가 이미 할당합니다.
provider-azure-step-endpoint = 계정 엔드포인트 적어 두기
provider-azure-step-endpoint-body = Braze는 스토리지 계정의 Blob service 엔드포인트를 요청합니다: { $endpoint }
provider-azure-placeholder-endpoint = https://스토리지-계정.blob.core.windows.net
provider-azure-step-currents-connection-string = Braze에서 통합 이름과 연락처 이메일로 Current를 만든 다음 연결 문자열, 컨테이너 이름, BlobStorage 접두사(선택 사항)를 입력합니다. 마지막으로 내보낼 이벤트를 선택하고 **Launch Current**를 선택합니다.
provider-azure-step-currents-certificate = Braze에서 통합 이름과 연락처 이메일로 Current를 만들고 인증서 서비스 주체를 선택한 다음 테넌트 ID, 클라이언트 ID, 계정 엔드포인트, 결합된 PEM 파일(인증서와 비공개 키, Braze에만 업로드), 컨테이너 이름, 접두사(선택 사항)를 입력합니다. 저장하면 Braze가 이 값을 검증합니다. 그런 다음 내보낼 이벤트를 선택하고 **Launch Current**를 선택합니다.
provider-azure-step-export-body = Braze의 기술 파트너에서 Microsoft Azure를 열고 연결 문자열, Azure 스토리지 컨테이너 이름, Azure 스토리지 접두사를 입력한 다음 **Make this the default data export destination**이 선택되어 있는지 확인하고(그러면 내보내기가 Azure로 전송됩니다) 저장합니다.
provider-azure-snippet-preflight-script = 읽기 전용 사전 점검 스크립트(Azure CLI)
provider-azure-checker-intro = 이미 앱이 있나요? `az role assignment list --all --assignee CLIENT_ID`의 출력(JSON)을 붙여 넣으면 스토리지 계정에서 Storage Blob Data Contributor가 있는지, 빠진 것과 너무 넓은 것을 확인할 수 있습니다. 내용은 브라우저 밖으로 나가지 않습니다.
provider-azure-checker-needs-values = 먼저 위 양식에 올바른 스토리지 계정 이름과 앱의 클라이언트 ID를 입력하세요. 앱 자체의 할당만 인정됩니다.
