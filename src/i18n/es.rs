//! TRANSLATION PENDING (issue #9): English until the es file is written.

use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    super::en::text(msg)
}
