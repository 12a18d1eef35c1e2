//! Checked `Decimal` arithmetic that is never inlined.
//!
//! `rust_decimal` marks its arithmetic `#[inline(always)]`, so every `checked_mul` call site
//! copies the whole multiplication routine. In a long calculation that multiplies the
//! WebAssembly size (the discount analysis alone was 60 KB). These wrappers keep one copy of
//! each routine; they behave exactly like the `checked_*` methods: `None` on overflow,
//! underflow or division by zero.
//!
//! ```
//! use rust_decimal::Decimal;
//! use tactful_engine::decimal_ops::DecimalOps;
//!
//! let two = Decimal::TWO;
//! assert_eq!(two.times(Decimal::TEN), Some(Decimal::from(20)));
//! assert_eq!(two.divided_by(Decimal::ZERO), None);
//! assert_eq!(Decimal::MAX.plus(Decimal::ONE), None);
//! assert_eq!(two.minus(Decimal::ONE), Some(Decimal::ONE));
//! ```

use rust_decimal::Decimal;

/// Out-of-line checked arithmetic on [`Decimal`]; see the module documentation.
pub trait DecimalOps: Sized {
    /// `self × other`, or `None` on overflow.
    fn times(self, other: Decimal) -> Option<Decimal>;
    /// `self ÷ other`, or `None` on overflow or division by zero.
    fn divided_by(self, other: Decimal) -> Option<Decimal>;
    /// `self + other`, or `None` on overflow.
    fn plus(self, other: Decimal) -> Option<Decimal>;
    /// `self − other`, or `None` on overflow.
    fn minus(self, other: Decimal) -> Option<Decimal>;
}

impl DecimalOps for Decimal {
    #[inline(never)]
    fn times(self, other: Decimal) -> Option<Decimal> {
        self.checked_mul(other)
    }

    #[inline(never)]
    fn divided_by(self, other: Decimal) -> Option<Decimal> {
        self.checked_div(other)
    }

    #[inline(never)]
    fn plus(self, other: Decimal) -> Option<Decimal> {
        self.checked_add(other)
    }

    #[inline(never)]
    fn minus(self, other: Decimal) -> Option<Decimal> {
        self.checked_sub(other)
    }
}
