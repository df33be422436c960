//! Infrastructure as code and CLI for the reader's exact case.
