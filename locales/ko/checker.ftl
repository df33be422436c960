# 검사기: "기존 정책 확인".
# 마크업: 버튼이나 메뉴는 **레이블**, 코드는 `리터럴`.
# $statement는 붙여 넣은 정책에서 Statement의 위치(1부터 셈)입니다: "{ $statement }번 Statement".
# 변수 바로 뒤에는 조사를 붙이지 않습니다.

## 인터페이스

checker-heading = 기존 정책 확인
checker-intro = 이미 사용자나 역할이 있나요? 해당 정책을 여기에 붙여 넣으면, Braze에서 **{ -braze-test-credentials }** 버튼을 클릭하기 전에 Braze에 필요한 권한이 부여되어 있는지 확인할 수 있습니다. 정책은 브라우저 밖으로 전송되지 않습니다.
checker-field-label = 확인할 정책(JSON)
checker-field-hint = 정책의 **{ -aws-json-tab }** 탭에 있는 자격 증명 기반 정책, 또는 역할의 **{ -aws-trust-relationships }** 탭에 있는 신뢰 정책을 붙여 넣으세요.
checker-column-action = 작업
checker-column-resource = 리소스
checker-column-access = 결과
checker-warnings-heading = Braze에 필요한 범위를 넘는 권한
checker-trust-heading = 신뢰 정책
checker-notes-heading = 참고 사항
checker-example-matches = 일치
checker-example-no-match = 일치하지 않음

## 판정

checker-verdict-sufficient-identity = 이 정책은 { $bucket } 버킷에서 { $integration ->
        [currents] Braze Currents에
        [dashboard-export] 대시보드 데이터 내보내기에
       *[both] Braze Currents와 대시보드 데이터 내보내기에
    } 필요한 권한을 모두 부여합니다.
checker-verdict-insufficient-identity = Braze가 { $bucket } 버킷에서 필요로 하는 권한 { $total }개 중 { $count }개는 부여된 것으로 확인되지 않습니다. Braze의 자격 증명 테스트가 실패할 가능성이 높습니다.
checker-verdict-sufficient-trust = Braze 계정({ $account })이 외부 ID를 사용해 이 역할을 수임할 수 있습니다.
checker-verdict-insufficient-trust = 현재 상태의 신뢰 정책으로는 Braze가 외부 ID를 사용해 이 역할을 수임할 수 없습니다.
checker-verdict-invalid = 이 텍스트는 확인할 수 없습니다.

## 권한별 결과

checker-access-granted = 부여됨
checker-access-missing = 누락됨
checker-access-denied = 명시적 `Deny`로 거부됨({ $statement }번 Statement)
checker-access-depends-allow = 이 검사에서 평가할 수 없는 조건을 충족할 때만 부여됨: { $conditions } ({ $statements }번 Statement)
checker-access-depends-deny = 이 검사에서 평가할 수 없는 조건에 따라 거부될 수 있음: { $conditions } ({ $statements }번 Statement)
checker-access-missing-some = Braze가 여기에 쓰는 모든 키에 부여되지는 않음(예: `{ $example }`는 제외됨)
checker-access-denied-some = Braze가 여기에 쓰는 키 중 일부가 명시적 `Deny`로 거부됨({ $statement }번 Statement, 예: `{ $example }`)
checker-access-too-complex = 확인 안 됨: 이 정책의 와일드카드가 너무 복잡해 여기서 판단할 수 없습니다. 리소스를 단순하게 바꾸세요

## 필요한 범위를 넘는 권한

checker-warning-all-actions = { $statement }번 Statement가 모든 AWS 서비스의 모든 작업을 허용합니다(`"Action": "*"`).
checker-warning-not-action = { $statement }번 Statement가 `NotAction`에 나열된 작업을 제외한 모든 작업을 허용합니다. Braze에 필요한 것보다 훨씬 넓은 범위입니다.
checker-warning-action-wildcard = { $statement }번 Statement가 허용하는 { $pattern } 패턴은 Braze에 필요한 것보다 많은 작업을 포함합니다.
checker-warning-extra-actions = { $statement }번 Statement가 { $actions } 작업도 허용합니다. 이 통합에서 Braze에 필요하지 않은 작업입니다.
checker-warning-all-resources = { $statement }번 Statement가 버킷뿐 아니라 모든 리소스에 적용됩니다(`"Resource": "*"`).
checker-warning-not-resource = { $statement }번 Statement가 `NotResource`에 나열된 리소스를 제외한 모든 리소스에 적용됩니다.
checker-warning-other-buckets = { $statement }번 Statement: { $pattern } 패턴이 { $bucket } 버킷 외의 다른 버킷과도 일치합니다.
checker-warning-other-resources = { $statement }번 Statement: { $pattern } 패턴이 버킷과 그 객체 외의 다른 리소스와도 일치합니다.
checker-warning-any-principal = { $statement }번 Statement가 누구나 이 역할을 수임하도록 허용합니다. Braze 계정뿐 아니라 모든 AWS 계정이 해당됩니다. `Principal` 요소를 Braze 계정으로 제한하세요.
checker-warning-other-principals = { $statement }번 Statement가 다음 보안 주체도 신뢰합니다: { $principals }

## 신뢰 정책 검사 결과

checker-trust-principal-allowed = Braze 계정({ $account })이 신뢰할 수 있는 보안 주체로 지정되어 있습니다.
checker-trust-principal-any = Braze 계정({ $account })이 신뢰되지만, 모든 보안 주체를 신뢰하기 때문일 뿐입니다.
checker-trust-principal-specific = Braze 계정의 일부 보안 주체({ $principals })만 신뢰됩니다. Braze 설정에서는 계정 전체({ $account })를 신뢰하므로, Braze가 이 보안 주체 중 하나로 호출하는지는 이 검사로 알 수 없습니다.
checker-trust-principal-missing = Braze 계정({ $account })이 이 역할에 대해 `sts:AssumeRole` 작업을 호출하도록 허용하는 Statement가 없습니다.
checker-trust-external-id-equal = `sts:ExternalId` 조건이 있으며, 입력한 외부 ID({ $external_id })와 일치합니다.
checker-trust-external-id-missing = `sts:ExternalId` 조건 없이 Braze 계정을 신뢰하는 Statement가 있습니다. 역할을 만들 때 **{ -aws-require-external-id }** 확인란을 선택해, 외부 ID가 포함된 요청만 허용되도록 하세요.
checker-trust-external-id-different = `sts:ExternalId` 조건에 입력한 외부 ID({ $external_id }) 대신 다른 값({ $found })이 지정되어 있습니다.
checker-trust-external-id-unverifiable = `sts:ExternalId` 조건에 { $operator } 연산자가 사용되었습니다. 이 검사는 이 연산자를 평가하지 않습니다.
checker-trust-external-id-open = `sts:ExternalId` 조건이 { $operator } 연산자와 { $value } 값을 사용해 다른 외부 ID나 외부 ID가 없는 요청도 허용합니다. 이 역할의 ARN을 알게 된 Braze의 다른 고객 누구나 Braze가 이 역할을 사용하게 만들 수 있습니다(외부 ID가 막기 위해 존재하는 '혼동된 대리자' 문제). 입력한 외부 ID와 정확히 일치하는 `StringEquals`를 사용하세요.

## 참고

checker-note-trust-with-secret-key = 비밀 액세스 키 방법을 선택했습니다. 이 방법에서는 Braze가 IAM 사용자로 로그인하므로 역할의 신뢰 정책은 사용되지 않습니다.
checker-note-organizations = 계정이 AWS Organizations의 조직에 속해 있다면, 조직의 서비스 제어 정책(SCP)과 리소스 제어 정책(RCP)이 이 정책이 허용하는 작업을 거부할 수 있습니다. 이 정책들은 여기서 읽을 수 없습니다.
## 텍스트를 확인할 수 없는 이유

checker-error-location = { $line }행 { $column }열:
checker-error-empty = 먼저 정책을 붙여 넣으세요. `{"{"}` 문자로 시작하는 JSON 문서여야 합니다.
checker-error-too-long = 이 텍스트는 공백을 제외하고 { $max }자를 넘습니다. IAM이 저장하는 어떤 정책보다 길어 읽지 않습니다.
checker-error-identity-too-long = 이 자격 증명 정책은 공백을 제외하고 { $chars }자입니다. IAM은 { $max }자를 넘는 관리형 정책을 저장하지 않습니다.
checker-error-trust-too-long = 이 신뢰 정책은 공백을 제외하고 { $chars }자입니다. IAM은 역할의 신뢰 정책을 최대 { $max }자까지 허용합니다(계정 할당량을 늘리지 않은 경우).
checker-error-syntax = 올바른 JSON이 아닙니다.
checker-error-trailing-comma = 쉼표 뒤에 아무것도 없습니다. JSON에서는 목록이나 객체의 마지막 항목 뒤에 쉼표를 쓸 수 없습니다.
checker-error-key-not-string = 큰따옴표로 묶이지 않은 이름이 있습니다. JSON에서는 `Effect`나 `'Effect'`가 아니라 `"Effect"`처럼 씁니다.
checker-error-trailing-characters = 정책이 끝난 뒤에 텍스트가 더 있습니다. JSON 문서 하나만 붙여 넣으세요.
checker-error-truncated = JSON 문서가 끝나기 전에 텍스트가 끝납니다. 닫는 `{"}"}` 또는 `]` 기호가 빠진 것 같습니다.
checker-error-not-object = JSON이지만 IAM 정책은 아닙니다. 정책은 `Version`과 `Statement`가 있는 객체입니다.
checker-error-unknown-element = { $name } 항목은 IAM 정책 요소가 아닙니다. 철자와 대소문자를 확인하세요.
checker-error-duplicate-element = { $name } 요소가 두 번 나옵니다.
checker-error-missing-element = 정책에 { $element } 요소가 없습니다.
checker-error-missing-in-statement = { $statement }번 Statement에 { $element } 요소가 없습니다.
checker-error-version = { $found } 버전은 IAM에서 인식하지 않는 버전입니다. `2012-10-17` 버전을 사용하세요.
checker-error-wrong-type = { $element } 요소의 값은 { $expected ->
        [text] 큰따옴표로 묶은 텍스트여야
        [object-or-list] 객체 또는 객체 목록이어야
       *[text-or-list] 텍스트 또는 텍스트 목록이어야
    } 합니다.
checker-error-statement-not-object = { $statement }번 Statement가 중괄호(`{"{"}`, `{"}"}`)로 묶인 객체가 아닙니다.
checker-error-effect = { $found } 효과는 올바르지 않습니다. 대소문자를 지켜 `Allow` 또는 `Deny`로 쓰세요.
checker-error-exclusive = { $statement }번 Statement에 { $first } 요소와 { $second } 요소가 모두 있습니다. IAM은 둘 중 하나만 허용합니다.
checker-error-principal = { $statement }번 Statement의 보안 주체가 올바르지 않습니다. `"*"` 또는 `{"{"}"AWS": "arn:aws:iam::123456789012:root"{"}"}` 같은 객체로 쓰세요.
checker-error-condition = { $statement }번 Statement의 조건이 올바르지 않습니다. 연산자를 키로 하는 객체로 쓰고, 각 연산자의 값은 키와 값으로 이루어진 객체여야 합니다.
checker-error-resource-policy = 이 정책에는 `Principal`과 `Resource`가 모두 있으므로 버킷 정책과 같은 리소스 기반 정책입니다. 사용자나 역할에 연결된 자격 증명 기반 정책, 또는 역할의 신뢰 정책을 붙여 넣으세요.
checker-error-trust-without-principal = 신뢰 정책처럼 보이지만 { $statement }번 Statement에 `Principal` 요소가 없습니다.
checker-error-bucket = 먼저 위에 올바른 버킷 이름을 입력하세요. 이 검사는 정책을 버킷과 비교합니다.
checker-error-trust-values = 신뢰 정책입니다. 먼저 위에 Braze의 AWS 계정 ID와 외부 ID를 입력하세요. 이 검사는 정책을 이 값들과 비교합니다.
checker-error-trust-secret-key = 역할의 신뢰 정책이지만, 역할을 사용하지 않는 비밀 액세스 키 방법을 선택했습니다. 이 정책을 확인하려면 역할 ARN 방법을 선택하고 Braze의 계정 ID와 외부 ID를 입력하세요.
