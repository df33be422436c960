# Checker: "Check an existing policy".
# Markup: **label** for a button or menu, `literal` for code.
# $statement is a statement's position in the pasted policy, counted from 1.

## Interface

checker-heading = Check an existing policy
checker-intro = Already have a user or a role? Paste its policy here to see, before you click **{ -braze-test-credentials }** in Braze, whether it grants what Braze needs. The policy never leaves your browser.
checker-field-label = Policy to check (JSON)
checker-field-hint = The identity policy from the policy's **{ -aws-json-tab }** tab, or the role's trust policy from its **{ -aws-trust-relationships }** tab.
checker-column-action = Action
checker-column-resource = Resource
checker-column-access = Result
checker-warnings-heading = Grants beyond what Braze needs
checker-trust-heading = Trust policy
checker-notes-heading = Good to know
checker-example-matches = matches
checker-example-no-match = does not match

## Verdicts

checker-verdict-sufficient-identity = This policy grants everything { $integration ->
        [currents] Braze Currents needs
        [dashboard-export] dashboard data export needs
       *[both] Braze Currents and dashboard data export need
    } on { $bucket }.
checker-verdict-insufficient-identity = { $count ->
        [one] One of the { $total } permissions Braze needs on { $bucket } is not granted for sure.
       *[other] { $count } of the { $total } permissions Braze needs on { $bucket } are not granted for sure.
    } Braze's credential test would likely fail.
checker-verdict-sufficient-trust = Braze's account { $account } can assume this role with your external ID.
checker-verdict-insufficient-trust = As it stands, this trust policy does not let Braze assume the role with your external ID.
checker-verdict-invalid = This text cannot be checked.

## Result of one permission

checker-access-granted = Granted
checker-access-missing = Missing
checker-access-denied = Denied by an explicit `Deny` (statement { $statement })
checker-access-depends-allow = Only granted under a condition this check cannot evaluate: { $conditions } ({ $count ->
        [one] statement
       *[other] statements
    } { $statements })
checker-access-depends-deny = May be denied, depending on a condition this check cannot evaluate: { $conditions } ({ $count ->
        [one] statement
       *[other] statements
    } { $statements })
checker-access-missing-some = Not granted for every key Braze writes here: `{ $example }` is left out
checker-access-denied-some = Denied for some of the keys Braze writes here by an explicit `Deny` (statement { $statement }), such as `{ $example }`
checker-access-too-complex = Not checked: the wildcards of this policy are too intricate to judge here; simplify its resources

## Grants beyond the need

checker-warning-all-actions = Statement { $statement } allows every action of every AWS service (`"Action": "*"`).
checker-warning-not-action = Statement { $statement } allows every action except those listed in `NotAction`: far more than Braze needs.
checker-warning-action-wildcard = Statement { $statement } allows { $pattern }, which covers more actions than Braze needs.
checker-warning-extra-actions = Statement { $statement } also allows { $actions }, which Braze does not need for this integration.
checker-warning-all-resources = Statement { $statement } applies to every resource (`"Resource": "*"`), not only to your bucket.
checker-warning-not-resource = Statement { $statement } applies to every resource except those listed in `NotResource`.
checker-warning-other-buckets = Statement { $statement }: { $pattern } also matches buckets other than { $bucket }.
checker-warning-other-resources = Statement { $statement }: { $pattern } also matches resources other than your bucket and its objects.
checker-warning-any-principal = Statement { $statement } lets anyone assume this role: any AWS account, not only Braze's. Restrict `Principal` to Braze's account.
checker-warning-other-principals = Statement { $statement } also trusts { $principals }.

## Trust policy findings

checker-trust-principal-allowed = Braze's account { $account } is a trusted principal.
checker-trust-principal-any = Braze's account { $account } is trusted, but only because every principal is.
checker-trust-principal-specific = Only some identities of Braze's account are trusted ({ $principals }). Braze's setup trusts the whole account { $account }: this check cannot tell whether Braze calls from one of these.
checker-trust-principal-missing = No statement lets Braze's account { $account } call `sts:AssumeRole` on this role.
checker-trust-external-id-equal = The `sts:ExternalId` condition is present and matches your external ID { $external_id }.
checker-trust-external-id-missing = A statement trusts Braze's account without an `sts:ExternalId` condition. Tick **{ -aws-require-external-id }** when you create the role, so that only requests carrying your external ID are accepted.
checker-trust-external-id-different = The `sts:ExternalId` condition expects { $found }, not your external ID { $external_id }.
checker-trust-external-id-unverifiable = The `sts:ExternalId` condition uses { $operator }, which this check does not evaluate.
checker-trust-external-id-open = The `sts:ExternalId` condition uses { $operator } with { $value }, which also admits other external IDs, or none: any Braze customer who learns this role's ARN could have Braze use it (the "confused deputy" the external ID exists to stop). Use `StringEquals` with exactly your external ID.

## Notes

checker-note-trust-with-secret-key = You chose the secret access key method: Braze then signs in as an IAM user, and a role's trust policy plays no part.
checker-note-organizations = If your account belongs to an organization in AWS Organizations, its service control policies (SCPs) and resource control policies (RCPs) may still refuse what this policy allows: they cannot be read from here.
## Why a text cannot be checked

checker-error-location = Line { $line }, column { $column }:
checker-error-empty = Paste a policy first: a JSON document that starts with `{"{"}`.
checker-error-too-long = This text counts more than { $max } characters without whitespace: longer than any policy IAM stores, so it is not read.
checker-error-identity-too-long = This identity policy counts { $chars } characters without whitespace; IAM stores no managed policy longer than { $max }.
checker-error-trust-too-long = This trust policy counts { $chars } characters without whitespace; IAM accepts a role's trust policy of at most { $max } (unless your account's quota was raised).
checker-error-syntax = This is not valid JSON.
checker-error-trailing-comma = A comma is followed by nothing: JSON allows no comma after the last item of a list or object.
checker-error-key-not-string = A name is not between double quotes: JSON writes `"Effect"`, never `Effect` or `'Effect'`.
checker-error-trailing-characters = There is more text after the end of the policy. Paste a single JSON document.
checker-error-truncated = The text ends before the JSON document does: a closing `{"}"}` or `]` is probably missing.
checker-error-not-object = This is JSON, but not an IAM policy: a policy is an object with `Version` and `Statement`.
checker-error-unknown-element = { $name } is not an element of an IAM policy. Check its spelling and case.
checker-error-duplicate-element = { $name } appears twice.
checker-error-missing-element = The policy has no { $element } element.
checker-error-missing-in-statement = Statement { $statement } has no { $element } element.
checker-error-version = The version { $found } is not one IAM knows: use `2012-10-17`.
checker-error-wrong-type = The value of { $element } should be { $expected ->
        [text] a text between double quotes
        [object-or-list] an object, or a list of objects
       *[text-or-list] a text, or a list of texts
    }.
checker-error-statement-not-object = Statement { $statement } is not an object between `{"{"}` and `{"}"}`.
checker-error-effect = The effect { $found } is not valid: write `Allow` or `Deny`, with that capitalization.
checker-error-exclusive = Statement { $statement } has both { $first } and { $second }; IAM accepts only one of them.
checker-error-principal = The principal of statement { $statement } is not valid: write `"*"` or an object such as `{"{"}"AWS": "arn:aws:iam::123456789012:root"{"}"}`.
checker-error-condition = The condition of statement { $statement } is not valid: write an object of operators, each an object of keys and values.
checker-error-resource-policy = This policy names both a `Principal` and a `Resource`: it is a resource-based policy, such as a bucket policy. Paste the identity policy attached to the user or role, or the role's trust policy.
checker-error-trust-without-principal = This looks like a trust policy, but statement { $statement } has no `Principal`.
checker-error-bucket = Type a valid bucket name above first: the check compares the policy with your bucket.
checker-error-trust-values = This is a trust policy. Type Braze's AWS account ID and the external ID above first: the check compares the policy with them.
checker-error-trust-secret-key = This is a role's trust policy, but you chose the secret access key method, where no role is involved. To check it, choose the role ARN method and type Braze's account ID and external ID.
