//! TRANSLATION PENDING (issue #9): English until the nl file is written.

use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    super::en::text(msg)
}
