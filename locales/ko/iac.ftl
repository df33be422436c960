# iac: 코드형 인프라와 CLI(AWS CLI 스크립트, CloudFormation, Terraform).
# 마크업: 버튼이나 메뉴는 **레이블**, 코드는 `리터럴`.
# 실행 방법 메시지는 파일 이름 메시지({ iac-file-… })로 파일을 가리킵니다.

## 제목

iac-title-cli-script = AWS CLI 스크립트(bash)
iac-title-cloudformation = CloudFormation 템플릿(YAML)
iac-title-terraform = Terraform 구성(HCL)

## 다운로드 파일 이름(모든 시스템에서 쓸 수 있도록 영어 ASCII로 둡니다)

iac-file-cli-script = { $bucket }-braze-iam.sh
iac-file-cloudformation = { $bucket }-braze-iam.yaml
iac-file-terraform = { $bucket }-braze-iam.tf

## 파일별 실행 방법(한 줄)

iac-how-cli-script = 버킷을 소유한 AWS 계정에 로그인된 AWS CLI v2 환경(AWS CloudShell도 가능)에서 `bash { iac-file-cli-script }` 명령을 실행합니다. 여러 번 실행해도 안전합니다.
iac-how-cloudformation = 버킷을 소유한 AWS 계정에서 `aws cloudformation deploy --stack-name braze-s3 --capabilities CAPABILITY_NAMED_IAM --template-file { iac-file-cloudformation }` 명령으로 배포하거나, CloudFormation 콘솔(**스택 생성(Create stack)**)에서 배포합니다.
iac-how-terraform = `{ iac-file-terraform }` 파일만 들어 있는 폴더를 만들고, 버킷을 소유한 계정의 AWS 자격 증명으로 `terraform init`과 `terraform apply` 명령을 실행합니다.

## 파일과 함께 표시되는 참고 사항

iac-note-separate-policies = 두 통합을 모두 사용하면 Braze가 공개한 두 정책({ $currents }, { $dashboard })을 만들고 둘 다 연결합니다. 각 정책은 Braze 문서와 똑같으며, 하나를 분리하면 해당 통합의 액세스만 제거됩니다.
iac-note-secret-once = 스크립트는 액세스 키를 마지막에 만듭니다. 비밀 액세스 키는 출력에 한 번만 표시되고 다시 볼 수 없습니다. 바로 Braze에 입력하고 다른 곳에는 보관하지 마세요.
iac-note-access-key-later = 이 파일은 { $user } 사용자를 만들지만 액세스 키는 만들지 않습니다. 액세스 키를 만들면 비밀 키가 배포 정보와 함께 저장되기 때문입니다. 배포가 끝나면 IAM에서 **{ -aws-users }** > { $user } > **{ -aws-security-credentials-tab }** > **{ -aws-create-access-key }** 순서로 키를 만든 다음 Braze에 입력하세요.
iac-note-role-arn-cli = 스크립트는 마지막에 Braze에 붙여 넣을 역할 ARN을 출력합니다. 그 직후 Braze에 “{ -braze-invalid-credentials }” 오류가 표시되면 IAM에 새 역할이 아직 전파되지 않았을 수 있습니다. 잠시 기다린 후 다시 시도하세요.
iac-note-role-arn-cloudformation = Braze에 붙여 넣을 역할 ARN은 스택의 `RoleArn` 출력값입니다(**출력(Outputs)** 탭). 그 직후 Braze에 “{ -braze-invalid-credentials }” 오류가 표시되면 IAM에 새 역할이 아직 전파되지 않았을 수 있습니다. 잠시 기다린 후 다시 시도하세요.
iac-note-role-arn-terraform = Braze에 붙여 넣을 역할 ARN은 `role_arn` 출력값입니다(`terraform output role_arn`). 그 직후 Braze에 “{ -braze-invalid-credentials }” 오류가 표시되면 IAM에 새 역할이 아직 전파되지 않았을 수 있습니다. 잠시 기다린 후 다시 시도하세요.
