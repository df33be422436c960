# "누가 무엇을 할 수 있는가" 그림: Braze의 계정 또는 IAM 사용자, 역할, 권한 정책의 작업, 버킷.
# 그림의 너비는 320 단위입니다(한 줄에 한글 약 20자, 긴 레이블은 최대 3줄로 줄바꿈).
# $action과 $actions는 IAM 작업(sts:AssumeRole, s3:PutObject 등)이며 번역하지 않습니다.

diagram-caption = 누가 무엇을 할 수 있는가
diagram-braze-account = Braze의 AWS 계정
diagram-assumes = 외부 ID로 역할 수임({ $action })
diagram-role = 내 AWS 계정의 IAM 역할
diagram-user = 내 AWS 계정의 IAM 사용자
diagram-access-key = 및 Braze에 입력한 액세스 키
diagram-allows = 권한 정책 { $policy }이(가) 허용하는 작업:
diagram-bucket = S3 버킷
diagram-folders = Currents 폴더
diagram-more-folders = 외 { $count }개

## 대체 텍스트: 제목은 버킷(역할이면 Braze의 계정과 외부 ID도)을 밝히고, 설명은 그림이 보여 주는
## 모든 것을 말합니다.

diagram-title-role = Braze의 AWS 계정 { $account }이(가) 외부 ID { $external_id }(으)로 내 역할을 수임하여 S3 버킷 { $bucket }을(를) 사용합니다
diagram-title-key = IAM 사용자 { $user }와(과) Braze에 입력한 액세스 키가 S3 버킷 { $bucket }을(를) 사용합니다
diagram-desc-assume = Braze의 AWS 계정 { $account }은(는) 외부 ID { $external_id }을(를) 제시할 때만 IAM 역할 { $role }을(를) 수임할 수 있습니다({ $action }).
diagram-desc-key = Braze는 내가 Braze에 입력한 액세스 키로 IAM 사용자 { $user }(으)로 로그인합니다.
diagram-desc-policy = 권한 정책 { $policy }은(는) S3 버킷 { $bucket }에 대해 { $actions }을(를) 허용합니다.
diagram-desc-folders = Currents는 폴더 { $folders }에 씁니다.
diagram-desc-folders-missing = Currents가 쓰는 폴더 { $count }개 중 경로가 아직 유효하지 않은 것이 있습니다.

## The providers' pictures (src/core/providers/diagram.rs)

provider-diagram-braze = Braze
provider-diagram-gcs-key = 다음의 JSON 키로 로그인:
provider-diagram-service-account = 서비스 계정
provider-diagram-gcs-role = 커스텀 역할로 이 버킷에만 쓰기 가능:
provider-diagram-bucket = 버킷
provider-diagram-azure-connection-string = 연결 문자열(계정 키 포함)로 쓰기:
provider-diagram-storage-account = 스토리지 계정과 컨테이너
provider-diagram-azure-certificate = 인증서로 Microsoft Entra ID에 로그인:
provider-diagram-app = 앱의 서비스 주체
provider-diagram-azure-role = 스토리지 계정에 부여된 Storage Blob Data Contributor로 쓰기 가능:
provider-diagram-title = 누가 무엇을 할 수 있는지: { $target }에 대한 Braze의 액세스
provider-diagram-gcs-desc = Braze는 서비스 계정 { $account }으로 JSON 키를 사용해 로그인합니다. 버킷 { $bucket }에만 부여된 커스텀 역할 { $role }로 그곳에 쓸 수 있습니다.
provider-diagram-azure-connection-string-desc = Braze는 계정 키가 포함된 연결 문자열로 스토리지 계정 { $account }의 컨테이너 { $container }에 씁니다.
provider-diagram-azure-certificate-desc = Braze는 인증서로 앱 { $client }으로서 Microsoft Entra ID에 로그인합니다. 스토리지 계정 { $account }에 부여된 Storage Blob Data Contributor로 컨테이너 { $container }에 쓸 수 있습니다.
