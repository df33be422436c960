# Message archiving: a third purpose of the bucket (Braze, today). It uses dashboard data
# export's policy and its link in Braze; Currents is not needed.
# Markup: **label** for a button or a menu, `literal` for code.

integration-message-archiving = Message archiving
integration-message-archiving-hint = A copy of the messages Braze sends, kept in your cloud storage. A paid add-on; no Currents needed.
archiving-intro = You are setting up **message archiving** only. It is a paid add-on: your company must have purchased it (your Braze customer success manager gets you started). Braze sets it up like dashboard data export: the same permission policy, and the same link in Braze, under **{ -braze-partner-integrations } > { -braze-technology-partners } > { -braze-amazon-s3 }**. This guide shows only those steps.
archiving-no-currents = Braze Currents isn't required if you're only setting up message archiving.
archiving-policy = For message archiving, use the dashboard data export policy: it is the one below.
archiving-role-ids = Get Braze's account ID and external ID where message archiving is linked: in Braze, go to **{ -braze-partner-integrations } > { -braze-technology-partners }** and click **{ -braze-amazon-s3 }**. Create your role with these IDs if you're only setting up message archiving.
step-link-message-archiving = Link Braze to AWS for message archiving
archiving-link-intro = Message archiving writes with the Amazon S3 credentials saved in Braze's technology partners: link them as for dashboard data export.
archiving-turn-on = Then set up message archiving in Braze (Braze's documentation on message archiving says how): Braze then saves a copy of the messages it sends in the bucket { $bucket }. If you set up several cloud storage providers in Braze, archives go only to the one marked as the default data export destination (**{ -braze-default-export-destination }**); with no default set, to the connected Amazon S3 bucket.
archiving-verify = Message archiving: once it is set up and Braze has sent messages, check that their copies appear in { $bucket }.
