//! The browser's edges: what the widget reads from and writes to the page, the storage and the
//! clipboard. Nothing here renders; nothing here can fail loudly.

pub mod clipboard;
pub mod crash;
pub mod links;
pub mod locale_loader;
pub mod sources;
pub mod storage;

/// The elements a widget mounts in (docs/contract.md).
pub const MOUNT_SELECTOR: &str = "[data-braze-s3-companion]";
