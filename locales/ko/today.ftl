# Braze의 현재 Amazon S3 페이지가 원래 페이지에 더한 내용 (issue 14, docs/facts.md
# "Today vs the seed"): 자격 증명 변경·교체와 현재의 문제 해결 문구. Braze의 오류 메시지는
# 대시보드에 표시되는 그대로 영어로 인용합니다.

## 화면의 레이블 (Braze: 현재 페이지; AWS: 한국어 IAM 콘솔, 괄호 안에 영어 표기)
-braze-edit = Edit
-braze-update-current = Update Current
-aws-actions = 작업(Actions)
-aws-deactivate = 비활성화(Deactivate)
-aws-delete = 삭제(Delete)

## 자격 증명 변경 또는 교체
update-heading = 자격 증명 변경 또는 교체
update-show = 내 경우에 맞는 단계 보기
update-intro = 키는 교체되고 역할은 바뀝니다. 이 순서대로 하면 자격 증명을 바꾸는 동안에도 Braze가 버킷에 계속 씁니다: 먼저 AWS 쪽, 그다음 Braze, 이전 자격 증명은 마지막입니다.
update-rotate-key-title = 액세스 키 교체
update-key-create = IAM에서 사용자 { $user }를 열고 **{ -aws-security-credentials-tab }** 탭에서 **{ -aws-create-access-key }**를 클릭합니다. 이것이 사용자의 두 번째 키이며, 그동안 이전 키는 계속 작동합니다.
update-key-update-braze = Braze에서 이전 키를 쓰는 모든 곳(아래 화면)의 액세스 키 ID와 비밀 액세스 키를 새 값으로 바꿉니다.
update-key-test = 테스트합니다: 대시보드 데이터 내보내기는 **{ -braze-test-credentials }**를 클릭하고, Currents는 **{ -braze-update-current }**(Current 업데이트)가 자격 증명을 확인하며 검증 여부가 알림으로 표시됩니다.
update-key-deactivate = 다시 IAM에서 사용자 { $user }의 이전 키를 비활성화합니다(**{ -aws-actions } > { -aws-deactivate }**). 데이터가 계속 들어오는지 확인하세요. 비활성화한 키는 아직 다시 활성화할 수 있습니다.
update-key-delete = Braze가 새 키로 한동안 작동한 뒤 이전 키를 삭제합니다(**{ -aws-actions } > { -aws-delete }**).
update-key-two-keys = IAM 사용자는 액세스 키를 최대 두 개까지 가질 수 있습니다. 이미 두 개가 있으면 새 키를 만들기 전에 Braze가 쓰지 않는 키를 삭제하세요.
update-expiry = Braze가 새 자격 증명을 받기 전에 이전 자격 증명을 취소하지 마세요. 자격 증명이 작동하지 않는 Currents 커넥터는 이벤트 전송을 중단하며, 이 상태가 { $days }일(Braze의 현재 페이지 기준, 이전 버전은 { $hours }시간) 넘게 지속되면 해당 이벤트가 삭제되어 데이터가 영구적으로 손실됩니다.
update-role-may-change-title = 역할에서 바꿔도 되는 것
update-role-policies = 권한: 역할 { $role }에 연결된 정책을 편집할 수 있습니다. 예를 들어 정책에 { $bucket } 옆에 새 버킷을 추가합니다. 역할 ARN은 그대로이므로 Braze에 새 자격 증명이 필요 없습니다(Braze가 새 버킷에 쓰게 하려면 그 버킷 이름만 필요합니다).
update-role-switch = 인증 방법: 비밀 키로 전환할 수도 있습니다(아래 “비밀 키와 역할 ARN 간 전환” 참조).
update-role-must-stay-title = Braze에 표시된 그대로 유지해야 하는 것
update-role-trust = 신뢰 정책: Braze의 AWS 계정 ID { $account }와 외부 ID { $external_id }는 Braze에 표시된 그대로 유지합니다. 다른 계정 ID나 다른 외부 ID로 바꾸면 Braze가 더 이상 역할을 수임할 수 없습니다. 외부 ID 조건을 삭제해도 Braze가 차단되지는 않지만 보호 장치가 사라집니다. 역할 ARN을 알게 된 다른 Braze 고객이 Braze를 통해 내 역할을 사용할 수 있게 됩니다(AWS가 '혼동된 대리자' 문제라고 부르는 것).
update-role-arn = Braze에 입력한 역할 ARN은 역할 { $role }과 일치해야 합니다. 새로 만들거나 이름을 바꾼 역할은 ARN이 다릅니다. 이전 역할을 삭제하기 전에 새 ARN을 Braze에 입력하세요(아래).
update-aws-first = 먼저 AWS 쪽을 마칩니다(위). Braze가 확인할 때 작동하는 자격 증명이 있어야 합니다.
update-currents-title = Currents
update-currents-open = Braze에서 **{ -braze-partner-integrations } > { -braze-currents }**로 이동해 커넥터를 열고 **{ -braze-edit }**(편집)를 클릭합니다.
update-currents-credentials = **{ -braze-credentials-section }** 섹션에서 { $method ->
        [role-arn] **{ -braze-role-arn-radio }**가 선택된 상태로 역할 ARN을 입력합니다.
       *[other] **{ -braze-secret-key-radio }**가 선택된 상태로 새 액세스 키 ID와 비밀 액세스 키를 입력합니다.
    }
update-currents-update = **{ -braze-update-current }**(Current 업데이트)를 클릭합니다. 자격 증명의 검증 여부가 알림으로 표시됩니다.
update-currents-each = { $count }개의 커넥터마다 똑같이 합니다. 모두 이 자격 증명을 공유합니다.
update-currents-keeps-running = 자격 증명을 업데이트하는 동안에도 커넥터는 계속 실행됩니다.
update-dashboard-title = 대시보드 데이터 내보내기
update-dashboard-open = Braze에서 **{ -braze-partner-integrations } > { -braze-technology-partners }**로 이동해 **{ -braze-amazon-s3 }**를 클릭합니다.
update-dashboard-credentials = **{ -braze-aws-credentials-page }** 페이지에서 { $method ->
        [role-arn] **{ -braze-role-arn-radio }**가 선택된 상태로 역할 ARN을 입력합니다.
       *[other] **{ -braze-secret-key-radio }**가 선택된 상태로 새 액세스 키 ID와 비밀 액세스 키를 입력합니다.
    }
update-dashboard-test = **{ -braze-test-credentials }**를 클릭하고, 성공하면 **{ -braze-save }**를 클릭합니다.
update-switch-title = 비밀 키와 역할 ARN 간 전환
update-switch = { $method ->
        [role-arn] 비밀 키로 전환하려면 이 위젯 위쪽에서 그 방법을 선택하고 AWS 단계를 진행합니다. 그런 다음 Braze의 같은 화면에서 **{ -braze-secret-key-radio }**를 선택하고 키를 입력합니다.
       *[other] 역할로 전환하려면 이 위젯 위쪽에서 그 방법을 선택하고 AWS 단계를 진행합니다. 그런 다음 Braze의 같은 화면에서 **{ -braze-role-arn-radio }**를 선택하고 역할 ARN을 입력합니다.
    } 이전 자격 증명은 Braze가 새 자격 증명으로 작동한 뒤에만 삭제하세요.

## 문제 해결 (Braze의 현재 페이지 기준)
today-braze-says = 오류 메시지(Braze 페이지가 인용한 그대로, 모든 언어에서 영어):
today-check-permissions = Braze 문제 해결 “{ $heading }”(추가 권한 확인): 사용자 또는 역할에 `s3:GetBucketLocation`과 `s3:PutObject`가 필요합니다. 여기서 생성한 정책은 둘 다 부여합니다.
today-kms = Braze 페이지에 따르면 이 메시지는 Braze 지원팀이나 AWS 로그에서 확인됩니다. 버킷의 기본 암호화가 SSE-KMS라는 뜻이며, Braze는 Currents와 대시보드 데이터 내보내기 모두에서 SSE-KMS를 지원하지 않습니다. 버킷에서 SSE-KMS를 비활성화하세요. SSE-S3는 둘 다에서 작동합니다.
today-unable-to-connect = Braze에서 **{ -braze-test-credentials }**를 실행합니다. 결과에 무엇이 실패했는지 표시됩니다. Braze는 `s3:GetObject` 누락을 예로 듭니다. 이 권한이 없으면 Braze가 다운로드 링크를 만들 수 없습니다.
today-notes-heading = 알아 두면 좋은 점
today-invalid-alert = Braze에 “{ -braze-invalid-credentials }”가 표시되고 메시지가 대시보드 데이터 내보내기의 `PutObject` 액세스나 서버 측 암호화를 언급하면, 위에서 해당 증상을 선택하세요.
today-region = Braze에는 리전 설정이 없습니다. 버킷의 AWS 리전에 씁니다. 커넥터가 원하는 리전이 아닌 다른 리전(예: `eu-central-1` 대신 `eu-west-1`)에 쓰면, 원하는 리전에 버킷을 만들거나 그런 버킷을 사용하세요. Braze 쪽에서 바꿀 리전은 없습니다.
today-format-exports = JSON 형식 내보내기(대시보드 또는 API)는 JSONL입니다. 한 줄에 JSON 오브젝트가 하나씩 있으므로, 파일 전체를 하나의 JSON 문서로 읽지 말고 한 줄씩 읽으세요. CSV 내보내기와 보고서는 CSV 파일입니다.
today-format-currents = Currents는 Apache Avro 파일(`.avro`)을 씁니다.
today-format-archives = 메시지 보관은 보낸 메시지마다 gzip으로 압축한 JSON 파일(`.json.gz`)을 하나씩 버킷의 `sent_messages/` 아래 채널별 폴더(email, push, sms)에 씁니다.
today-contact-email = Currents 양식은 통합 오류 알림을 받을 연락처 이메일을 묻습니다. Braze는 개인 주소보다 배포 목록이나 그룹 주소를 권장합니다.
today-switch-provider = 다른 클라우드 스토리지 제공업체에서 전환하시나요? 새 통합의 설정과 검증은 Braze 고객 성공 매니저에게 문의하세요.
