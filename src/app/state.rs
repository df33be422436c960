//! All of a widget's state, and every change to it as a named action.

use std::rc::Rc;

use yew::Reducible;

use crate::core::config::{AuthMethod, Config, Integration};
use crate::core::rules::Field;
use crate::i18n::Locale;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub config: Config,
    pub locale: Locale,
    /// The reader chose the language (or a link did): it goes into the URL.
    pub locale_pinned: bool,
    /// Fields the reader has edited; "required" is only shown for those.
    pub touched: Vec<Field>,
}

pub enum Action {
    SetIntegration(Integration),
    SetAuth(AuthMethod),
    SetField(Field, String),
    SetSse(bool),
    SetLocale(Locale),
    Touch(Field),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetIntegration(integration) => next.config.integration = integration,
            Action::SetAuth(auth) => next.config.auth = auth,
            Action::SetField(field, value) => {
                *field_mut(&mut next.config, field) = value;
                touch(&mut next.touched, field);
            }
            Action::SetSse(on) => next.config.sse = on,
            Action::SetLocale(locale) => {
                next.locale = locale;
                next.locale_pinned = true;
            }
            Action::Touch(field) => touch(&mut next.touched, field),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

fn touch(touched: &mut Vec<Field>, field: Field) {
    if !touched.contains(&field) {
        touched.push(field);
    }
}

/// The text of a free-text field.
pub fn field_value(config: &Config, field: Field) -> &str {
    match field {
        Field::Bucket => &config.bucket,
        Field::BrazeAccount => &config.braze_account,
        Field::ExternalId => &config.external_id,
        Field::Folder => &config.folder,
        Field::UserName => &config.user_name,
        Field::RoleName => &config.role_name,
        Field::PolicyName => &config.policy_name,
        Field::OwnAccount => &config.own_account,
    }
}

fn field_mut(config: &mut Config, field: Field) -> &mut String {
    match field {
        Field::Bucket => &mut config.bucket,
        Field::BrazeAccount => &mut config.braze_account,
        Field::ExternalId => &mut config.external_id,
        Field::Folder => &mut config.folder,
        Field::UserName => &mut config.user_name,
        Field::RoleName => &mut config.role_name,
        Field::PolicyName => &mut config.policy_name,
        Field::OwnAccount => &mut config.own_account,
    }
}
