//! Checks a policy the reader pasted against what their case needs.
