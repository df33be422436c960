//! Every output the widget generates, with the inputs it is built from: one table, declared
//! here once. The widget's memos key each output on exactly its inputs ([`Output::project`]),
//! so an output is rebuilt, and its view re-rendered, only when one of them changed; the
//! snippets wait for the fields of [`Output::needs`]; the tests hold every output to its row.

use super::config::{AuthMethod, Config, PolicyKind};
use super::field::Field;

/// One input of the reader's case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    Integration,
    Auth,
    /// Braze's AES-256 option (Currents).
    Sse,
    /// One of the form's fields with a URL key ([`Field::ALL`]).
    Field(Field),
    /// The further Currents connectors: their ids, names and folders.
    Connectors,
}

/// Every generated output of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Output {
    /// An identity policy (snippet `policy-…`).
    Policy(PolicyKind),
    TrustPolicy,
    RoleArn,
    BucketPolicySse,
    /// The guide's steps: their texts, tasks and notes (the checklist is their tasks).
    Guide,
    Checklist,
    Diagram,
    /// A CLI script, CloudFormation template or Terraform configuration.
    Iac(IacKind),
    PreflightScript,
    /// What the preflight found in a pasted report (the report is the reader's, not an input).
    PreflightFindings,
    /// What the policy checker says of a pasted policy.
    PolicyCheck,
    UpdateCredentials,
    /// The symptoms, their diagnoses (with the checklist items to recheck) and what a pasted
    /// Braze message says against the reader's values.
    Troubleshooting,
}

use Field as F;
use Input as I;

/// The names a case may type instead of the defaults, and the IDs of a role.
const IDENTITY: [Input; 5] = [
    I::Field(F::UserName),
    I::Field(F::RoleName),
    I::Field(F::PolicyName),
    I::Field(F::BrazeAccount),
    I::Field(F::ExternalId),
];

/// What the guide quotes: every value but the reader's own account (the role ARN snippet's
/// alone), and the encryption option, which adds its step.
const GUIDE: [Input; 11] = [
    I::Integration,
    I::Auth,
    I::Sse,
    I::Field(F::Bucket),
    I::Field(F::BrazeAccount),
    I::Field(F::ExternalId),
    I::Field(F::Folder),
    I::Field(F::UserName),
    I::Field(F::RoleName),
    I::Field(F::PolicyName),
    I::Connectors,
];

/// [`GUIDE`] and the reader's own account.
const TROUBLESHOOTING: [Input; 12] = {
    let mut inputs = [I::Field(F::OwnAccount); 12];
    let mut i = 0;
    while i < GUIDE.len() {
        inputs[i] = GUIDE[i];
        i += 1;
    }
    inputs
};

/// [`GUIDE`] without the encryption option, in the same order.
const DIAGRAM: [Input; 10] = {
    let mut inputs = [I::Integration; 10];
    let (mut from, mut to) = (0, 0);
    while from < GUIDE.len() {
        if !matches!(GUIDE[from], I::Sse) {
            inputs[to] = GUIDE[from];
            to += 1;
        }
        from += 1;
    }
    inputs
};

impl Output {
    pub const ALL: [Output; 17] = [
        Self::Policy(PolicyKind::Currents),
        Self::Policy(PolicyKind::DashboardExport),
        Self::Policy(PolicyKind::Combined),
        Self::TrustPolicy,
        Self::RoleArn,
        Self::BucketPolicySse,
        Self::Guide,
        Self::Checklist,
        Self::Diagram,
        Self::Iac(IacKind::CliScript),
        Self::Iac(IacKind::CloudFormation),
        Self::Iac(IacKind::Terraform),
        Self::PreflightScript,
        Self::PreflightFindings,
        Self::PolicyCheck,
        Self::UpdateCredentials,
        Self::Troubleshooting,
    ];

    /// The fields that must hold a valid value before the output is offered, in form order,
    /// for whichever case asks for them ([`Self::needs`] keeps the case's own).
    fn required(self) -> &'static [Field] {
        match self {
            Self::Policy(_) | Self::BucketPolicySse => &[F::Bucket],
            Self::TrustPolicy => &[F::BrazeAccount, F::ExternalId],
            Self::RoleArn => &[F::RoleName, F::OwnAccount],
            Self::Iac(_) => &[
                F::Bucket,
                F::BrazeAccount,
                F::ExternalId,
                F::UserName,
                F::RoleName,
                F::PolicyName,
            ],
            Self::PreflightScript => &[
                F::Bucket,
                F::BrazeAccount,
                F::ExternalId,
                F::UserName,
                F::RoleName,
            ],
            // These quote what is valid and stand a placeholder for the rest.
            Self::Guide
            | Self::Checklist
            | Self::Diagram
            | Self::PreflightFindings
            | Self::PolicyCheck
            | Self::UpdateCredentials
            | Self::Troubleshooting => &[],
        }
    }

    /// The inputs besides its [`Self::required`] fields (whose validity and use also
    /// depend on the auth method, [`asks_for`]).
    fn also_reads(self) -> &'static [Input] {
        match self {
            Self::Policy(PolicyKind::Currents) | Self::BucketPolicySse => &[],
            // Dashboard export's object statement differs by auth method.
            Self::Policy(_) => &[I::Auth],
            // The download's file name quotes the bucket.
            Self::TrustPolicy | Self::RoleArn => &[I::Auth, I::Field(F::Bucket)],
            Self::Iac(_) | Self::PreflightScript => &[I::Integration, I::Auth],
            // The guide quotes every value but the reader's own account (the role ARN
            // snippet's alone), and the encryption option adds its step.
            Self::Guide | Self::Checklist => &GUIDE,
            // The guide's inputs and the reader's own account: a refused AssumeRole names the
            // role Braze tried in the account it is in, which the reading compares with it.
            Self::Troubleshooting => &TROUBLESHOOTING,
            // The guide's inputs but the encryption option, which the picture does not draw.
            Self::Diagram => &DIAGRAM,
            // A pasted policy is judged by the evaluator for Braze's requests (on the keys
            // under each Currents folder, with the encryption header Braze sends), a trust
            // policy for Braze's IDs.
            Self::PolicyCheck => &[
                I::Integration,
                I::Auth,
                I::Sse,
                I::Field(F::Bucket),
                I::Field(F::Folder),
                I::Connectors,
                IDENTITY[3],
                IDENTITY[4],
            ],
            // A report is judged likewise, and compared with the values it was made for (the
            // names, the role's ARN in the reader's own account): `preflight::JudgedValues`,
            // the view's memo key.
            Self::PreflightFindings => &[
                I::Integration,
                I::Auth,
                I::Sse,
                I::Field(F::Bucket),
                I::Field(F::Folder),
                I::Connectors,
                IDENTITY[0],
                IDENTITY[1],
                IDENTITY[2],
                IDENTITY[3],
                IDENTITY[4],
                I::Field(F::OwnAccount),
            ],
            Self::UpdateCredentials => &[
                I::Integration,
                I::Auth,
                I::Field(F::Bucket),
                IDENTITY[0],
                IDENTITY[1],
                IDENTITY[3],
                IDENTITY[4],
                I::Connectors,
            ],
        }
    }

    /// Every input the output is built from, each once: what its memo is keyed on.
    pub fn reads(self) -> Vec<Input> {
        let mut inputs = Vec::new();
        let required = self.required().iter().map(|f| I::Field(*f));
        for input in required.chain(self.also_reads().iter().copied()) {
            if !inputs.contains(&input) {
                inputs.push(input);
            }
        }
        inputs
    }

    /// The fields that must be valid (and, for the reader's own account, given) before the
    /// output is offered in this case, in form order.
    pub fn needs(self, config: &Config) -> Vec<Field> {
        self.required()
            .iter()
            .copied()
            .filter(|field| asks_for(config, *field))
            .collect()
    }

    /// Whether the output, while a field it needs is still empty (and none is invalid),
    /// shows its document with a marked [`placeholder`] there (as Braze's page shows
    /// `INSERTBUCKETNAME`), rather than waiting. The documents do; a script or a file built
    /// for an account is only written from valid values.
    pub fn shows_placeholders(self) -> bool {
        matches!(
            self,
            Self::Policy(_) | Self::TrustPolicy | Self::BucketPolicySse
        )
    }

    /// `config` with every input the output does not read set to its default: the output's
    /// memo key. Built from it, the output is the same as from `config` (the tests check).
    pub fn project(self, config: &Config) -> Config {
        Self::project_all(&[self], config)
    }

    /// `config` with every input none of `outputs` reads set to its default.
    pub fn project_all(outputs: &[Output], config: &Config) -> Config {
        let mut projected = Config::default();
        for input in outputs.iter().flat_map(|o| o.reads()) {
            match input {
                I::Integration => projected.integration = config.integration,
                I::Auth => projected.auth = config.auth,
                I::Sse => projected.sse = config.sse,
                I::Field(field) => {
                    if let (Some(slot), value) = (projected.value_mut(field), config.value(field)) {
                        value.clone_into(slot);
                    }
                }
                I::Connectors => projected.connectors.clone_from(&config.connectors),
            }
        }
        projected
    }
}

/// Whether the case asks for `field`: the role's IDs and names for a role, the user's name for
/// a secret key, the folder for Currents.
pub fn asks_for(config: &Config, field: Field) -> bool {
    let role = config.auth == AuthMethod::RoleArn;
    match field {
        F::BrazeAccount | F::ExternalId | F::RoleName | F::OwnAccount => role,
        F::UserName => !role,
        F::Folder | F::ConnectorFolder(_) => config.integration.has_currents(),
        F::Bucket | F::PolicyName => true,
    }
}

/// What a document shows where the value of `field` goes while the field is empty: the
/// seed page's `INSERTBUCKETNAME`, and the same for the trust policy's two IDs.
pub fn placeholder(field: Field) -> Option<&'static str> {
    match field {
        F::Bucket => Some("INSERTBUCKETNAME"),
        F::BrazeAccount => Some("INSERTBRAZEACCOUNTID"),
        F::ExternalId => Some("INSERTEXTERNALID"),
        _ => None,
    }
}

/// Every placeholder a document may show.
pub const PLACEHOLDERS: [&str; 3] = [
    "INSERTBUCKETNAME",
    "INSERTBRAZEACCOUNTID",
    "INSERTEXTERNALID",
];

/// One kind of generated infrastructure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IacKind {
    CliScript,
    CloudFormation,
    Terraform,
}

impl IacKind {
    pub const ALL: [IacKind; 3] = [Self::CliScript, Self::CloudFormation, Self::Terraform];

    /// The snippet's public id: its `data-snippet` attribute (docs/contract.md).
    pub fn key(self) -> &'static str {
        match self {
            Self::CliScript => "cli-script",
            Self::CloudFormation => "cloudformation",
            Self::Terraform => "terraform",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}
