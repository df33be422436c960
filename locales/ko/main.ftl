# braze-s3-companion — 한국어
# 마크업: 버튼이나 메뉴는 **레이블**, 코드는 `리터럴`.
# 조사: 변수 바로 뒤에 조사를 붙이지 않습니다(값에 따라 은/는, 을/를이 달라지므로).
# 변수 앞이나 뒤에 명사(버킷, 정책, 값…)를 두거나 괄호 앞 명사에 조사를 붙입니다.

page-title = Amazon S3 — Braze 문서(도우미)

## 위젯 인터페이스

widget-title = Braze용 Amazon S3 설정 도우미
widget-intro = 통합과 인증 방법을 고르고 버킷 이름을 입력하세요. 아래 가이드가 선택한 구성에 맞춰 작성되며, 바로 붙여 넣을 수 있는 정책도 함께 제공됩니다. 모든 계산은 브라우저에서 이루어지며, 어떤 정보도 페이지 밖으로 전송되지 않습니다.
lang-label = 언어
lang-loading = { $language } 불러오는 중…
lang-failed = { $language }을(를) 불러오지 못했습니다. 안내는 이 언어로 계속 표시됩니다.
lang-retry = 다시 시도
section-loading = 안내의 이 부분을 불러오는 중…
section-failed = 안내의 이 부분을 불러오지 못했습니다. 연결을 확인한 후 다시 시도하세요.
setup-heading = 구성
integration-legend = 통합
integration-currents = Braze Currents
integration-currents-hint = 이벤트를 버킷으로 지속적으로 스트리밍합니다.
integration-dashboard-export = 대시보드 데이터 내보내기
integration-dashboard-export-hint = CSV 내보내기, 참여 보고서 등
integration-both = 둘 다(버킷 하나에서)
integration-both-hint = 통합마다 별도의 권한이 필요합니다.
auth-legend = 인증 방법
auth-secret-key = AWS 비밀 액세스 키
auth-secret-key-hint = IAM 사용자의 액세스 키를 Braze에 입력합니다.
auth-role-arn = AWS 역할 ARN
auth-role-arn-hint = Braze의 AWS 계정이 IAM 역할을 수임하며, 외부 ID로 보호됩니다.
values-legend = 입력값
names-legend = IAM 이름(선택 사항)
field-bucket = S3 버킷 이름
field-bucket-hint = 3~63자: 영문 소문자, 숫자, 마침표, 하이픈
field-account = Braze의 AWS 계정 ID
field-account-hint = 12자리 숫자로, 통합을 만드는 Braze 페이지에 표시됩니다.
field-external-id = 외부 ID
field-external-id-hint = Braze 페이지에서 계정 ID 옆에 표시됩니다.
field-folder = 폴더 경로(Currents)
field-folder-hint = 기본값: `currents`. 폴더가 없으면 Braze가 만듭니다.
field-sse = 서버 측 저장 시 AES-256 암호화(SSE-S3)
field-sse-hint = 기본값은 꺼짐입니다. 켜면 Braze가 `x-amz-server-side-encryption` 헤더를 보냅니다.
field-user-name = IAM 사용자 이름
field-role-name = IAM 역할 이름
field-policy-name = IAM 정책 이름
field-own-account = 내 AWS 계정 ID(선택 사항)
field-own-account-hint = Braze에 붙여 넣을 정확한 역할 ARN을 보여 주는 데 사용합니다.
field-default-hint = 비워 두면 “{ $default }” 값을 사용합니다.
guide-heading = 맞춤 가이드
step-number = { $number }단계
note-note = 참고
note-tip = 팁
note-important = 중요
note-warning = 경고
copy-button = 복사
copy-button-done = 복사됨
copy-button-label = 복사: { $title }
copy-done = 클립보드에 복사했습니다.
copy-manual = 자동 복사를 사용할 수 없습니다. 텍스트가 선택되어 있으니 Ctrl+C(Mac에서는 ⌘+C)를 누르세요.
copy-placeholder = 복사하지 않았습니다. 먼저 문서에 표시된 값을 입력하세요. 자리 표시자가 남아 있으면 AWS가 이 문서를 거부합니다.
download-button = 다운로드
download-button-label = 다운로드: { $title }
snippet-waiting = 다음 필드를 올바르게 입력하면 이 스니펫이 표시됩니다:
snippet-placeholder = 다음 값을 입력하기 전까지 문서에는 각 값이 들어갈 자리에 자리 표시자가 표시됩니다:
error-label = 오류:
warning-label = 경고:
widget-crashed = 위젯에 오류가 발생했습니다. 페이지를 새로 고치세요. 문제가 계속되면 Braze 문서의 안내를 따르세요.
storage-not-kept = 진행 상황이 저장되지 않습니다. 이 브라우저가 저장을 거부했습니다(저장 공간이 가득 찼거나 차단됨). 입력하고 체크한 내용은 페이지를 떠나거나 새로 고칠 때까지만 남습니다. 보관하려면 **이 구성의 링크 복사**(입력값) 또는 **Markdown으로 복사**(체크 표시)를 사용하세요.

## 가이드 본문에서 아직 입력되지 않은 값

placeholder-bucket = 버킷-이름
placeholder-folder = 폴더-경로
placeholder-account = Braze 계정 ID
placeholder-external-id = Braze 외부 ID
placeholder-user = 사용자-이름
placeholder-role = 역할-이름
placeholder-policy = 정책-이름
placeholder-connector = 커넥터-이름

## 스니펫

snippet-title-policy-currents = Braze Currents용 정책
snippet-title-policy-dashboard-export = 대시보드 데이터 내보내기용 정책
snippet-title-policy-combined = 두 통합을 모두 포함하는 단일 정책
snippet-title-trust-policy = 역할 신뢰 정책
snippet-title-role-arn = Braze에 붙여 넣을 역할 ARN
snippet-title-bucket-policy-sse = 버킷 정책: 암호화되지 않은 업로드 거부(선택 사항)
# 파일 이름은 모든 시스템에서 쓸 수 있도록 영어(ASCII)로 둡니다.
file-bucket-policy-sse = { $bucket }-sse-bucket-policy.json
file-policy-currents = { $bucket }-currents-policy.json
file-policy-dashboard-export = { $bucket }-dashboard-export-policy.json
file-policy-combined = { $bucket }-combined-policy.json
file-trust-policy = { $bucket }-trust-policy.json
file-role-arn = { $bucket }-role-arn.txt

## 입력 규칙

rule-required = 필수 입력 항목입니다.
rule-bucket-length = 이름은 { $min }~{ $max }자여야 합니다(현재 { $len }자).
rule-bucket-uppercase = 대문자는 사용할 수 없습니다. 이름을 소문자로 입력하세요.
rule-bucket-characters = 사용할 수 없는 문자: { $found }. 영문 소문자(a-z), 숫자, 마침표, 하이픈만 사용할 수 있습니다.
rule-bucket-edge = 이름은 영문 소문자나 숫자로 시작하고 끝나야 합니다.
rule-bucket-double-dot = 이름에 마침표를 두 개 연속(`..`)으로 쓸 수 없습니다.
rule-bucket-ip-address = 이름을 IP 주소 형식(예: `192.168.5.4`)으로 지정할 수 없습니다.
rule-bucket-reserved-prefix = 이름은 { $prefix } 접두사로 시작할 수 없습니다. AWS가 예약한 접두사입니다.
rule-bucket-reserved-suffix = 이름은 { $suffix } 접미사로 끝날 수 없습니다. AWS가 예약한 접미사입니다.
rule-bucket-dots = 사용할 수 있는 이름이지만, 마침표가 있으면 가상 호스팅 방식의 HTTPS 액세스와 S3 Transfer Acceleration을 사용할 수 없습니다. 가능하면 하이픈을 사용하세요.
rule-account-id = AWS 계정 ID는 공백이나 하이픈 없이 정확히 { $digits }자리 숫자입니다.
rule-external-id-length = 외부 ID는 { $min }~{ NUMBER($max) }자여야 합니다(현재 { $len }자).
rule-external-id-characters = 외부 ID에 사용할 수 없는 문자: { $found }. 영문자, 숫자, `+ = , . @ : / - _`만 사용할 수 있습니다.
rule-name-length = 이름은 1~{ $max }자여야 합니다(현재 { $len }자).
rule-name-characters = IAM 이름에 사용할 수 없는 문자: { $found }. 영문자, 숫자, `+ = , . @ - _`만 사용할 수 있습니다.
rule-role-path-length = 역할 경로는 슬래시를 포함해 최대 { $max }자입니다(현재 { $len }자).
rule-role-path-empty-segment = 역할 경로에 빈 세그먼트(`//`)가 있으면 안 됩니다.
rule-role-path-characters = 이 페이지가 역할 경로에 쓰지 않는 문자: { $found }. `/` 사이에는 영문자, 숫자, `+ = , . @ - _`만 사용하세요.
rule-folder-leading-slash = 경로는 `/` 문자로 시작할 수 없습니다.
rule-folder-empty-segment = 경로에 빈 세그먼트(`//` 또는 끝의 `/`)가 있으면 안 됩니다.
rule-folder-dot-dot = 경로에 `..` 세그먼트가 있으면 안 됩니다.
rule-folder-characters = 폴더 경로에 사용할 수 없는 문자: { $found }. Amazon S3는 객체 이름에 다음 문자를 사용하지 않도록 권장합니다: 백슬래시, 중괄호, 대괄호, 백틱, 따옴표, `^ % ~ # | < >`, 줄 바꿈 같은 제어 문자.
rule-folder-invisible = 경로에 보이지 않는 서식 문자({ $found })가 있습니다. Amazon S3에 저장되는 경로가 화면에 보이는 경로와 다릅니다. 이 문자 없이 다시 입력하세요.
rule-folder-length = 경로는 최대 { $max }바이트여야 합니다(현재 { NUMBER($len) }바이트, 한글은 한 글자에 3바이트). Amazon S3 객체 키는 최대 { NUMBER($key) }바이트이며, 그중 { $room }바이트는 Braze가 경로 아래에 쓰는 파일 이름을 위해 남겨 둡니다.
rule-folder-duplicate = 다른 커넥터가 이미 이 경로를 사용하고 있습니다. 커넥터마다 별도의 경로가 필요합니다.
rule-folder-nested = 이 경로는 다른 커넥터의 폴더({ $parent }) 안에 있습니다. 겹치지 않는 경로를 선택하세요.
rule-folder-contains = 위에서 입력한 Currents 폴더({ $child })가 이 경로 안에 있습니다. 겹치지 않는 경로를 선택하세요.
rule-not-in-link = 링크에 담기에는 너무 깁니다. 페이지 주소와 **이 구성의 링크 복사**에는 이 값이 포함되지 않습니다.

## 가이드: 전제 조건과 버킷

step-prerequisites = 전제 조건
prereq-intro = 시작하기 전에 다음 사항을 확인하세요.
prereq-aws-account = AWS 계정(Amazon S3)이 있습니다.
prereq-dedicated-bucket = Braze 전용 S3 버킷을 사용합니다(권장). 이미 버킷이 있더라도 권한을 제한할 수 있도록 Braze용 버킷을 새로 만드는 것이 좋습니다.
prereq-currents-access = Braze 계정에서 Braze Currents가 활성화되어 있습니다. Currents로 S3에 데이터를 보내려면 필요합니다(대시보드 데이터 내보내기와 메시지 보관에는 Currents가 필요하지 않습니다).
step-create-bucket = S3 버킷 만들기
bucket-open-console = Amazon S3 콘솔을 열고 **{ -aws-sign-in }**(또는 **{ -aws-create-account }**) 안내를 따릅니다. 로그인한 후 **{ -aws-storage-category }** 카테고리에서 **{ -aws-s3 }** 항목을 선택합니다.
bucket-create = **{ -aws-create-bucket }** 버튼을 클릭하고 버킷 이름에 { $bucket } 값을 입력한 다음 리전을 선택합니다.
bucket-region-note = Braze에는 리전 설정이 없으며, 버킷의 리전을 그대로 사용합니다. 필요에 맞는 리전을 선택하세요.
bucket-object-lock = Currents는 S3 Object Lock이 설정된 버킷을 지원하지 않습니다. 이 옵션은 꺼 두세요.

## 가이드: 암호화 강제(선택 사항)

step-enforce-encryption = 선택 사항: 암호화되지 않은 업로드 거부
sse-explain = Braze의 AES-256 옵션을 켜면 모든 파일에 `{ $header }: AES256` 헤더가 붙어 전송되고, S3가 S3 관리형 키로 파일을 저장 시 암호화합니다(SSE-S3). SSE-KMS는 지원되지 않습니다.
sse-bucket-policy = { $bucket } 버킷이 SSE-S3가 적용되지 않은 업로드를 모두 거부하게 하려면 S3 콘솔에서 버킷을 열고 **{ -aws-permissions-tab }** 탭의 **{ -aws-bucket-policy }** 섹션에서 **{ -aws-edit }** 버튼을 클릭한 다음 아래 정책을 붙여 넣습니다.
sse-bucket-policy-warning = 이 정책을 적용하면 Braze에서 **{ -braze-sse-option }** 옵션을 계속 켜 두어야 합니다. 끄면 S3가 Currents 파일을 거부합니다.
sse-bucket-policy-shared = Braze 문서는 AES-256 옵션을 Currents에 대해서만 설명합니다. 대시보드 데이터 내보내기와 함께 쓰는 버킷이라면, 이 정책을 유지하기 전에 내보내기 파일이 여전히 저장되는지 확인하세요.

## 가이드: 비밀 액세스 키 방법

step-sk-create-user = IAM 사용자 만들기
sk-intro = 이 방법에서는 Braze가 AWS 계정의 IAM 사용자로서 액세스 키 ID와 비밀 액세스 키로 인증하여 버킷에 데이터를 씁니다.
sk-user-create = IAM 콘솔에서 이름이 { $user }인 사용자를 만듭니다. 방법은 AWS 가이드 “IAM 사용자 및 관리자 그룹 만들기”(`https://docs.aws.amazon.com/IAM/latest/UserGuide/getting-started_create-admin-group.html`)를 참고하세요.
step-sk-credentials = 자격 증명 가져오기
sk-credentials-show = 사용자를 만든 후 **{ -aws-show-credentials }** 버튼을 클릭하면 액세스 키 ID와 비밀 액세스 키가 표시됩니다. 나중에 Braze에 입력해야 하므로 안전한 곳에 기록해 두거나 **{ -aws-download-credentials }** 버튼을 클릭하세요.
sk-credentials-secret = 비밀 액세스 키는 한 번만 표시됩니다. 이 키는 Braze에만 입력하세요. 이 위젯은 비밀 액세스 키를 요청하거나 저장하지 않습니다.

## 가이드: 권한 정책

step-create-policy = 권한 정책 만들기
sk-policy-open = **{ -aws-policies } > { -aws-get-started } > { -aws-create-policy }** 메뉴로 이동한 다음 **{ -aws-create-own-policy }** 옵션을 선택합니다. 이 정책은 Braze가 정책에 지정된 리소스에만 액세스하도록 제한합니다.
role-policy-open = 계정 관리자로 AWS Management Console에 로그인합니다. IAM 섹션의 탐색 창에서 **{ -aws-policies }** 메뉴를 클릭한 다음 **{ -aws-create-policy }** 버튼을 클릭합니다.
policy-differ-note = Currents와 대시보드 데이터 내보내기에는 서로 다른 정책이 필요합니다.
policy-both-which = 이 버킷에서 두 통합을 모두 사용합니다. 별도의 정책 두 개(각 통합으로 범위가 제한되며 나중에 제거하기 쉬움)를 만들거나, 두 통합을 모두 포함하는 단일 정책(연결할 정책이 하나뿐임)을 만드세요. 두 방식 중 하나만 선택해야 합니다.
sk-policy-paste = 정책 이름에 { $policy } 값을 입력하고 아래 JSON을 **{ -aws-policy-document }** 섹션에 붙여 넣습니다.
sk-policy-paste-both = 만드는 정책마다 아래의 해당 JSON을 **{ -aws-policy-document }** 섹션에 붙여 넣고, 이름은 { $currents }(Currents), { $dashboard }(대시보드 내보내기), { $combined }(단일 정책) 중 해당하는 것으로 지정합니다.
role-policy-paste = **{ -aws-json-tab }** 탭을 열고 아래 JSON을 **{ -aws-policy-document }** 섹션에 붙여 넣은 다음 **{ -aws-review-policy }** 버튼을 클릭합니다.
policy-why = 이 권한이 없으면 자격 증명 확인이 실패하고 Braze가 통합을 생성하지 않습니다. `s3:GetObject` 권한은 Braze의 오류 처리와 다운로드 링크에 필요합니다.
role-policy-name = 정책 이름에 { $policy } 값을 입력하고 설명을 추가한 다음 **{ -aws-create-policy }** 버튼을 클릭합니다.
role-policy-name-both = 각 정책에 이름과 설명을 입력한 다음 **{ -aws-create-policy }** 버튼을 클릭합니다. 이름은 { $currents }(Currents), { $dashboard }(대시보드 내보내기), { $combined }(단일 정책) 중 해당하는 것을 사용합니다.
policy-prefix-wildcard = Braze가 공개한 비밀 키 방식의 대시보드 내보내기 정책에는 `arn:aws:s3:::{ $bucket }*` 항목이 있습니다. 이 별표(*)는 이름이 { $bucket } 문자열로 시작하는 다른 모든 버킷에도 적용되므로, 해당 버킷들도 Braze에 열리게 됩니다. 다른 버킷과 겹치지 않는 고유한 버킷 이름을 쓰면 이 위험을 줄일 수 있습니다.
attach-which-one = 연결할 정책: { $policy }
attach-which-both = 연결할 정책: { $currents } 및 { $dashboard }, 또는 { $combined } 하나만
step-sk-attach = 사용자에게 정책 연결
sk-attach = **{ -aws-users }** 메뉴로 이동하여 { $user } 사용자를 클릭합니다. **{ -aws-permissions-tab }** 탭에서 **{ -aws-attach-policy }** 버튼을 클릭하고 방금 만든 정책을 선택합니다.

## 가이드: 역할 ARN 방법

step-role-create-role = 역할 만들기
role-role-open = 콘솔의 같은 IAM 섹션에서 **{ -aws-roles } > { -aws-create-role }** 순서로 클릭합니다.
role-ids-currents = Currents용 Braze 계정 ID와 외부 ID를 확인합니다. Braze에서 **{ -braze-partner-integrations } > { -braze-currents }** 메뉴로 이동하여 **{ -braze-create-currents }** 버튼을 클릭하고 **{ -braze-s3-data-export }** 항목을 선택합니다. 이 화면에 두 ID가 모두 표시됩니다.
role-ids-dashboard-export = 대시보드 내보내기용 Braze 계정 ID와 외부 ID를 확인합니다. Braze에서 **{ -braze-partner-integrations } > { -braze-technology-partners }** 메뉴로 이동하여 **{ -braze-amazon-s3 }** 항목을 클릭합니다. 이 화면에 두 ID가 모두 표시됩니다.
role-ids-old-nav = 이전 대시보드에서는 Currents 화면이 **{ -braze-partner-integrations } > { -braze-data-export }** 메뉴에 있고, 버튼 이름은 **Create Current**입니다. 그보다 더 이전 탐색에서는 **{ -braze-currents }** 메뉴가 **{ -braze-integrations } > { -braze-currents }** 아래에, **{ -braze-technology-partners }** 메뉴가 **{ -braze-integrations }** 아래에 있습니다.
role-trusted-entity = AWS 콘솔로 돌아와 신뢰할 수 있는 엔터티 유형으로 **{ -aws-another-account }** 옵션을 선택합니다. 계정 ID 필드에 { $account } 값을 입력하고 **{ -aws-require-external-id }** 확인란을 선택한 다음, 외부 ID 필드에 { $external_id } 값을 입력합니다. **{ -aws-next }** 버튼을 클릭합니다.
role-trust-explain = 이렇게 선택하면 아래 신뢰 정책이 만들어집니다. Braze 계정은 이 외부 ID를 제시할 때만 역할을 수임할 수 있습니다. 역할의 **{ -aws-trust-relationships }** 탭에서 확인할 수 있으며, **{ -aws-custom-trust-policy }** 옵션을 선택해 그대로 붙여 넣을 수도 있습니다.
step-role-attach = 정책 연결 및 역할 이름 지정
role-attach-policy = 앞에서 만든 정책을 검색하고 확인란을 선택해 역할에 연결한 다음 **{ -aws-next }** 버튼을 클릭합니다.
role-name = 역할 이름에 { $role } 값을 입력하고 설명을 추가한 다음 **{ -aws-create-role }** 버튼을 클릭합니다. 새 역할이 목록에 표시됩니다.
step-role-copy-arn = 역할 ARN 복사
role-arn-copy = 역할 목록에서 { $role } 역할을 클릭해 세부 정보를 열고, 요약 페이지 상단의 **{ -aws-role-arn }** 값을 기록합니다.
role-arn-expected = 요약 페이지에는 다음 ARN이 표시됩니다. Braze에 붙여 넣을 값입니다:

## 가이드: Braze에서 연결

step-link-currents = Braze Currents를 AWS에 연결
link-currents-open = Braze에서 **{ -braze-partner-integrations } > { -braze-currents }** 메뉴로 이동하여 **{ -braze-create-currents }** 버튼을 클릭하고 **{ -braze-s3-data-export }** 항목을 선택합니다.
link-currents-old-nav = 이전 대시보드에서는 **{ -braze-partner-integrations } > { -braze-data-export }** 메뉴로 이동하여 **Create Current** 버튼을 클릭합니다. 그보다 더 이전 탐색에서는 **{ -braze-currents }** 메뉴가 **{ -braze-integrations }** 아래에 있습니다.
link-currents-name = Current의 이름을 지정합니다.
link-currents-credentials-sk = **{ -braze-credentials-section }** 섹션에서 **{ -braze-secret-key-radio }** 라디오 버튼이 선택되어 있는지 확인한 다음 액세스 키 ID, 비밀 액세스 키, 버킷 이름({ $bucket })을 입력합니다.
link-currents-credentials-role = **{ -braze-credentials-section }** 섹션에서 **{ -braze-role-arn-radio }** 옵션이 선택되어 있는지 확인한 다음 역할 ARN과 버킷 이름({ $bucket })을 입력합니다.
link-currents-folder = **{ -braze-folder-path }**: { $folder } 값을 입력합니다(기본값: `{ $default }`). 폴더가 없으면 Braze가 만듭니다.
link-currents-sse-on = **{ -braze-sse-option }**: 이 옵션을 켭니다. 그러면 Braze가 모든 파일에 `{ $header }` 헤더(SSE-S3)를 붙여 보냅니다.
link-currents-sse-off = **{ -braze-sse-option }**: 이 옵션을 꺼 둡니다(기본값). 켜면 `{ $header }` 헤더(SSE-S3)가 추가됩니다.
sse-kms-unsupported = SSE-KMS는 Currents와 대시보드 내보내기 모두에서 지원되지 않습니다. 버킷에 SSE-KMS가 강제되어 있으면 `kms:GenerateDataKey` 권한 오류로 업로드가 실패합니다.
link-currents-extra-connector = 추가 커넥터: 같은 자격 증명으로 이름이 { $name }인 Current를 하나 더 만들고, 폴더 경로에 { $folder } 값을 입력합니다.
link-currents-launch = **{ -braze-launch-currents }** 버튼을 클릭합니다. Braze가 자격 증명을 확인하고, 검증되었는지 알림으로 알려 줍니다.
link-currents-expiry = 자격 증명을 항상 최신 상태로 유지하세요. 커넥터의 자격 증명이 만료되면 커넥터가 이벤트 전송을 중단합니다. 이 상태가 { $days }일(Braze의 현재 페이지 기준, 이전 버전은 { $hours }시간) 넘게 지속되면 해당 이벤트가 삭제되어 데이터가 영구적으로 손실됩니다.
link-role-propagation = 역할을 만든 직후 Braze에 “{ -braze-invalid-credentials }” 오류가 표시되면 IAM에 역할이 아직 전파되지 않았을 수 있습니다. 잠시 기다린 후 다시 시도하세요.
step-link-dashboard-export = 대시보드 데이터 내보내기를 AWS에 연결
link-dashboard-open = Braze에서 **{ -braze-partner-integrations } > { -braze-technology-partners }** 메뉴로 이동하여 **{ -braze-amazon-s3 }** 항목을 클릭합니다.
link-dashboard-old-nav = 이전 탐색에서는 **{ -braze-technology-partners }** 메뉴가 **{ -braze-integrations }** 아래에 있습니다.
link-dashboard-credentials-sk = **{ -braze-aws-credentials-page }** 페이지에서 **{ -braze-secret-key-radio }** 라디오 버튼이 선택되어 있는지 확인한 다음 액세스 키 ID, 비밀 액세스 키, 버킷 이름({ $bucket })을 입력합니다.
link-dashboard-credentials-role = **{ -braze-aws-credentials-page }** 페이지에서 **{ -braze-role-arn-radio }** 옵션이 선택되어 있는지 확인한 다음 역할 ARN과 버킷 이름({ $bucket })을 입력합니다.
link-dashboard-test = 먼저 **{ -braze-test-credentials }** 버튼을 클릭하고, 테스트에 성공하면 **{ -braze-save }** 버튼을 클릭합니다. 자격 증명이 검증되었는지 알림으로 알려 줍니다.
link-new-access-key = 새 자격 증명은 언제든지 발급할 수 있습니다. AWS 콘솔에서 사용자를 열고 **{ -aws-security-credentials-tab }** 탭에서 **{ -aws-create-access-key }** 버튼을 클릭하세요.

## 가이드: 내보내기 동작과 커넥터

step-export-behaviour = 내보내기 동작
export-api-no-url = 클라우드 스토리지 통합을 설정하면 API 내보내기 응답에 더 이상 다운로드 URL이 포함되지 않습니다. 파일은 버킷에서 가져오세요.
export-reports-email = 대시보드 보고서와 CSV 보고서는 이메일로 전송되며(스토리지 권한 불필요), 버킷에도 저장됩니다.
step-several-connectors = 여러 커넥터
connectors-same-credentials = 폴더 경로만 서로 다르면 여러 Currents 커넥터가 같은 자격 증명으로 이 버킷에 데이터를 쓸 수 있습니다. 커넥터는 한 워크스페이스에서 만들어도 되고 여러 워크스페이스에 나누어 만들어도 됩니다. { $count ->
        [1] 현재 계획한 커넥터는 하나입니다. 위의 커넥터 목록에서 더 추가할 수 있습니다.
       *[other] 계획한 커넥터 { $count }개는 연결 단계와 체크리스트에 각각 따로 표시됩니다.
    }
connectors-both-integrations = Currents와 대시보드 내보내기가 이 버킷을 함께 사용합니다. 통합마다 별도의 권한이 필요하므로 정책을 두 개 따로 만들거나 두 통합을 모두 포함하는 정책 하나를 만드세요(정책 만들기 단계 참고).

## 가이드: 자동화

step-automate = 선택 사항: 한 번에 모두 만들기
automate-intro = 콘솔에서 하나씩 클릭하는 대신 AWS CLI, CloudFormation, Terraform으로 같은 IAM 리소스를 만들 수 있습니다. 각 파일에는 위에서 입력한 값이 반영됩니다. Braze에서 하는 단계는 따로 진행해야 합니다.

## 공급자(공급자 엔진: src/core/providers/case.rs, guide.rs)

provider-legend = 클라우드 스토리지
provider-amazon-s3 = Amazon S3
provider-amazon-s3-hint = IAM 사용자의 액세스 키 또는 Braze가 맡는 역할.
provider-google-cloud-storage = Google Cloud Storage
provider-google-cloud-storage-hint = 서비스 계정의 JSON 키.
provider-azure-blob-storage = Microsoft Azure Blob Storage
provider-azure-blob-storage-hint = 연결 문자열 또는 인증서 서비스 주체(Currents 전용).
provider-step-currents = Braze Currents 연결
provider-step-export = Braze에서 데이터 내보내기 연결
provider-step-archiving = 메시지 보관 켜기
provider-step-archiving-body = 메시지 보관은 유료 부가 기능입니다. **설정**에 **메시지 보관**이 보이지 않으면 회사에서 구매해 사용 설정했는지 확인하세요. Braze에서 **설정** > **메시지 보관**으로 이동하여 채널을 선택한 다음 **변경 사항 저장**을 선택합니다. Braze에 여러 클라우드 스토리지 제공업체의 자격 증명을 설정한 경우, 메시지 보관은 **Make this the default data export destination**으로 표시된 곳으로만 내보냅니다. 기본값이 설정되어 있지 않고 Amazon S3 버킷이 연결되어 있으면 그 버킷에 업로드합니다.
provider-preflight-heading = Braze보다 먼저 설정 확인
provider-preflight-intro = 클라우드 명령줄 도구에 로그인된 곳에서 이 스크립트를 실행하세요. 설정을 읽기만 하고 아무것도 바꾸지 않으며 키를 출력하지 않습니다. 그런 다음 출력된 내용을 아래에 붙여 넣으세요.
provider-not-for-case = Braze는 이 경우를 지원하지 않습니다. 위 양식의 메시지를 참조하세요.
provider-checker-heading = 이미 설정된 내용 확인
provider-checker-label = 확인할 텍스트
provider-checker-verdict = { $verdict ->
        [sufficient] Braze에 충분합니다.
        [insufficient] 아직 Braze에 충분하지 않습니다. 아래를 참조하세요.
       *[invalid] 이 텍스트는 확인할 수 없습니다.
    }
provider-error-label = Braze가 표시한 메시지를 붙여 넣으세요
