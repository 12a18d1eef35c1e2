//! Every shipped template, in every tone and language, with every subset of the optional
//! values empty: no template code and no gap in the text, no template error, and exactly
//! the needed values reported missing.
//!
//! A template's text depends only on the placeholders it uses, so for each template the
//! optional values it reaches (directly, or through `sign_off`, `balance`…) are each left
//! empty or given in every combination; a value with several shapes (a plan with or
//! without a down payment, a claim under each law, one reminder or several) is given in
//! each of them.

use super::*;
use crate::statutory::Jurisdiction;

/// Sets one optional value of the context in one of its shapes.
type Give = fn(&mut MessageContext);

/// An optional part of the context: its name, the placeholders that read it, and the
/// shapes it is given in (empty is always tried too).
struct Axis {
    name: &'static str,
    reads: &'static [&'static str],
    shapes: &'static [Give],
}

fn plan_rows(down: Option<Decimal>, count: u32, amount: Decimal) -> PlanDetails {
    let mut rows = Vec::new();
    if let Some(down) = down {
        rows.push(PlanRow {
            date: date(2026, 12, 22),
            amount: down,
        });
    }
    for i in 0..count {
        rows.push(PlanRow {
            date: crate::dates::add_months(date(2027, 1, 5), i32::try_from(i).unwrap_or(0), false)
                .unwrap_or_default(),
            amount,
        });
    }
    PlanDetails {
        rows,
        table_text: "(text table)".into(),
        next: None,
        down_payment: down.is_some(),
    }
}

fn claim(jurisdiction: Option<Jurisdiction>, regime: Regime) -> StatutoryDetails {
    StatutoryDetails {
        regime,
        rate: dec!(12.75),
        interest: dec!(21.50),
        compensation: dec!(70),
        total: dec!(91.50),
        jurisdiction,
        reference_rate: Some(dec!(4.75)),
        margin: Some(dec!(8)),
        collection_costs: (jurisdiction == Some(Jurisdiction::Nl)).then_some(dec!(520)),
        claimed: true,
    }
}

/// A client account with a part payment: the issue's three UK invoices and £1,000 paid on
/// 20 November 2026.
fn account(ctx: &mut MessageContext) {
    let report = super::issue_account("GBP", dec!(1000), Jurisdiction::Uk, false);
    ctx.account = Some(AccountDetails::from_report(&report, LangPack::BRITISH));
}

fn axes() -> Vec<Axis> {
    vec![
        Axis {
            name: "account",
            reads: &[
                "account",
                "open_invoices",
                "open_invoice_count",
                "several_invoices",
                "paid_so_far",
                "last_payment_date",
                "last_payment_amount",
            ],
            shapes: &[account],
        },
        Axis {
            name: "your_business",
            reads: &["your_business", "sign_off"],
            shapes: &[|c| c.your_business = "Brightside Design Ltd".into()],
        },
        Axis {
            name: "client_business",
            reads: &["client_business"],
            shapes: &[|c| c.client_business = "Northwind Traders".into()],
        },
        Axis {
            name: "client_contact",
            reads: &["client_contact"],
            shapes: &[|c| c.client_contact = "Sam Patel".into()],
        },
        Axis {
            name: "client_sole_trader",
            reads: &["client_sole_trader"],
            shapes: &[|c| c.client_sole_trader = true],
        },
        Axis {
            name: "invoice_number",
            reads: &["invoice_number"],
            shapes: &[|c| c.invoice_number = "INV-2041".into()],
        },
        Axis {
            name: "issue_date",
            reads: &["issue_date"],
            shapes: &[|c| c.issue_date = Some(date(2026, 11, 2))],
        },
        Axis {
            name: "balance",
            reads: &["balance"],
            shapes: &[|c| c.balance = Some(dec!(3200))],
        },
        Axis {
            name: "payment_link",
            reads: &["payment_link"],
            shapes: &[|c| c.payment_link = Some("https://pay.example.com/inv-2041".into())],
        },
        Axis {
            name: "plan",
            reads: &[
                "plan",
                "plan_list",
                "plan_table",
                "plan_schedule",
                "plan_count",
                "plan_down_payment",
                "plan_next_date",
                "plan_next_amount",
                "plan_reply_by",
            ],
            shapes: &[
                |c| c.plan = Some(plan_rows(None, 3, dec!(1600))),
                |c| c.plan = Some(plan_rows(Some(dec!(1200)), 6, dec!(600))),
                |c| c.plan = Some(plan_rows(None, 1, dec!(4800))),
                // Every payment already past: no next payment to write about.
                |c| {
                    let mut plan = plan_rows(None, 2, dec!(2400));
                    for row in &mut plan.rows {
                        row.date = date(2026, 10, 5);
                    }
                    c.plan = Some(plan);
                },
            ],
        },
        Axis {
            name: "discount",
            reads: &[
                "discount",
                "discount_percent",
                "discount_amount",
                "discount_net",
                "discount_deadline",
            ],
            shapes: &[|c| {
                c.discount = Some(DiscountDetails {
                    percent: dec!(2.5),
                    amount: dec!(120),
                    net: dec!(4680),
                    deadline: date(2026, 12, 22),
                })
            }],
        },
        Axis {
            name: "statutory",
            reads: &[
                "statutory",
                "statutory_regime",
                "statutory_rate",
                "statutory_interest",
                "statutory_compensation",
                "statutory_total",
                "statutory_claimed",
                "statutory_law",
                "statutory_law_title",
                "statutory_interest_law",
                "statutory_compensation_law",
                "statutory_reference_rate",
                "statutory_margin",
                "statutory_collection_costs",
            ],
            shapes: &[
                |c| c.statutory = Some(claim(None, Regime::Uk)),
                |c| c.statutory = Some(claim(None, Regime::Eu)),
                |c| c.statutory = Some(claim(Some(Jurisdiction::Uk), Regime::Uk)),
                |c| c.statutory = Some(claim(Some(Jurisdiction::Ie), Regime::Eu)),
                |c| c.statutory = Some(claim(Some(Jurisdiction::De), Regime::Eu)),
                |c| c.statutory = Some(claim(Some(Jurisdiction::Fr), Regime::Eu)),
                |c| c.statutory = Some(claim(Some(Jurisdiction::Nl), Regime::Eu)),
                |c| c.statutory = Some(claim(Some(Jurisdiction::Es), Regime::Eu)),
                |c| {
                    let mut claim = claim(Some(Jurisdiction::De), Regime::Eu);
                    claim.claimed = false;
                    c.statutory = Some(claim);
                },
                // Only the figures (as the JavaScript API may give them): no reference
                // rate, margin or collection costs.
                |c| {
                    let mut claim = claim(Some(Jurisdiction::De), Regime::Eu);
                    claim.reference_rate = None;
                    claim.margin = None;
                    c.statutory = Some(claim);
                },
                |c| {
                    let mut claim = claim(Some(Jurisdiction::Nl), Regime::Eu);
                    claim.collection_costs = None;
                    c.statutory = Some(claim);
                },
            ],
        },
        Axis {
            name: "promise_date",
            reads: &["promise_date"],
            shapes: &[|c| c.promise_date = Some(date(2026, 12, 19))],
        },
        Axis {
            name: "reminders_sent",
            reads: &["reminders_sent", "last_sent_on"],
            shapes: &[
                |c| {
                    c.reminders_sent = 1;
                    c.last_sent_on = Some(date(2026, 12, 4));
                },
                |c| c.reminders_sent = 3,
            ],
        },
        Axis {
            name: "promise_broken_on",
            reads: &["promise_broken_on"],
            shapes: &[|c| c.promise_broken_on = Some(date(2026, 12, 12))],
        },
        Axis {
            name: "part_paid",
            reads: &["part_paid", "balance"],
            shapes: &[|c| c.part_paid = Some(dec!(1600))],
        },
        Axis {
            name: "account",
            reads: &[
                "account",
                "open_invoices",
                "open_invoice_count",
                "several_invoices",
                "paid_so_far",
                "last_payment_date",
                "last_payment_amount",
            ],
            shapes: &[
                // Three invoices, two open, £1,000 paid on 20 November.
                |c| {
                    c.account = Some(AccountDetails {
                        invoice_count: 3,
                        // (The value is the account module's text; here one space apart,
                        // since only the wording around it is checked.)
                        open_invoices: "INV-102 31/10/2026 £3,400.00\nINV-103 15/11/2026 £800.00"
                            .into(),
                        open_invoice_count: 2,
                        paid_so_far: dec!(1000),
                        last_payment_date: Some(date(2026, 11, 20)),
                        last_payment_amount: Some(dec!(1000)),
                    })
                },
                // One invoice, nothing paid: no account wording.
                |c| {
                    c.account = Some(AccountDetails {
                        invoice_count: 1,
                        open_invoices: String::new(),
                        open_invoice_count: 1,
                        paid_so_far: dec!(0),
                        last_payment_date: None,
                        last_payment_amount: None,
                    })
                },
                // Two invoices, none open any more.
                |c| {
                    c.account = Some(AccountDetails {
                        invoice_count: 2,
                        open_invoices: String::new(),
                        open_invoice_count: 0,
                        paid_so_far: dec!(0),
                        last_payment_date: None,
                        last_payment_amount: None,
                    })
                },
                // Paid so far, as the JavaScript API may give it, without the last payment.
                |c| {
                    c.account = Some(AccountDetails {
                        invoice_count: 2,
                        open_invoices: "INV-102 31/10/2026 £3,400.00".into(),
                        open_invoice_count: 1,
                        paid_so_far: dec!(500),
                        last_payment_date: None,
                        last_payment_amount: None,
                    })
                },
            ],
        },
        Axis {
            name: "sender_name",
            reads: &["sender_name", "sign_off"],
            shapes: &[|c| c.sender_name = Some("Alex Morgan".into())],
        },
        Axis {
            name: "signature",
            reads: &["signature", "sign_off"],
            shapes: &[|c| c.signature = Some("Alex Morgan, Accounts".into())],
        },
    ]
}

/// Gaps and leftovers a rendered text must not have, whatever was left empty.
fn flaws(text: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    let checks: &[(&str, &str)] = &[
        ("{{", "template code"),
        ("}}", "template code"),
        ("{%", "template code"),
        ("%}", "template code"),
        ("  ", "two spaces"),
        (" ,", "space before a comma"),
        (" .", "space before a full stop"),
        (" ;", "space before a semicolon"),
        (" )", "space before a bracket"),
        ("( ", "space after a bracket"),
        ("()", "empty brackets"),
        (",,", "two commas"),
        (",.", "comma and full stop"),
        ("..", "two full stops"),
        (" :", "space before a colon"),
        ("\n\n\n", "two blank lines"),
        ("\n ", "a line starting with a space"),
        (" \n", "a line ending with a space"),
    ];
    for (bad, why) in checks {
        if text.contains(bad) {
            found.push(*why);
        }
    }
    if text.starts_with(char::is_whitespace) || text.ends_with(char::is_whitespace) {
        found.push("white space at an end");
    }
    let first = text.lines().next().unwrap_or("");
    let bare = [
        "Dear,",
        "Hi,",
        "Guten Tag,",
        "Beste,",
        "Bonjour ,",
        "Hola,:",
        "Buenos días,:",
    ];
    if bare.contains(&first) {
        found.push("a greeting without a name");
    }
    found
}

/// The combinations of empty and given values over `axes`, each given in each shape.
fn combinations(axes: &[&Axis]) -> Vec<Vec<Option<usize>>> {
    let mut all = vec![Vec::new()];
    for axis in axes {
        let mut next = Vec::with_capacity(all.len() * (axis.shapes.len() + 1));
        for done in &all {
            for shape in std::iter::once(None).chain((0..axis.shapes.len()).map(Some)) {
                let mut one: Vec<Option<usize>> = done.clone();
                one.push(shape);
                next.push(one);
            }
        }
        all = next;
    }
    all
}

#[test]
fn every_template_writes_around_every_subset_of_missing_values() {
    let axes = axes();
    let mut renders = 0usize;
    for (id, tone, locale, t) in all_templates() {
        let lang = LangPack::builtin(locale);
        let mut used = names_used(t.subject);
        used.extend(names_used(t.body));
        let reached: Vec<&Axis> = axes
            .iter()
            .filter(|axis| axis.reads.iter().any(|name| used.contains(name)))
            .collect();
        // Every placeholder the template uses is one the test varies, or always given.
        for name in &used {
            let varied = reached.iter().any(|axis| axis.reads.contains(name));
            let always = ["amount", "currency", "due_date", "today", "days_overdue"];
            assert!(varied || always.contains(name), "{id:?} uses {name}");
        }
        for combination in combinations(&reached) {
            let mut ctx =
                MessageContext::new(dec!(4800), gbp(), date(2026, 12, 1), date(2026, 12, 15));
            for (axis, shape) in reached.iter().zip(&combination) {
                if let Some(give) = shape.and_then(|i| axis.shapes.get(i)) {
                    give(&mut ctx);
                }
            }
            let message = render_message(id, tone, lang, &ctx).unwrap_or_default();
            renders += 1;
            let given: Vec<&str> = reached
                .iter()
                .zip(&combination)
                .filter(|(_, shape)| shape.is_some())
                .map(|(axis, shape)| {
                    let _ = shape;
                    axis.name
                })
                .collect();
            assert!(
                message.errors.is_empty(),
                "{id:?} {tone:?} {locale:?} with {given:?}: {:?}",
                message.errors
            );
            for (part, text) in [("subject", &message.subject), ("body", &message.body)] {
                // The open invoices' table is aligned with spaces on purpose (its own
                // test pins it): the prose around it is what is checked here.
                let text = &match &ctx.account {
                    Some(account) => text.replace(account.open_invoices.trim_end(), "[table]"),
                    None => text.to_string(),
                };
                let flaws = flaws(text);
                assert!(
                    flaws.is_empty(),
                    "{id:?} {tone:?} {locale:?} with {given:?}: {part} has {flaws:?}:\n{text}"
                );
            }
            assert!(
                !message.subject.is_empty() && !message.subject.contains('\n'),
                "{id:?} {tone:?} {locale:?}"
            );
            let env = crate::message::values::Env {
                ctx: &ctx,
                locale,
                dates: lang.dates(),
            };
            let expected: Vec<MissingField> = id
                .needs()
                .iter()
                .copied()
                .filter(|&field| env.lacks(field))
                .collect();
            assert_eq!(
                message.missing, expected,
                "{id:?} {tone:?} {locale:?} with {given:?}"
            );
        }
    }
    assert!(renders > 10_000, "{renders}");
}
