# AWS 콘솔과 Braze 대시보드의 레이블(화면에 표시되는 그대로).
#
# 영어로 남겨 둔 레이블(의도적):
# - AWS 콘솔: Storage & Content Delivery, Show User Security Credentials, Download Credentials,
#   Get Started, Create Your Own Policy, Policy Document, Attach Policy, Review policy, Role ARN.
#   Braze 원문이 인용하는 이전 콘솔 화면의 레이블로, 현재 한국어 콘솔에서 그대로 대응하는
#   레이블을 확인할 수 없습니다. Braze 한국어 문서도 이 레이블을 영어로 표기합니다.
# - Braze 대시보드: Create Current, Amazon S3 Data Export, Credentials, AWS Secret Access Key,
#   AWS Role ARN, Folder Path, AES-256 Server-Side Encryption at Rest, Launch Current,
#   AWS Credentials, Test Credentials, Save, 오류 메시지 S3 credentials are invalid.
#   Currents 설정 화면과 Amazon S3 기술 파트너 화면의 한국어 표기를 확인할 수 없어(Braze 한국어
#   문서도 이 레이블을 영어로 표기함) 독자가 항상 버튼을 찾을 수 있도록 영어로 둡니다.
# - 제품명: S3, JSON, Currents, Amazon S3.
# 한국어로 옮긴 레이블은 한국어 AWS 콘솔에 표시되는 표기, 그리고 Braze 한국어 문서가 대시보드
# 메뉴에 일관되게 쓰는 표기(파트너 통합, 데이터 내보내기, 기술 파트너, 통합)입니다.

## AWS 콘솔
-aws-sign-in = 콘솔에 로그인
-aws-create-account = AWS 계정 생성
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = 버킷 만들기
-aws-show-credentials = Show User Security Credentials
-aws-download-credentials = Download Credentials
-aws-policies = 정책
-aws-get-started = Get Started
-aws-create-policy = 정책 생성
-aws-create-own-policy = Create Your Own Policy
-aws-policy-document = Policy Document
-aws-users = 사용자
-aws-permissions-tab = 권한
-aws-attach-policy = Attach Policy
-aws-json-tab = JSON
-aws-review-policy = Review policy
-aws-roles = 역할
-aws-create-role = 역할 생성
-aws-another-account = 다른 AWS 계정
-aws-require-external-id = 외부 ID 필요
-aws-next = 다음
-aws-role-arn = Role ARN
-aws-trust-relationships = 신뢰 관계
-aws-custom-trust-policy = 사용자 지정 신뢰 정책
-aws-security-credentials-tab = 보안 자격 증명
-aws-create-access-key = 액세스 키 만들기

## Braze 대시보드
-braze-partner-integrations = 파트너 통합
-braze-data-export = 데이터 내보내기
-braze-create-currents = Create Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-integrations = 통합
-braze-currents = Currents
-braze-technology-partners = 기술 파트너
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = Folder Path
-braze-sse-option = AES-256 Server-Side Encryption at Rest
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = S3 credentials are invalid
-aws-bucket-policy = 버킷 정책
-aws-edit = 편집
