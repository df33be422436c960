# 체크리스트, 여러 커넥터, 문제 해결

## 체크리스트

checklist-heading = 체크리스트
checklist-progress-label = 진행률
checklist-progress = { $total }단계 중 { $done }단계 완료
checklist-go-to-step = 해당 단계로 이동
checklist-complete = 모두 완료했습니다! 이제 데이터가 들어오는지 확인하세요:
checklist-verify-currents = Currents: 커넥터를 시작하고 몇 분 지나면 S3 콘솔의 { $bucket }/{ $folder }/ 아래에 새 파일이 나타납니다.
checklist-verify-dashboard = 대시보드 내보내기: Braze에서 CSV 내보내기를 실행하고 { $bucket } 버킷에 파일이 저장되는지 확인합니다.
checklist-verify-expiry = Currents: 이벤트가 계속 들어오는지 수시로 확인하세요. 자격 증명이 작동하지 않는 커넥터는 이벤트 전송을 중단하며, 이 상태가 { $days }일(Braze의 현재 페이지 기준, 이전 버전은 { $hours }시간) 넘게 지속되면 이벤트가 영구적으로 삭제됩니다.
checklist-verify-key-rotation = IAM 액세스 키에는 만료 기한이 없습니다. AWS는 키를 정기적으로 교체할 것을 권장합니다. 키를 교체할 때는 Braze가 항상 작동하는 키를 갖도록 “자격 증명 변경 또는 교체”의 순서를 따르세요.
checklist-copy-markdown = Markdown으로 복사
checklist-copy-link = 이 구성의 링크 복사
checklist-markdown-copied = 체크리스트를 Markdown으로 복사했습니다.
checklist-link-copied = 링크를 복사했습니다. 링크에는 입력값만 담기고 체크 표시는 포함되지 않습니다.
checklist-start-over = 처음부터 다시 시작
checklist-start-over-confirm = 입력값과 체크 표시를 모두 지울까요?
checklist-start-over-yes = 예, 모두 지웁니다
checklist-start-over-no = 취소

## 추가 Currents 커넥터

connectors-legend = 이 버킷을 사용하는 다른 Currents 커넥터
connectors-hint = 자격 증명은 같게, 폴더 경로는 커넥터마다 다르게 지정합니다.
connector-name = 커넥터 { $number } 이름
connector-folder = 커넥터 { $number } 폴더 경로
connector-remove = 삭제
connector-remove-label = 커넥터 { $number } 삭제
connector-add = 커넥터 추가

## 문제 해결

troubleshoot-heading = 문제 해결
troubleshoot-label = 어떤 증상이 나타나나요?
troubleshoot-choose = 증상 선택…
troubleshoot-cause = 원인
troubleshoot-fix = 해결 방법
troubleshoot-recheck = 체크리스트에서 다시 확인
troubleshoot-paste-label = 또는 Braze가 표시한 메시지를 붙여 넣으세요
troubleshoot-paste-hint = 브라우저 안에서 읽습니다. 위젯이 증상을 고르고 메시지에 나온 버킷과 자격 증명을 입력하신 값과 비교합니다.
braze-error-recognised = Braze 메시지가 가리키는 증상:
braze-error-unknown = 이 메시지는 인식되지 않았습니다. 위 목록에서 보이는 증상을 고르세요. 위젯이 아는 증상:
braze-error-action = AWS가 거부한 작업: { $action }.
braze-error-other-bucket = Braze가 시도한 버킷은 { $tried }인데, 입력하신 버킷은 { $configured }입니다.
braze-error-other-role = Braze가 맡은 역할은 { $tried }인데, 입력하신 역할은 { $configured }입니다.
braze-error-other-user = Braze가 로그인한 IAM 사용자는 { $tried }인데, 입력하신 사용자는 { $configured }입니다.
braze-error-role-not-key = Braze는 역할 { $tried }을(를) 사용했지만, 선택하신 방법은 AWS 비밀 액세스 키입니다.
braze-error-user-not-role = Braze는 IAM 사용자 { $tried }(으)로 로그인했지만, 선택하신 방법은 AWS 역할 ARN입니다.
braze-error-role-to-assume = Braze가 맡으려고 한 역할(Braze에 입력된 역할 ARN): { $arn }.
braze-error-other-role-to-assume = Braze가 맡으려고 한 역할은 { $tried }인데, 입력하신 역할은 { $configured }입니다.
braze-error-role-path = Braze에 입력된 역할 ARN에는 역할 이름 앞에 경로 { $path }이(가) 있습니다. 이 가이드의 역할에는 경로가 없습니다. IAM에서 역할의 요약 페이지에 표시된 ARN을 Braze에 복사하세요.
braze-error-other-account = 이 역할은 AWS 계정 { $tried }에 있는데, 계정 ID로 입력하신 값은 { $configured }입니다.
braze-error-other-braze-account = Braze는 AWS 계정 { $tried }에서 요청했지만, 입력하신 Braze 계정 ID(신뢰 정책이 신뢰하는 계정)는 { $configured }입니다.
braze-error-bucket-typed = Braze에 설정된 버킷 이름은 “{ $braze }”인데, 고객님의 버킷은 { $configured }입니다. Braze에서 이름을 고치세요.
braze-error-bucket-typed-alone = Braze에 설정된 버킷 이름은 “{ $braze }”입니다. Braze에서 이름을 고치세요.
braze-error-bucket-space = 앞이나 뒤에 공백이 있습니다. 버킷 이름에는 공백이 없습니다.
braze-error-bucket-upper-case = 대문자가 있습니다. 버킷 이름에는 영문 소문자, 숫자, 마침표, 하이픈만 쓸 수 있습니다.
braze-error-bucket-scheme = `s3://`는 AWS CLI가 버킷 주소를 쓰는 방식이며 이름의 일부가 아닙니다. 이름만 입력하세요.
braze-error-bucket-arn = `arn:aws:s3:::`가 붙으면 버킷 이름이 아니라 ARN이 됩니다. 이름만 입력하세요.
braze-error-bucket-folder = 이름 뒤의 `/{ $folder }`는 폴더 경로입니다. 버킷 이름만 입력하세요. Currents에서는 폴더를 **{ -braze-folder-path }** 필드에 입력합니다.
braze-error-bucket-slash = 끝에 슬래시가 있습니다. 슬래시는 버킷 이름의 일부가 아닙니다.
braze-error-bucket-other-name = 이 오류를 고쳐도 가리키는 버킷은 { $name }이며, { $configured }이(가) 아닙니다.
braze-error-access-denied = AWS가 요청을 거부했지만(Access Denied), 메시지에는 거부된 작업도 요청한 자격 증명도 나와 있지 않아 위젯이 증상을 판단할 수 없습니다. 고객님의 경우 다음 중 어느 것이든 원인일 수 있습니다. 위 목록에서 해당하는 증상을 고르세요.
braze-error-cut = 처음 { $chars }자만 읽었습니다. Braze 메시지는 이보다 훨씬 짧습니다.
symptom-invalid-after-role = 역할을 만든 직후 “{ -braze-invalid-credentials }” 오류가 표시됨
symptom-put-object-denied = `s3:PutObject` 요청이 거부됨(AccessDenied)
symptom-kms-generate-data-key = `kms:GenerateDataKey` 권한 없음 오류
symptom-events-stopped = Currents 이벤트가 더 이상 들어오지 않음
symptom-object-lock = Object Lock이 설정된 버킷에서 Currents가 실패함
symptom-download-links-fail = 내보내기 다운로드 링크가 작동하지 않음
symptom-api-export-no-url = API 내보내기가 다운로드 URL을 반환하지 않음
cause-invalid-after-role = IAM에 새 역할이 아직 전파되지 않았습니다. Braze가 역할을 너무 일찍 수임하려고 했습니다.
fix-invalid-after-role = 잠시 기다린 후 다시 시도하세요. 오류가 계속되면 역할에 설정한 Braze 계정 ID와 외부 ID, 그리고 Braze에 붙여 넣은 ARN을 확인하세요.
cause-put-object-denied = 연결된 정책이 버킷 객체에 대한 `s3:PutObject` 권한을 부여하지 않거나, Braze가 사용하는 사용자 또는 역할에 정책이 연결되어 있지 않습니다.
fix-put-object-denied = 이 구성에 맞게 생성된 정책을 수정하지 말고 그대로 붙여 넣어 연결한 다음, Braze에 입력한 버킷 이름을 확인하세요.
cause-kms-generate-data-key = 버킷이 SSE-KMS(AWS KMS 키)로 암호화되도록 설정되어 있습니다. Currents와 대시보드 내보내기는 모두 SSE-KMS를 지원하지 않습니다.
fix-kms-generate-data-key = 버킷의 기본 암호화를 SSE-S3(Amazon S3 관리형 키)로 변경하거나, SSE-KMS를 사용하지 않는 버킷을 사용하세요.
cause-events-stopped = 커넥터의 자격 증명이 만료되었거나 취소되어 커넥터가 이벤트 전송을 중단했습니다. 이 상태가 { $days }일(Braze의 현재 페이지 기준, 이전 버전은 { $hours }시간) 넘게 지속되면 이벤트가 삭제되어 영구적으로 손실됩니다.
fix-events-stopped = 새 액세스 키를 만들거나 역할을 확인한 다음, Braze에서 커넥터의 자격 증명을 바로 업데이트하세요.
cause-object-lock = Currents는 S3 Object Lock이 설정된 버킷을 지원하지 않습니다.
fix-object-lock = Object Lock 없이 만든 버킷을 사용하세요. 기존 버킷에서는 이 옵션을 해제할 수 없습니다.
cause-download-links-fail = 정책이 `s3:GetObject` 권한을 부여하지 않습니다. Braze는 다운로드 링크와 오류 처리에 이 권한이 필요합니다.
fix-download-links-fail = `s3:GetObject` 권한이 포함된, 이 구성에 맞게 생성된 정책을 사용하고 정책이 연결되어 있는지 확인하세요.
cause-api-export-no-url = 정상적인 동작입니다. 클라우드 스토리지 통합을 사용하면 API 내보내기가 다운로드 URL을 반환하지 않습니다.
fix-api-export-no-url = S3 버킷에서 파일을 직접 가져오세요.
