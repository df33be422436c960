# 사전 점검: 읽기 전용 스크립트 보고서의 점검 결과.
# 마크업: 버튼이나 메뉴는 **레이블**, 코드는 `리터럴`.

## 보고서

preflight-report-empty = 사전 점검 스크립트가 출력한 보고서를 붙여 넣으세요.
preflight-report-not-report = 사전 점검 보고서가 아닙니다. `# braze-s3-companion preflight v1` 줄이 없습니다. 스크립트가 표준 출력에 쓴 내용을 모두 붙여 넣으세요.
preflight-report-version = 이 보고서는 이 페이지가 읽지 못하는 v{ $found } 형식입니다. 이 페이지의 사전 점검 스크립트를 복사해 다시 실행하세요.
preflight-report-truncated = 이 보고서는 잘려 있습니다. 마지막 줄 `# end`가 없거나 중간에 끊긴 줄이 있습니다. 보고서 전체를 붙여 넣으세요.
preflight-report-too-large = 이 텍스트는 { $megabytes }MB를 넘습니다. 사전 점검 보고서는 이렇게 크지 않습니다.
preflight-report-too-many = 이 보고서에는 호출이 { $max }개를 넘게 있습니다. 사전 점검 보고서에는 이렇게 많지 않습니다.
preflight-report-bad-line = { $line }번째 줄은 사전 점검 스크립트가 쓰는 내용이 아닙니다. 출력된 보고서를 수정하지 말고 그대로 붙여 넣으세요.
preflight-report-altered = 보고서의 마지막 줄에는 호출이 { $expected }개라고 되어 있지만 실제로는 { $found }개입니다. 보고서 전체를 수정하지 말고 붙여 넣으세요.
preflight-other-values = 이 보고서는 { $field ->
        [bucket] 버킷
        [auth] 인증 방법
        [user] IAM 사용자
        [role] IAM 역할
        [account] Braze 계정
       *[external-id] 외부 ID
    } { $reported }에 대한 것이지만, 입력한 값은 { $configured }입니다. 현재 값에 맞는 스크립트를 복사해 다시 실행하세요.

## 점검으로 판단할 수 없을 때

preflight-unknown-absent = 보고서에 `{ $call }`의 응답이 없습니다. 이 항목은 점검되지 않았습니다.
preflight-unknown-denied = 스크립트를 실행한 자격 증명에는 `{ $call }`을 호출할 권한이 없습니다. 이 항목은 점검되지 않았습니다. S3와 IAM 설정을 읽을 수 있는 자격 증명으로 스크립트를 실행하세요.
preflight-unknown-error = `{ $call }`이 실패했습니다({ $error }). 이 항목은 점검되지 않았습니다.
preflight-unknown-no-bucket = 점검하지 않음: 버킷 { $bucket }이 없습니다.

## 버킷

preflight-bucket-exists-pass = 버킷 { $bucket }이 있습니다.
preflight-bucket-exists-missing = 이 계정에는 버킷 { $bucket }이 없습니다.
preflight-bucket-exists-fix = S3 콘솔에서 버킷 { $bucket }을 만들고(또는 여기서 이름을 고치고) 스크립트를 다시 실행하세요.
preflight-bucket-exists-forbidden = S3가 버킷 { $bucket }의 존재 여부를 알려 주지 않았습니다. 다른 AWS 계정의 버킷이거나, 스크립트를 실행한 자격 증명에 목록 조회 권한이 없을 수 있습니다.
preflight-bucket-region = Braze는 버킷 { $bucket }이 있는 리전 { $region }에 씁니다.
preflight-encryption-none = 기본 암호화가 설정되어 있지 않습니다. S3는 새 객체를 SSE-S3로 암호화하며, Braze는 이를 지원합니다.
preflight-encryption-sse-s3 = 기본 암호화는 SSE-S3(`AES256`)이며, Braze는 이를 지원합니다.
preflight-encryption-kms = 기본 암호화가 `{ $algorithm }`(SSE-KMS)입니다. Braze는 SSE-S3만 지원하므로 업로드가 실패합니다.
preflight-encryption-kms-fix = S3 콘솔에서 버킷 { $bucket }을 열고 **속성(Properties)**, **기본 암호화(Default encryption)**에서 SSE-S3(Amazon S3 관리형 키)를 선택하세요.
preflight-encryption-other = 기본 암호화가 이 점검이 알지 못하는 `{ $algorithm }`입니다. Braze는 SSE-S3(`AES256`)를 지원합니다.
preflight-object-lock-off = Object Lock이 꺼져 있습니다.
preflight-object-lock-currents = Object Lock이 켜져 있습니다. Braze Currents는 Object Lock이 켜진 버킷을 지원하지 않습니다.
preflight-object-lock-fix = Object Lock은 끌 수 없습니다. Currents용으로 Object Lock이 없는 다른 버킷을 만드세요.
preflight-object-lock-export = Object Lock이 켜져 있습니다. 버킷에 기본 보존 기간이 설정되어 있으면 S3는 `Content-MD5` 헤더도 체크섬 헤더도 없는 업로드를 모두 거부하며, Braze는 내보내기가 이 헤더를 보내는지 밝히지 않습니다. 대시보드 내보내기 파일이 버킷에 도착하는지 확인하거나, Object Lock이 없는 버킷을 사용하세요.
preflight-bucket-policy-none = 이 버킷에는 버킷 정책이 없습니다.
preflight-bucket-policy-pass = 버킷 정책이 Braze에 필요한 작업을 거부하지 않습니다.
preflight-bucket-policy-denies = 버킷 정책이 Braze에 필요한 권한 { $count }개를 거부합니다: { $pairs }.
preflight-bucket-policy-fix = Braze의 요청과 일치하는 버킷 정책의 `Deny` 문을 삭제하거나 범위를 좁히세요. { $sse ->
        [on] Braze는 업로드할 때마다 `{ $header }: AES256`을 보냅니다.
       *[off] 여기서는 Braze의 AES-256 옵션이 꺼져 있어 업로드에 `{ $header }` 헤더가 없습니다. 정책이 이 헤더를 요구한다면 Braze와 여기에서 옵션을 켜세요.
    }
preflight-bucket-policy-not-principal-fix = `Deny`와 함께 쓴 `NotPrincipal`은 정확히 나열되지 않은 모든 보안 주체를 거부합니다. 역할의 세션은 각 세션이 나열되지 않는 한 거부되고, 권한 경계가 있는 자격 증명은 항상 거부됩니다. AWS 권장대로 대신 `"Principal": "*"`와 { $kind ->
        [user] 사용자
       *[role] 역할
    }을(를) 지정하는 `aws:PrincipalArn`에 대한 `ArnNotEquals` 조건을 사용하세요.
preflight-bucket-policy-depends = 이 점검이 평가할 수 없는 조건에 따라 버킷 정책이 Braze에 필요한 권한 { $count }개를 거부할 수 있습니다: { $pairs }.
preflight-bucket-policy-unreadable = 버킷 정책을 IAM 정책으로 읽을 수 없습니다.

## 자격 증명

preflight-identity-not-found = 이 계정에는 IAM { $kind ->
        [user] 사용자
       *[role] 역할
    } { $name }이 없습니다.
preflight-identity-create-fix = 위 단계나 AWS CLI 스크립트로 { $kind ->
        [user] 사용자를
       *[role] 역할을
    } 만드세요.
preflight-identity-pass = 정책 { $count }개가 Braze에 필요한 모든 권한을 부여하며, 그 이상은 부여하지 않습니다.
preflight-identity-missing = Braze에 필요한 권한 { $count }개가 부여되지 않았습니다: { $pairs }.
preflight-identity-fix = 이 페이지의 정책 { $policy }를 연결하고(또는 연결된 정책에 빠진 것을 추가하고), 일치하는 `Deny`를 삭제하세요.
preflight-identity-partial = 읽을 수 없는 정책이 있습니다({ $policies }). 모든 권한을 점검하지 못했습니다.
preflight-identity-depends = Braze에 필요한 권한 { $count }개는 이 점검이 평가할 수 없는 조건에서만 부여됩니다: { $pairs }.
preflight-identity-broader = Braze에 필요한 권한은 모두 부여되었지만, 다음 정책은 필요 이상을 부여합니다: { $policies }. 이 페이지의 정책만 연결하는 것을 고려하세요.
preflight-identity-pass-bucket = Braze에 필요한 권한이 모두 부여되었으며, 일부는 버킷 정책만으로 부여됩니다. 같은 계정 안에서는 자격 증명의 정책이나 버킷 정책 중 하나만 허용해도 AWS가 요청을 허용합니다.
preflight-identity-pass-published = 정책 { $count }개가 Braze에 필요한 모든 권한을 부여합니다. { $policies }: 이 페이지가 이 경우에 제시하는, Braze가 게시한 그대로의 정책입니다. `*`로 끝나는 리소스는 이름이 내 버킷 이름으로 시작하는 다른 버킷에도 일치합니다(가이드의 참고 사항 참조).
preflight-too-complex = Braze에 필요한 권한 { $count }개를 판단할 수 없습니다. 정책의 와일드카드가 너무 복잡해 이 점검으로는 판단할 수 없습니다({ $pairs }).
preflight-boundary-none = 권한 경계가 설정되어 있지 않습니다.
preflight-boundary-pass = 권한 경계 { $policy }는 Braze에 필요한 모든 권한을 허용합니다.
preflight-boundary-blocks = 권한 경계 { $policy }가 Braze에 필요한 권한 { $count }개를 막습니다: { $pairs }.
preflight-boundary-fix = 경계 { $policy }에서 이 권한들을 허용하거나 경계를 제거하세요.
preflight-boundary-depends = 권한 경계 { $policy }는 이 점검이 평가할 수 없는 조건에서만 Braze에 필요한 권한을 허용합니다.
preflight-trust-pass = Braze 계정 { $account }은 외부 ID { $external_id }로 역할을 수임할 수 있습니다.
preflight-trust-fix = 역할의 신뢰 정책을 이 페이지의 정책으로 바꾸세요(**{ -aws-trust-relationships }** 탭).
preflight-trust-unreadable = 역할의 신뢰 정책을 IAM 정책으로 읽을 수 없습니다.
preflight-role-arn-pass = 역할 ARN은 { $arn }이며, 이 페이지가 Braze에 제공하는 ARN과 같습니다.
preflight-role-arn-differs = 역할 ARN은 { $reported }이지만, 이 페이지는 Braze에 { $given }을(를) 제공합니다. Braze가 거부됩니다.
preflight-role-arn-fix = 역할 요약 페이지에 표시된 { $arn }을(를) Braze에 입력하고, 여기의 역할 이름 필드에 { $name }(경로와 이름)을(를) 입력하세요.
preflight-organizations-unseen = 확인 안 됨: 계정이 AWS Organizations의 조직에 속해 있다면, 조직의 서비스 제어 정책(SCP)과 리소스 제어 정책(RCP)이 계정 자체의 정책과 관계없이 Braze의 요청을 거부할 수 있으며, 계정 안에서는 이 정책들을 읽을 수 없습니다. 확실하지 않다면 조직 관리자에게 문의하세요.
preflight-key-pass = 사용자에게 활성 액세스 키가 { $count }개 있으며, 가장 최근 키는 만든 지 { $days }일 되었습니다.
preflight-key-active-undated = 사용자에게 활성 액세스 키가 { $count }개 있습니다.
preflight-key-none-active = 사용자에게 활성 액세스 키가 없습니다. Braze가 이 사용자로 로그인할 수 없습니다.
preflight-key-create-fix = 사용자의 액세스 키를 만들고(**{ -aws-security-credentials-tab }** 탭, **{ -aws-create-access-key }**) Braze에 입력하세요.
preflight-key-old = 가장 최근의 활성 액세스 키는 만든 지 { $days }일 되었습니다. AWS는 90일마다 키를 교체할 것을 권장합니다.
preflight-key-rotate-fix = 교체 방법: 두 번째 액세스 키를 만들어 Braze에 입력하고 Braze 테스트가 통과하는지 확인한 다음, 이전 키를 비활성화하고 문제가 없으면 삭제하세요.

## The widget's preflight section

snippet-title-preflight-script = 사전 점검 스크립트: AWS 계정 확인(읽기 전용)
file-preflight-script = { $bucket }-braze-preflight.sh
# 아래 실행 명령의 보고서 파일 이름. 스크립트 파일 이름은 file-preflight-script(다운로드 이름)입니다.
-preflight-report-file = preflight-report.txt
preflight-heading = Braze가 테스트하기 전에 AWS 계정을 확인하세요
preflight-intro = 이 스크립트를 AWS CloudShell에서, 또는 버킷을 소유한 계정에 AWS CLI로 로그인된 셸에서 실행하세요. 설정을 읽기만 하고 아무것도 변경하지 않습니다. 그런 다음 출력된 내용을 아래에 붙여 넣으세요.
preflight-paste-label = 사전 점검 스크립트가 출력한 보고서
preflight-paste-hint = 보고서는 이 페이지에서 확인됩니다. 붙여 넣은 내용은 브라우저 밖으로 나가지 않습니다.
preflight-findings = 보고서 결과
preflight-status = { $status ->
        [pass] 정상
        [fail] 문제
        [warn] 경고
       *[unknown] 확인 안 됨
    }
preflight-fix-label = 해결 방법:
preflight-use-snippet = 사용할 스니펫:

# The comment under the preflight script's first line: what it is and how to run it.
preflight-script-intro =
    Braze + Amazon S3: 버킷 { $bucket }과(와) { $kind ->
        [role] IAM 역할
       *[user] IAM 사용자
    } { $name }에 대한 읽기 전용 사전 점검입니다.
    braze-s3-companion이 작성했습니다. 읽기만 합니다 (AWS CLI v1 또는 v2의 head-bucket, get-*, list-* 호출). 아무것도 만들거나 바꾸거나 삭제하지 않으며, 비밀 값을 출력하지 않습니다 (액세스 키는 상태와 생성 날짜만).
    버킷을 소유한 계정에 AWS CLI로 로그인된 곳에서, S3와 IAM 설정을 읽을 수 있는 자격 증명으로 실행하세요 (AWS CloudShell도 됩니다):
      bash { file-preflight-script } > { -preflight-report-file }
    그런 다음 보고서(표준 출력 내용)를 위젯에 붙여 넣으세요. 진행 상황은 표준 오류로 나옵니다. 거부되었거나 아무것도 찾지 못한 호출은 그대로 기록되고 스크립트는 계속됩니다.
