# AWS 콘솔과 Braze 대시보드의 레이블(화면에 표시되는 그대로).
#
# 규칙: 독자가 화면에서 찾아야 하는 레이블은 그 화면이 독자의 언어로 보여 주는 표기로 씁니다.
#   Braze 대시보드: Braze의 현재 한국어 페이지(braze-inc/braze-docs
#     _lang/ko/_partners/data_and_analytics/cloud_storage/amazon_s3.md, docs/facts.md "Today vs the seed")의
#     표기. 한국어 페이지가 영어로 쓰는 레이블은 영어로 둡니다.
#   AWS 콘솔: 한국어로 표시한 AWS 콘솔의 표기. 콘솔이 영어로 표시될 수도 있으므로 영어 표기를
#     괄호 안에 함께 씁니다. Braze 한국어 페이지가 영어로 쓰는 AWS 레이블은 영어를 먼저 씁니다.
#
# 레이블별 결정과 근거:
# -aws-sign-in: "콘솔에 로그인(Sign In to the Console)" — AWS 한국어 사이트의 버튼, 영어 병기
# -aws-create-account: "AWS 계정 생성(Create an AWS Account)" — AWS 한국어 사이트, 영어 병기
# -aws-s3: "S3" — 제품명
# -aws-storage-category: "Storage & Content Delivery" — 이전 콘솔의 카테고리, Braze 한국어 페이지도 영어
# -aws-create-bucket: "버킷 만들기(Create bucket)" — 한국어 S3 콘솔, 영어 병기
# -aws-show-credentials: "Show User Security Credentials" — 이전 IAM 콘솔, Braze 한국어 페이지도 영어
# -aws-download-credentials: "Download Credentials" — 이전 IAM 콘솔, Braze 한국어 페이지도 영어
# -aws-policies: "정책(Policies)" — 한국어 IAM 콘솔, 영어 병기
# -aws-get-started: "Get Started" — 이전 IAM 콘솔, Braze 한국어 페이지도 영어
# -aws-create-policy: "정책 생성(Create policy)" — 한국어 IAM 콘솔, 영어 병기
# -aws-create-own-policy: "Create Your Own Policy" — 이전 IAM 콘솔, Braze 한국어 페이지도 영어
# -aws-policy-document: "Policy Document" — 이전 IAM 콘솔, Braze 한국어 페이지도 영어
# -aws-users: "사용자(Users)" — 한국어 IAM 콘솔, 영어 병기
# -aws-permissions-tab: "권한(Permissions)" — 한국어 S3 콘솔(버킷)과 IAM 콘솔(사용자)의 탭, 영어 병기
# -aws-attach-policy: "Attach Policy" — 이전 IAM 콘솔, Braze 한국어 페이지도 영어
# -aws-json-tab: "JSON" — 모든 언어에서 같음
# -aws-review-policy: "Review policy" — 이전 IAM 콘솔, Braze 한국어 페이지도 영어
# -aws-roles: "역할(Roles)" — 한국어 IAM 콘솔, 영어 병기
# -aws-create-role: "역할 생성(Create role)" — 한국어 IAM 콘솔, 영어 병기
# -aws-another-account: "Another AWS Account(다른 AWS 계정)" — Braze 한국어 페이지는 영어(docs/facts.md), 한국어 콘솔의 뜻 병기
# -aws-require-external-id: "Require external ID(외부 ID 필요)" — Braze 한국어 페이지는 영어(docs/facts.md), 한국어 콘솔의 뜻 병기
# -aws-next: "다음(Next)" — 한국어 IAM 콘솔, 영어 병기
# -aws-role-arn: "Role ARN" — Braze 한국어 페이지도 영어
# -aws-trust-relationships: "신뢰 관계(Trust relationships)" — 한국어 IAM 콘솔, 영어 병기
# -aws-custom-trust-policy: "사용자 지정 신뢰 정책(Custom trust policy)" — 한국어 IAM 콘솔, 영어 병기
# -aws-security-credentials-tab: "보안 자격 증명(Security credentials)" — 한국어 IAM 콘솔, 영어 병기
# -aws-create-access-key: "액세스 키 만들기(Create access key)" — 한국어 IAM 콘솔, 영어 병기
# -aws-bucket-policy: "버킷 정책(Bucket policy)" — 한국어 S3 콘솔, 영어 병기
# -aws-edit: "편집(Edit)" — 한국어 S3 콘솔, 영어 병기
# -braze-partner-integrations: "파트너 통합" — Braze 한국어 페이지의 메뉴 표기(docs/facts.md: 일치)
# -braze-currents: "Currents" — 제품명, 현재 메뉴(파트너 통합 > Currents)
# -braze-create-currents: "Create New Current" — Braze 한국어 페이지는 영어(docs/facts.md, 현재 버튼).
#   이전 버튼 "Create Current"는 이전 대시보드용 참고(link-currents-old-nav, role-ids-old-nav)에 직접 씁니다
# -braze-s3-data-export: "Amazon S3 Data Export" — Braze 한국어 페이지는 영어
# -braze-data-export: "데이터 내보내기" — 이전 탐색(시드 페이지), 이전 대시보드용 참고에만 사용
# -braze-integrations: "통합" — 이전 탐색, 참고에만 사용
# -braze-technology-partners: "기술 파트너" — Braze 한국어 페이지(docs/facts.md: 일치)
# -braze-amazon-s3: "Amazon S3" — 제품명
# -braze-credentials-section: "Credentials" — Braze 한국어 페이지는 영어
# -braze-secret-key-radio: "AWS Secret Access Key" — Braze 한국어 페이지는 영어
# -braze-role-arn-radio: "AWS Role ARN" — Braze 한국어 페이지는 영어
# -braze-folder-path: "폴더 경로" — Braze 한국어 페이지(docs/facts.md)
# -braze-sse-option: "서버 측 저장 시 AES-256 암호화" — Braze 한국어 페이지(docs/facts.md, 표기 그대로)
# -braze-launch-currents: "Launch Current" — Braze 한국어 페이지는 영어
# -braze-aws-credentials-page: "AWS Credentials" — Braze 한국어 페이지는 영어
# -braze-test-credentials: "Test Credentials" — Braze 한국어 페이지는 영어(docs/facts.md: 일치)
# -braze-save: "Save" — Braze 한국어 페이지는 영어
# -braze-invalid-credentials: "S3 credentials are invalid" — Braze 오류 메시지(docs/facts.md: 일치, 표기 그대로)
# 외부 ID: Braze 한국어 페이지의 표기(docs/facts.md: 일치), 본문에 직접 씁니다.

## AWS 콘솔
-aws-sign-in = 콘솔에 로그인(Sign In to the Console)
-aws-create-account = AWS 계정 생성(Create an AWS Account)
-aws-s3 = S3
-aws-storage-category = Storage & Content Delivery
-aws-create-bucket = 버킷 만들기(Create bucket)
-aws-show-credentials = Show User Security Credentials
-aws-download-credentials = Download Credentials
-aws-policies = 정책(Policies)
-aws-get-started = Get Started
-aws-create-policy = 정책 생성(Create policy)
-aws-create-own-policy = Create Your Own Policy
-aws-policy-document = Policy Document
-aws-users = 사용자(Users)
-aws-permissions-tab = 권한(Permissions)
-aws-attach-policy = Attach Policy
-aws-json-tab = JSON
-aws-review-policy = Review policy
-aws-roles = 역할(Roles)
-aws-create-role = 역할 생성(Create role)
-aws-another-account = Another AWS Account(다른 AWS 계정)
-aws-require-external-id = Require external ID(외부 ID 필요)
-aws-next = 다음(Next)
-aws-role-arn = Role ARN
-aws-trust-relationships = 신뢰 관계(Trust relationships)
-aws-custom-trust-policy = 사용자 지정 신뢰 정책(Custom trust policy)
-aws-security-credentials-tab = 보안 자격 증명(Security credentials)
-aws-create-access-key = 액세스 키 만들기(Create access key)
-aws-bucket-policy = 버킷 정책(Bucket policy)
-aws-edit = 편집(Edit)

## Braze 대시보드
-braze-partner-integrations = 파트너 통합
-braze-currents = Currents
-braze-create-currents = Create New Current
-braze-s3-data-export = Amazon S3 Data Export
-braze-data-export = 데이터 내보내기
-braze-integrations = 통합
-braze-technology-partners = 기술 파트너
-braze-amazon-s3 = Amazon S3
-braze-credentials-section = Credentials
-braze-secret-key-radio = AWS Secret Access Key
-braze-role-arn-radio = AWS Role ARN
-braze-folder-path = 폴더 경로
-braze-sse-option = 서버 측 저장 시 AES-256 암호화
-braze-launch-currents = Launch Current
-braze-aws-credentials-page = AWS Credentials
-braze-test-credentials = Test Credentials
-braze-save = Save
-braze-invalid-credentials = S3 credentials are invalid
# -braze-default-export-destination: 기술 파트너의 각 제공업체 페이지에 있는 확인란. Braze의 번역 페이지는 모두 영어로 씀
-braze-default-export-destination = Make this the default data export destination
