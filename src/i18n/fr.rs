//! TRANSLATION PENDING (issue #9): English until the fr file is written.

use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    super::en::text(msg)
}
