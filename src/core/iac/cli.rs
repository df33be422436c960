//! The AWS CLI script: bash that creates (or, run again, updates) the policies and the user or
//! role, attaches them, and ends with what to type into Braze.
//!
//! Safety: every value is assigned once, single-quoted by [`shell::quote`], and used only as
//! `"$VAR"`; policy documents go through quoted here-documents (no expansion) into files of a
//! temporary folder read with `file://`. Options are written `--name=value`, so a value that
//! starts with `-` (IAM names may) can never be taken for an option.

use super::shell::{self, quote, say};
use super::{Identity, Plan, PlannedPolicy};
use crate::core::policy::to_pretty_json;

/// The shell variable holding the policy's name.
fn policy_var(policy: &PlannedPolicy) -> String {
    format!(
        "POLICY_{}",
        policy.slug().replace('-', "_").to_ascii_uppercase()
    )
}

/// Where the script writes the policy document (inside its temporary folder).
fn policy_file(policy: &PlannedPolicy) -> String {
    format!("$WORKDIR/policy-{}.json", policy.slug())
}

const TRUST_FILE: &str = "$WORKDIR/trust-policy.json";

/// The `--policy-arn=` value of a policy created in the caller's account, as bash source.
fn policy_arn(policy: &PlannedPolicy) -> String {
    format!(
        "\"arn:aws:iam::${{ACCOUNT_ID}}:policy/${{{}}}\"",
        policy_var(policy)
    )
}

/// The whole script.
pub fn script(plan: &Plan) -> String {
    let mut s = Script::default();
    header(&mut s, plan);
    variables(&mut s, plan);
    functions(&mut s);
    documents(&mut s, plan);
    policies(&mut s, plan);
    match &plan.identity {
        Identity::User { .. } => user(&mut s, plan),
        Identity::Role { .. } => role(&mut s, plan),
    }
    s.text
}

#[derive(Default)]
struct Script {
    text: String,
}

impl Script {
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn lines(&mut self, lines: &[&str]) {
        for line in lines {
            self.line(line);
        }
    }

    fn comment(&mut self, text: &str) {
        self.line(&shell::comment(text));
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }
}

fn header(s: &mut Script, plan: &Plan) {
    s.line("#!/usr/bin/env bash");
    s.comment(&format!(
        "Braze + Amazon S3: IAM setup for the bucket {}.",
        quote(&plan.bucket)
    ));
    s.comment(&format!("Integration: {}.", plan.integration_label()));
    s.comment(&format!("Authentication: {}.", plan.identity_label()));
    s.comment("Written by braze-s3-companion for these values. Read it before you run it.");
    s.comment("");
    s.comment("Run it with bash where the AWS CLI v2 is signed in to the AWS account that owns");
    s.comment("the bucket, as an identity allowed to manage IAM (AWS CloudShell works):");
    s.comment("  bash <this file>");
    s.comment("It creates IAM resources only; the bucket itself is created in the S3 console.");
    s.comment("Safe to run again: what exists is kept, each policy gets a new default version");
    match plan.identity {
        Identity::User { .. } => {
            s.comment("and no second access key is created.");
        }
        Identity::Role { .. } => {
            s.comment("and the role's trust policy is written again.");
        }
    }
    s.line("set -euo pipefail");
    s.comment("No pager: the script runs unattended.");
    s.line("export AWS_PAGER=''");
    s.blank();
}

fn variables(s: &mut Script, plan: &Plan) {
    s.comment("Names in IAM. Each value is single-quoted: the shell reads nothing inside it.");
    for policy in &plan.policies {
        s.line(&format!("{}={}", policy_var(policy), quote(&policy.name)));
    }
    match &plan.identity {
        Identity::User { name } => s.line(&format!("USER_NAME={}", quote(name))),
        Identity::Role { name, path, .. } => {
            s.line(&format!("ROLE_NAME={}", quote(name)));
            if let Some(path) = path {
                s.line(&format!("ROLE_PATH={}", quote(path)));
            }
        }
    }
    s.blank();
}

fn functions(s: &mut Script) {
    s.lines(&[
        "# Succeeds when the `aws iam get-...` command given finds the entity, fails when IAM",
        "# answers NoSuchEntity, and stops the script on any other error (no credentials,",
        "# access denied...).",
        "exists() {",
        "  local err",
        "  if err=\"$(\"$@\" 2>&1 >/dev/null)\"; then",
        "    return 0",
        "  fi",
        "  case \"$err\" in",
        "    *NoSuchEntity*) return 1 ;;",
        "  esac",
        "  printf '%s\\n' \"$err\" >&2",
        "  exit 1",
        "}",
        "",
        "# put_policy NAME FILE: creates the managed policy NAME from FILE or, when it exists,",
        "# makes FILE its new default version.",
        "put_policy() {",
        "  local name=\"$1\" file=\"$2\" arn count oldest",
        "  arn=\"arn:aws:iam::${ACCOUNT_ID}:policy/${name}\"",
        "  if exists aws iam get-policy --policy-arn=\"$arn\"; then",
        "    # A managed policy keeps at most 5 versions: delete the oldest non-default one first.",
        "    count=\"$(aws iam list-policy-versions --policy-arn=\"$arn\" --query='length(Versions)' --output=text)\"",
        "    if [ \"$count\" -ge 5 ]; then",
        "      oldest=\"$(aws iam list-policy-versions --policy-arn=\"$arn\" --query='sort_by(Versions[?IsDefaultVersion==`false`], &CreateDate)[0].VersionId' --output=text)\"",
        "      aws iam delete-policy-version --policy-arn=\"$arn\" --version-id=\"$oldest\"",
        "    fi",
        "    aws iam create-policy-version --policy-arn=\"$arn\" --policy-document=\"file://$file\" --set-as-default >/dev/null",
        "    printf 'Policy %s: updated (new default version).\\n' \"$name\"",
        "  else",
        "    aws iam create-policy --policy-name=\"$name\" --policy-document=\"file://$file\" >/dev/null",
        "    printf 'Policy %s: created.\\n' \"$name\"",
        "  fi",
        "}",
        "",
        "ACCOUNT_ID=\"$(aws sts get-caller-identity --query='Account' --output=text)\"",
        "printf 'AWS account: %s\\n' \"$ACCOUNT_ID\"",
        "",
        "# The documents go to a temporary folder, removed when the script ends.",
        "WORKDIR=\"$(mktemp -d)\"",
        "trap 'rm -rf \"$WORKDIR\"' EXIT",
        "",
    ]);
}

fn documents(s: &mut Script, plan: &Plan) {
    for policy in &plan.policies {
        s.comment(&format!(
            "Braze's policy for {}, for the bucket {} (as on Braze's page).",
            policy.purpose(),
            quote(&plan.bucket)
        ));
        let target = format!("\"{}\"", policy_file(policy));
        s.text.push_str(&shell::heredoc_to_file(
            &target,
            &to_pretty_json(&policy.document),
        ));
        s.blank();
    }
    if let Identity::Role { trust, .. } = &plan.identity {
        s.comment("The role's trust policy: Braze's AWS account may assume the role when it");
        s.comment("presents the external ID shown in Braze.");
        let target = format!("\"{TRUST_FILE}\"");
        s.text
            .push_str(&shell::heredoc_to_file(&target, &to_pretty_json(trust)));
        s.blank();
    }
}

fn policies(s: &mut Script, plan: &Plan) {
    if plan.policies.len() > 1 {
        s.comment("Both integrations: the two policies Braze publishes, one per integration,");
        s.comment("both attached below (detach one to stop that integration's access).");
    }
    for policy in &plan.policies {
        s.line(&format!(
            "put_policy \"${}\" \"{}\"",
            policy_var(policy),
            policy_file(policy)
        ));
    }
    s.blank();
}

fn user(s: &mut Script, plan: &Plan) {
    s.lines(&[
        "if exists aws iam get-user --user-name=\"$USER_NAME\"; then",
        "  printf 'User %s: exists, kept.\\n' \"$USER_NAME\"",
        "else",
        "  aws iam create-user --user-name=\"$USER_NAME\" >/dev/null",
        "  printf 'User %s: created.\\n' \"$USER_NAME\"",
        "fi",
        "# Attaching a policy that is already attached changes nothing.",
    ]);
    for policy in &plan.policies {
        s.line(&format!(
            "aws iam attach-user-policy --user-name=\"$USER_NAME\" --policy-arn={}",
            policy_arn(policy)
        ));
    }
    s.line("printf 'Policies attached to the user %s.\\n' \"$USER_NAME\"");
    s.blank();
    let again = format!(
        "  aws iam create-access-key --user-name={}",
        quote(plan.identity.name())
    );
    s.lines(&[
        "# The access key comes last. A user has two keys at most: none is added when one exists.",
        "KEY_COUNT=\"$(aws iam list-access-keys --user-name=\"$USER_NAME\" --query='length(AccessKeyMetadata)' --output=text)\"",
        "if [ \"$KEY_COUNT\" -gt 0 ]; then",
        "  printf 'User %s already has %s access key(s): no new key created.\\n' \"$USER_NAME\" \"$KEY_COUNT\"",
    ]);
    s.line(&format!(
        "  {}",
        say("Keep using the key typed into Braze. To make a new one (two at most), run:")
    ));
    s.line(&format!("  {}", say(&again)));
    s.line("else");
    for text in [
        "",
        "Creating the access key. The table below shows its access key ID and its secret",
        "access key. AWS shows the secret access key in this output once, and never again:",
        "type both into Braze now, and keep the secret nowhere else (no file, ticket or chat).",
        "If it is lost, delete the key and run this script again.",
    ] {
        s.line(&format!("  {}", say(text)));
    }
    s.line("  aws iam create-access-key --user-name=\"$USER_NAME\" --query='AccessKey.{AccessKeyId: AccessKeyId, SecretAccessKey: SecretAccessKey}' --output=table");
    s.line("fi");
}

fn role(s: &mut Script, plan: &Plan) {
    // IAM finds a role by its name alone; its path is set when it is created (AWS, "IAM
    // identifiers": paths are for the API and the CLI, not the console).
    let path = match &plan.identity {
        Identity::Role { path: Some(_), .. } => " --path=\"$ROLE_PATH\"",
        _ => "",
    };
    s.line("if exists aws iam get-role --role-name=\"$ROLE_NAME\"; then");
    s.line(&format!(
        "  aws iam update-assume-role-policy --role-name=\"$ROLE_NAME\" --policy-document=\"file://{TRUST_FILE}\""
    ));
    s.line("  printf 'Role %s: exists, trust policy updated.\\n' \"$ROLE_NAME\"");
    s.line("else");
    s.line(&format!(
        "  aws iam create-role --role-name=\"$ROLE_NAME\"{path} --assume-role-policy-document=\"file://{TRUST_FILE}\" >/dev/null"
    ));
    s.line("  printf 'Role %s: created.\\n' \"$ROLE_NAME\"");
    s.line("fi");
    s.comment("Attaching a policy that is already attached changes nothing.");
    for policy in &plan.policies {
        s.line(&format!(
            "aws iam attach-role-policy --role-name=\"$ROLE_NAME\" --policy-arn={}",
            policy_arn(policy)
        ));
    }
    s.line("printf 'Policies attached to the role %s.\\n' \"$ROLE_NAME\"");
    s.blank();
    s.line("ROLE_ARN=\"$(aws iam get-role --role-name=\"$ROLE_NAME\" --query='Role.Arn' --output=text)\"");
    s.line(&say(""));
    s.line(&say("Paste this role ARN into Braze:"));
    s.line("printf '  %s\\n' \"$ROLE_ARN\"");
    for text in [
        "If Braze answers \"S3 credentials are invalid\" right after this, IAM has not finished",
        "propagating the new role yet: wait a minute, then try again.",
    ] {
        s.line(&say(text));
    }
}
