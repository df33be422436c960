# 메시지 보관: 버킷의 세 번째 용도(현재 Braze). 대시보드 데이터 내보내기의 정책과 연결을
# 사용하며 Currents는 필요하지 않습니다.
# 마크업: 버튼이나 메뉴는 **레이블**, 코드는 `리터럴`.

integration-message-archiving = 메시지 보관
integration-message-archiving-hint = Braze가 보낸 메시지의 사본을 클라우드 스토리지에 보관합니다. 유료 부가 기능이며, Currents는 필요하지 않습니다.
archiving-intro = **메시지 보관**만 설정합니다. 메시지 보관은 유료 부가 기능이므로 회사에서 구매해 두어야 합니다(시작하려면 Braze 고객 성공 매니저에게 문의하세요). Braze에서는 대시보드 데이터 내보내기와 같은 방식으로 설정합니다. 같은 권한 정책을 사용하고, Braze의 같은 화면(**{ -braze-partner-integrations } > { -braze-technology-partners } > { -braze-amazon-s3 }**)에서 연결합니다. 이 가이드에는 그 단계만 표시됩니다.
archiving-no-currents = 메시지 보관만 설정하는 경우에는 Braze Currents가 필요하지 않습니다.
archiving-policy = 메시지 보관에는 대시보드 데이터 내보내기 정책을 사용합니다. 아래에 표시된 정책입니다.
archiving-role-ids = 메시지 보관을 연결하는 화면에서 Braze 계정 ID와 외부 ID를 확인합니다. Braze에서 **{ -braze-partner-integrations } > { -braze-technology-partners }** 메뉴로 이동하여 **{ -braze-amazon-s3 }** 항목을 클릭합니다. 메시지 보관만 설정하는 경우 이 ID로 역할을 만드세요.
step-link-message-archiving = 메시지 보관을 위해 Braze를 AWS에 연결
archiving-link-intro = 메시지 보관은 Braze의 기술 파트너에 저장된 Amazon S3 자격 증명으로 데이터를 씁니다. 대시보드 데이터 내보내기와 같은 방법으로 연결하세요.
archiving-turn-on = 그런 다음 Braze에서 메시지 보관을 설정합니다(방법은 메시지 보관에 관한 Braze 문서를 참고하세요). 이후 Braze는 보낸 메시지의 사본을 { $bucket } 버킷에 저장합니다. Braze에 클라우드 스토리지 제공업체를 여러 개 설정했다면, 아카이브는 기본 데이터 내보내기 대상으로 표시한 곳(**{ -braze-default-export-destination }**)에만 저장됩니다. 기본 대상을 지정하지 않았다면 연결된 Amazon S3 버킷에 저장됩니다.
archiving-verify = 메시지 보관: 설정을 마치고 Braze가 메시지를 보낸 뒤, 그 사본이 { $bucket } 버킷에 저장되는지 확인합니다.
