# Google Cloud Storage: 필드, 입력 규칙, 생성 파일, 검사기, 사전 점검, Braze 오류, 키 교체
# (src/core/providers/gcs/). 사실과 출처: docs/facts.md "Google Cloud Storage".
# 마크업: 버튼이나 메뉴는 **레이블**, 코드는 `리터럴`.
#
# 레이블: Braze의 한국어 "Google Cloud Storage" 페이지(braze-docs
# _lang/ko/_partners/data_and_analytics/cloud_storage/google_cloud_storage_for_currents.md)는 Google Cloud
# 콘솔(**IAM & admin**, **Roles**, **+ Create Role**, **+Add Permissions**, **Service Accounts**,
# **Create Service Account**, **Create Key**, **JSON**), 버튼 **Test Credentials**, 페이지 **Google Cloud Storage**,
# 필드 **GCS JSON Credentials**를 영어로 쓰고, 내보내기 탐색 경로는 **기술 파트너** > **Google Cloud Storage**로
# 번역합니다. Braze 대시보드 레이블은 이 페이지처럼 씁니다. Google Cloud 콘솔 레이블은 Braze 페이지처럼 영어로 쓰고,
# Google Cloud 한국어 문서(docs/facts.md "Google Cloud console (ko)")에서 확인한 표기만 괄호 안에 함께 씁니다:
# 서비스 계정. 나머지(IAM & admin, Roles, + Create Role, +Add Permissions, Create Service Account, Buckets)는 영어로 둡니다.
# **Create Key**는 Braze 페이지의 이전 버튼이고 현재 콘솔에서는 [키] 탭의 작업이므로 영어로 둡니다.
# 본문 용어: 서비스 계정, 비공개 키, 통합 이름(Braze 한국어 페이지). docs/glossary/ko.md.

-gcs-json-credentials = GCS JSON Credentials
-gcs-technology-partners = 기술 파트너
-gcs-page = Google Cloud Storage
-gcs-test-credentials = Test Credentials
-gcs-create-key = Create Key
-gcs-json = JSON
-gcs-iam-admin = IAM & admin
-gcs-service-accounts = Service Accounts(서비스 계정)

## 필드

gcs-field-bucket = GCS 버킷 이름
gcs-field-project-id = Google Cloud 프로젝트 ID
gcs-field-role-id = 커스텀 역할 ID
gcs-field-service-account = 서비스 계정 ID
gcs-field-prefix = GCS 접두사(선택 사항)
gcs-field-hierarchical-namespace = 버킷이 계층적 네임스페이스를 사용함

gcs-placeholder-bucket = 버킷-이름
gcs-placeholder-project-id = 프로젝트-ID
gcs-placeholder-role-id = 역할_ID
gcs-placeholder-service-account = 서비스-계정@프로젝트-ID.iam.gserviceaccount.com

## 입력 규칙(Google의 이름 지정 규칙)

gcs-rule-required = 값을 입력하세요.
gcs-rule-bucket-length = 버킷 이름은 { $min }~{ $max }자입니다. 이 이름은 { $len }자입니다.
gcs-rule-bucket-part = 이름에서 점 사이의 각 부분은 1~{ $max }자입니다. { $len }자인 부분이 있습니다.
gcs-rule-bucket-uppercase = 버킷 이름에는 소문자만 쓸 수 있습니다.
gcs-rule-bucket-characters = 버킷 이름에는 소문자, 숫자, `-`, `_`, `.`만 쓸 수 있습니다. 다음을 지우세요: { $found }
gcs-rule-bucket-edge = 버킷 이름은 문자나 숫자로 시작하고 끝납니다.
gcs-rule-bucket-ip-address = 버킷 이름은 IP 주소(점으로 구분된 네 개의 숫자 그룹)처럼 보일 수 없습니다.
gcs-rule-bucket-goog-prefix = 버킷 이름은 `goog`로 시작할 수 없습니다.
gcs-rule-bucket-google = 버킷 이름에는 `google`이나 `g00gle` 같은 비슷한 철자를 넣을 수 없습니다.
gcs-rule-bucket-dots = 점이 있는 이름도 작동하지만, Google이 먼저 그 이름이 가리키는 도메인을 소유하고 있는지 확인합니다. 점이 없는 이름이면 이 단계가 필요 없습니다.
gcs-rule-project-length = 프로젝트 ID는 { $min }~{ $max }자입니다. 이 ID는 { $len }자입니다.
gcs-rule-project-characters = 프로젝트 ID에는 소문자, 숫자, 하이픈만 쓸 수 있습니다. 다음을 지우세요: { $found }
gcs-rule-project-start = 프로젝트 ID는 소문자로 시작합니다.
gcs-rule-project-trailing-hyphen = 프로젝트 ID는 하이픈으로 끝날 수 없습니다.
gcs-rule-project-restricted = 프로젝트 ID에는 `{ $word }`를 넣을 수 없습니다.
gcs-rule-role-id-length = 역할 ID는 { $min }~{ $max }자입니다. 이 ID는 { $len }자입니다.
gcs-rule-role-id-hyphen = 역할 ID에는 `-`를 쓸 수 없습니다. 대신 `_`나 `.`를 쓰세요.
gcs-rule-role-id-characters = 역할 ID에는 문자, 숫자, `_`, `.`만 쓸 수 있습니다. 다음을 지우세요: { $found }
gcs-rule-service-account-length = 서비스 계정 ID는 { $min }~{ $max }자입니다. 이 ID는 { $len }자입니다.
gcs-rule-service-account-characters = 서비스 계정 ID에는 소문자, 숫자, 하이픈만 쓸 수 있습니다. 다음을 지우세요: { $found }
gcs-rule-service-account-start = 서비스 계정 ID는 소문자로 시작합니다.
gcs-rule-service-account-end = 서비스 계정 ID는 문자나 숫자로 끝납니다.
gcs-rule-prefix-too-long = 객체 이름은 UTF-8로 최대 { $max }바이트이고, Braze는 접두사 뒤에 자체 경로를 덧붙입니다. 이 접두사는 { $bytes }바이트입니다.
gcs-rule-prefix-line-break = 접두사에는 줄바꿈을 넣을 수 없습니다.
gcs-rule-prefix-dots = 접두사는 `.`이나 `..`일 수 없습니다.
gcs-rule-prefix-acme-challenge = 접두사는 `.well-known/acme-challenge/`로 시작할 수 없습니다.
gcs-rule-prefix-invisible = 이 접두사에는 제어 문자나 보이지 않는 문자가 있습니다. 그 문자를 빼고 다시 입력하세요.
gcs-rule-prefix-avoided = Google은 객체 이름에 이 문자들을 쓰지 않도록 강력히 권장합니다(gcloud CLI는 `[`, `]`, `*`, `?`를 와일드카드로 읽고, `#`과 숫자로 끝나는 이름을 객체의 버전으로 읽습니다): { $found }
gcs-rule-hns-choice = 버킷이 계층적 네임스페이스를 사용하는지 선택하세요: `on` 또는 `off`.

## 비밀 정보

gcs-secret-refused = { $kind ->
        [key-file] 이것은 서비스 계정의 JSON 키로, 비밀 정보입니다.
       *[private-key] 이것은 비공개 키로, 비밀 정보입니다.
    } 이것을 둘 곳은 Braze뿐입니다. 키 파일을 **{ -gcs-json-credentials }**에 업로드하거나(Currents), **{ -gcs-technology-partners }** > **{ -gcs-page }**에서 GCS 자격 증명으로 입력하세요(내보내기). 이 페이지는 아무것도 저장하지 않았습니다. 여기서 지우세요.

## 생성 파일

gcs-snippet-role = 커스텀 역할(`gcloud iam roles create`용 YAML)
gcs-snippet-cli-script = gcloud 명령: 역할, 서비스 계정, 버킷 바인딩
gcs-snippet-terraform = Terraform: 역할, 서비스 계정, 버킷 바인딩
gcs-snippet-preflight-script = 읽기 전용 사전 점검 스크립트(gcloud)

gcs-note-role-command = `{ $file }`(으)로 저장한 다음, 다음 명령으로 역할을 만드세요: `gcloud iam roles create { $role } --project={ $project } --file={ $file }`
gcs-note-cli-bucket-scope = Braze 페이지는 서비스 계정을 만드는 중에 역할을 부여하게 하지만 어느 수준에서 부여하는지는 말하지 않습니다. 이 스크립트는 버킷에만 부여합니다. Braze에 필요한 최소한입니다.
gcs-note-cli-propagation = Google에서 새 서비스 계정을 사용할 수 있게 되기까지 60초 이상 걸릴 수 있습니다. 스크립트는 약 1분 동안 바인딩을 다시 시도합니다.
gcs-note-no-key-created = 여기서는 키를 만들지 않습니다. Google Cloud 콘솔(**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**)에서 JSON 키를 만들어 Braze에 업로드하세요. 이 페이지에는 절대 붙여 넣지 마세요.
gcs-note-terraform-no-key = `google_service_account_key` 리소스는 일부러 넣지 않았습니다. Terraform이 비공개 키를 상태 파일에 보관하게 되기 때문입니다.
gcs-note-terraform-propagation = 새 서비스 계정이 아직 보이지 않아 `terraform apply`가 바인딩에서 멈추면 1분 뒤에 다시 실행하세요.
gcs-note-hns-permission = 버킷이 계층적 네임스페이스를 사용하므로 역할에 `storage.folders.create`도 들어 있습니다. 이 권한이 없으면 Braze가 그곳에 쓸 수 없습니다.

## 검사기

gcs-checker-empty = 역할(`gcloud iam roles describe`, YAML 또는 JSON)이나 버킷 정책(`gcloud storage buckets get-iam-policy gs://BUCKET --format=json`)을 붙여 넣으세요.
gcs-checker-too-large = 이 텍스트는 { $kib }KiB보다 커서 이 페이지가 읽을 수 있는 크기를 넘습니다. 역할이나 버킷 정책만 붙여 넣으세요.
gcs-checker-not-role = 역할도 버킷 정책도 아닙니다. `gcloud iam roles describe` 또는 `gcloud storage buckets get-iam-policy --format=json`이 출력한 내용을 붙여 넣으세요.
gcs-checker-not-readable = { $line }번째 줄은 gcloud가 역할에 대해 출력하는 내용이 아닙니다. 출력된 그대로 붙여 넣으세요.
gcs-checker-policy-yaml = YAML 형식의 정책입니다. `--format=json`으로 출력해서 붙여 넣으세요.
gcs-checker-this-role = 이 역할
gcs-checker-role-sufficient = { $role }은(는) Braze에 필요한 모든 권한을 줍니다.
gcs-checker-role-insufficient = { $role }은(는) Braze에 필요한 것을 주지 않습니다.
gcs-checker-missing = 누락: { $permissions }.
gcs-checker-delete-optional = `{ $permission }`(선택 사항)이 없으면 연결이 일찍 끊겨 불완전하게 남은 파일을 Braze가 정리할 수 없습니다.
gcs-checker-too-broad = { $kind ->
        [escalation] 이 권한이 있으면 누가 무엇을 할 수 있는지 바꾸거나 IAM 또는 자격 증명을 다룰 수 있습니다: { $permissions }.
        [wildcard] 이 와일드카드는 Braze에 필요한 것보다 넓습니다: { $permissions }.
        [bucket-admin] 이 권한은 버킷을 만들거나 바꾸거나 삭제합니다: { $permissions }.
        [other-service] 이 권한은 Cloud Storage가 아닌 다른 서비스의 권한입니다: { $permissions }.
       *[extra] Braze에는 이 권한이 필요 없습니다: { $permissions }.
    }
gcs-checker-other-project = 이 커스텀 역할은 { $expected }이(가) 아니라 { $found } 프로젝트에 속합니다. 자기 프로젝트 안에서만 부여할 수 있습니다.
gcs-checker-disabled = 역할의 출시 단계가 `DISABLED`입니다. 부여된 곳에서 아무 권한도 주지 않습니다.
gcs-checker-deleted = 역할이 삭제되었습니다. 바인딩은 남아 있지만 효과가 없습니다.
gcs-checker-deprecated = 역할의 출시 단계가 `DEPRECATED`입니다. 아직 작동하지만 교체를 계획하세요.
gcs-checker-bound = { $account }은(는) 이 버킷에 { $role }(으)로 바인딩되어 있습니다.
gcs-checker-bound-conditional = { $account }은(는) 이 버킷에서 조건부로만 { $role }을(를) 가집니다. 이 페이지는 조건을 평가할 수 없습니다.
gcs-checker-bound-other-roles = { $account }은(는) 이 버킷에 { $roles }(으)로 바인딩되어 있습니다. 권한을 확인하려면 해당 역할(`gcloud iam roles describe`)을 붙여 넣으세요.
gcs-checker-not-bound = { $account }은(는) 이 버킷에 바인딩되어 있지 않습니다. 프로젝트에 부여한 역할도 버킷에 미치지만 Braze에 필요한 것보다 많이 줍니다. 역할을 버킷에 바인딩하세요.
gcs-checker-deleted-member = 한 바인딩이 { $account }을(를) 삭제된 서비스 계정으로 가리킵니다. 같은 이름으로 다시 만든 계정에는 적용되지 않습니다.
gcs-checker-public = 이 버킷에 `allUsers` 또는 `allAuthenticatedUsers`가 바인딩되어 있습니다({ $roles }). Braze가 이곳에 쓰는 내용을 누구나 다룰 수 있습니다.

## 사전 점검

gcs-preflight-intro = gs://{ $bucket }와 { $account }의 읽기 전용 점검입니다. Cloud Shell이나 gcloud CLI가 프로젝트에 로그인된 곳에서 실행하세요. 버킷, 역할, 서비스 계정, 정책, 키의 날짜를 읽습니다. 아무것도 만들거나 바꾸거나 삭제하지 않으며 키를 출력하지 않습니다.
gcs-preflight-other-values = 이 보고서는 { $field ->
        [bucket] 버킷
        [project] 프로젝트
        [role] 역할
       *[service-account] 서비스 계정
    } { $reported }에 대한 것이지만, 입력한 값은 { $configured }입니다. 현재 값에 맞는 스크립트를 복사해 다시 실행하세요.
gcs-preflight-unknown-absent = 보고서에 `gcloud { $call }`의 응답이 없습니다. 이 항목은 점검하지 않았습니다.
gcs-preflight-unknown-denied = 스크립트를 실행한 계정은 `gcloud { $call }`을(를) 실행할 수 없습니다. 이 항목은 점검하지 않았습니다.
gcs-preflight-unknown-error = `gcloud { $call }`이(가) 실패했습니다({ $error }). 이 항목은 점검하지 않았습니다.
gcs-preflight-unknown-no-bucket = 점검하지 않음: 버킷 { $bucket }이(가) 없습니다.
gcs-preflight-bucket-exists = 버킷 { $bucket }이(가) 있습니다(위치 { $location }, { $kind }).
gcs-preflight-bucket-missing = 버킷 { $bucket }이(가) 없습니다.
gcs-preflight-bucket-missing-fix = Google Cloud 콘솔(**Cloud Storage** > **Buckets**)에서 만들거나 이름을 고치세요.
gcs-preflight-bucket-denied = 스크립트를 실행한 계정은 버킷 { $bucket }을(를) 읽을 수 없습니다. 다른 프로젝트의 버킷일 수 있습니다. 점검하지 않았습니다.
gcs-preflight-hns-on = 선택한 대로 버킷이 계층적 네임스페이스를 사용합니다.
gcs-preflight-hns-off = 선택한 대로 버킷이 계층적 네임스페이스를 사용하지 않습니다.
gcs-preflight-hns-unexpected = 버킷 { $bucket }은(는) 계층적 네임스페이스를 사용합니다. Braze에는 그곳에서 `storage.folders.create`도 필요합니다.
gcs-preflight-hns-fix-on = 위에서 계층적 네임스페이스를 선택한 다음, 새 스크립트로 역할을 업데이트하세요.
gcs-preflight-hns-not-used = 버킷 { $bucket }은(는) 계층적 네임스페이스를 사용하지 않습니다. `storage.folders.create`는 필요 없습니다.
gcs-preflight-hns-fix-off = 위에서 계층적 네임스페이스를 끄세요.
gcs-preflight-role-pass = 역할 { $role }에는 Braze에 필요한 것이 있고, 그 이상은 없습니다.
gcs-preflight-role-absent = 역할 { $role }이(가) 없습니다.
gcs-preflight-role-absent-covered = 역할 { $role }은(는) 없지만, 서비스 계정은 Braze에 필요한 것을 다른 역할에서 얻습니다.
gcs-preflight-role-fix = 이 페이지의 gcloud 명령으로 역할을 만들거나 업데이트하세요.
gcs-preflight-account-pass = 서비스 계정 { $account }이(가) 있고 사용 설정되어 있습니다.
gcs-preflight-account-disabled = 서비스 계정 { $account }이(가) 사용 중지되어 있습니다. Braze가 그 키로 로그인할 수 없습니다.
gcs-preflight-account-enable-fix = **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**에서 사용 설정하세요.
gcs-preflight-account-missing = 서비스 계정 { $account }을(를) 찾지 못했습니다. (Google은 존재하지 않는 계정에도, 읽을 권한이 없는 계정에도 "permission denied"로 답합니다.)
gcs-preflight-account-fix = 서비스 계정 ID와 프로젝트를 확인하거나, 이 페이지의 gcloud 명령으로 계정을 만드세요.
gcs-preflight-permissions-pass = { $delete ->
        [yes] 서비스 계정은 버킷에서 Braze에 필요한 모든 권한을 가지고 있습니다.
       *[no] 서비스 계정은 버킷에서 Braze에 필요한 모든 권한을 가지고 있습니다. `storage.objects.delete`(선택 사항)가 없으면 Braze가 불완전하게 남은 파일을 정리할 수 없습니다.
    }
gcs-preflight-permissions-missing = 서비스 계정은 버킷에서 { $permissions } 권한이 없습니다(버킷이나 프로젝트를 통한 부여를 확인했으며, 폴더나 조직에서의 부여는 읽지 않습니다).
gcs-preflight-permissions-unknown = 지금까지 서비스 계정에는 { $permissions } 권한이 없지만, 읽지 못한 정책이나 역할이 있습니다. 결론이 나지 않았습니다.
gcs-preflight-permissions-conditional = 조건부 바인딩이 적용되지 않는 한 서비스 계정에는 { $permissions } 권한이 없습니다. 사전 점검은 조건을 평가할 수 없습니다.
gcs-preflight-permissions-fix = 이 페이지의 gcloud 명령으로 역할을 버킷에 바인딩하세요.
gcs-preflight-scope-bucket = 서비스 계정은 버킷에만 바인딩되어 있습니다({ $roles }). 필요한 최소한입니다.
gcs-preflight-scope-project = 서비스 계정이 프로젝트 전체에 바인딩되어 있습니다({ $roles }). 그 프로젝트의 모든 버킷에 미칩니다.
gcs-preflight-scope-fix = 가이드의 역할을 버킷에 바인딩한 다음, 더 넓은 부여를 삭제하세요.
gcs-preflight-scope-none = 서비스 계정이 버킷에도 프로젝트에도 바인딩되어 있지 않습니다.
gcs-preflight-extra = { $escalation ->
        [yes] 서비스 계정의 역할이 Braze에 필요한 것보다 많이 주며, 누가 무엇을 할 수 있는지 바꾸는 권한까지 포함합니다: { $permissions }.
       *[no] 서비스 계정의 역할이 Braze에 필요한 것보다 많이 줍니다: { $permissions }.
    }
gcs-preflight-extra-none = 서비스 계정의 역할은 Braze에 필요한 것 이상을 주지 않습니다.
gcs-preflight-public = 누구나 버킷을 다룰 수 있습니다. `allUsers` 또는 `allAuthenticatedUsers`가 바인딩되어 있습니다({ $roles }). Braze의 내보내기에는 사용자 데이터가 들어 있습니다.
gcs-preflight-public-none = 버킷은 `allUsers`에도 `allAuthenticatedUsers`에도 공개되어 있지 않습니다.
gcs-preflight-deny-none = 프로젝트에 IAM 거부 정책이 없습니다(폴더와 조직의 정책은 읽지 않습니다).
gcs-preflight-deny-some = 프로젝트에 IAM 거부 정책이 { $count }개 있습니다({ $policies }). 거부 규칙은 어떤 부여보다도 우선합니다. 위의 권한을 서비스 계정에 거부하는 정책이 없는지 확인하세요.
gcs-preflight-key-none = 서비스 계정에 키가 없습니다. Braze는 JSON 키로 로그인합니다.
gcs-preflight-key-unusable = 서비스 계정의 키 { $count }개 중 지금 로그인할 수 있는 키가 없습니다. 모두 사용 중지되었거나 유효 기간 밖입니다.
gcs-preflight-key-fix = JSON 키를 만들어(**{ -gcs-create-key }**, **{ -gcs-json }**) Braze의 **{ -gcs-json-credentials }**에 업로드하세요.
gcs-preflight-key-expiring = 서비스 계정의 마지막 유효한 키가 { $days }일 뒤에 작동을 멈춥니다. 자격 증명이 만료되면 커넥터가 멈추고, { $window }일(Braze의 현재 페이지 기준, 이전 버전은 { $hours }시간)이 지나면 이벤트가 영구적으로 삭제됩니다.
gcs-preflight-key-old = 가장 최근의 유효한 키가 만든 지 { $days }일 되었습니다. Google은 적어도 { $limit }일마다 키를 교체하도록 권장합니다.
gcs-preflight-key-rotate-fix = 교체하세요: 새 키를 만들고, Braze를 업데이트해 테스트한 다음, 이전 키는 마지막에 삭제합니다.
gcs-preflight-key-pass = 서비스 계정에 유효한 키가 { $count }개 있습니다(Braze에 업로드한 키가 그중 하나여야 합니다).

## Braze 오류

gcs-error-unknown = Braze의 Google Cloud Storage 오류가 아닙니다. Braze에 표시된 메시지를 그대로 붙여 넣으세요.
gcs-error-meaning = Braze가 이 자격 증명으로 버킷을 사용하지 못했습니다. JSON 키, 버킷 이름, 접두사 중 하나가 잘못되었거나 서비스 계정에 권한이 없습니다.
gcs-error-check-permissions = { $account }이(가) { $bucket }에서 { $permissions } 권한을 가지고 있는지 확인하세요(이 페이지의 검사기와 사전 점검이 보여 줍니다).
gcs-error-check-values = Braze의 버킷 이름이 정확히 { $bucket }인지, 접두사가 유효한지 확인하세요.
gcs-error-check-key = 업로드한 키가 그 서비스 계정의 JSON 키이며 사용 설정되어 있는지 확인하세요.
gcs-error-test = 그런 다음 Braze의 **{ -gcs-page }** 페이지에서 **{ -gcs-test-credentials }**를 선택하세요.

## 키 교체

gcs-rotate-create-key = { $account }의 새 JSON 키를 만드세요(**{ -gcs-iam-admin }** > **{ -gcs-service-accounts }**, **{ -gcs-create-key }**, **{ -gcs-json }**). 그동안 이전 키는 계속 작동합니다.
gcs-rotate-update-currents = Braze에서 Google Cloud Storage Current를 열고 새 키를 **{ -gcs-json-credentials }**에 업로드하세요.
gcs-rotate-update-export = Braze에서 **{ -gcs-technology-partners }** > **{ -gcs-page }**(으)로 이동해 새 키를 GCS 자격 증명으로 입력하세요.
gcs-rotate-test = Braze의 **{ -gcs-page }** 페이지에서 **{ -gcs-test-credentials }**를 선택한 다음 Braze의 파일이 계속 버킷에 도착하는지 확인하세요.
gcs-rotate-delete-old = 그런 다음에야 Google Cloud 콘솔에서 이전 키를 삭제하세요.
gcs-rotate-expiry = 키를 최신 상태로 유지하세요. 자격 증명이 만료되면 커넥터가 멈추고, { $days }일(Braze의 현재 페이지 기준, 이전 버전은 { $hours }시간)이 지나면 이벤트가 영구적으로 삭제됩니다.

## 가이드(공급자 엔진: src/core/providers/guide.rs)

provider-gcs-auth = 서비스 계정 JSON 키
provider-gcs-auth-hint = Braze 페이지가 Google Cloud Storage에 제시하는 방법입니다. Currents에서는 이 방법뿐이며 Workload Identity Federation은 지원되지 않습니다.
provider-gcs-step-role = 커스텀 역할 만들기
provider-gcs-step-role-body = Google Cloud 콘솔에서 **{ -gcs-iam-admin }** > **Roles** > **+ Create Role**로 이동하여 역할 이름을 지정하고 **+Add Permissions**를 선택해 아래 파일의 권한을 추가한 다음 **Create**를 선택합니다. 또는 아래 명령으로 그 파일에서 역할을 만듭니다.
provider-gcs-step-service-account = 서비스 계정을 만들고 버킷에서 역할 부여하기
provider-gcs-step-service-account-body = **{ -gcs-iam-admin }** > **{ -gcs-service-accounts }** > **Create Service Account**로 이동하여 서비스 계정 이름을 지정합니다. 이어서 Braze 페이지는 커스텀 역할을 부여하게 하지만 어느 수준에서 부여하는지는 밝히지 않습니다. 아래 파일은 Braze에 필요한 최소한으로 버킷에만 부여합니다.
provider-gcs-step-key = 서비스 계정 JSON 키 만들기
provider-gcs-step-key-body = 서비스 계정에서 **{ -gcs-create-key }**를 사용하고 **{ -gcs-json }**을 선택합니다. 비공개 키가 컴퓨터에 다운로드됩니다. 이 키는 Braze에만 입력하고 여기에는 절대 붙여 넣지 마세요(이 페이지는 키를 거부하고 아무것도 보관하지 않습니다).
provider-gcs-step-currents-body = Braze에서 **Currents** > **+ Create Current** > **Google Cloud Storage Data Export**로 이동하여 통합 이름과 연락처 이메일을 입력하고, **{ -gcs-json-credentials }**에 JSON 키를 업로드한 다음 버킷 이름 { $bucket }과 GCS 접두사(선택 사항)를 입력합니다. 마지막으로 내보낼 이벤트를 선택하고 **Launch Current**를 선택합니다.
provider-gcs-step-export-body = Braze에서 **{ -gcs-technology-partners }** > **{ -gcs-page }**로 이동하여 GCS 자격 증명(JSON 키 전체)을 입력하고 **Make this the default data export destination**을 선택합니다. 권한을 확인하려면(선택 사항) 같은 페이지에서 **{ -gcs-test-credentials }**를 선택합니다.
provider-gcs-checker-intro = 이미 역할이나 버킷이 있나요? `gcloud iam roles describe ROLE_ID --project=PROJECT_ID`의 출력(YAML 또는 JSON)이나 `gcloud storage buckets get-iam-policy gs://BUCKET --format=json`의 출력을 붙여 넣으면 빠진 것, Braze에 필요한 것보다 넓은 것, 잘못된 위치에 있는 것을 확인할 수 있습니다. 내용은 브라우저 밖으로 나가지 않습니다.
provider-gcs-update-rotate = 서비스 계정 키 교체하기
