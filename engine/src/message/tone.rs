//! The tone check: phrases, capitals and exclamation marks that make a reminder sound
//! accusatory, threatening, insulting, sarcastic or agitated, each with a plain reason and a
//! courteous rewrite.

use serde::Serialize;

use super::lang::{LangPack, Phrase};

/// Why a passage may harm the relationship. Serialized under the explicit names below
/// (the JavaScript API's `kind`), which never change; a new kind is added at the end.
///
/// ```
/// use tactful_engine::message::ToneKind;
///
/// assert_ne!(ToneKind::Accusatory, ToneKind::Threatening);
/// assert_eq!(ToneKind::ALL.len(), 10);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum ToneKind {
    /// Blames the reader ("you have failed to").
    #[serde(rename = "accusatory")]
    Accusatory,
    /// Sounds like a threat ("final warning").
    #[serde(rename = "threatening")]
    Threatening,
    /// Judges the reader's conduct ("unacceptable").
    #[serde(rename = "shaming")]
    Shaming,
    /// Irritation between the lines ("as per my last email").
    #[serde(rename = "passive_aggressive")]
    PassiveAggressive,
    /// Words in capitals.
    #[serde(rename = "shouting")]
    Shouting,
    /// `!!`, or more than one `!` in a message.
    #[serde(rename = "exclamations")]
    Exclamations,
    /// Pressure without a date ("immediately").
    #[serde(rename = "urgency")]
    Urgency,
    /// Insults or belittles the reader ("your excuses are ridiculous", "incompetent").
    #[serde(rename = "insult")]
    Insult,
    /// Says the opposite of what it means ("as I'm sure you know", "thanks for nothing").
    #[serde(rename = "sarcasm")]
    Sarcasm,
    /// Plays on the reader's guilt ("after everything we have done for you").
    #[serde(rename = "guilt_trip")]
    GuiltTrip,
}

/// How many kinds there are: the length of every language's list of reasons.
pub(crate) const KINDS: usize = 10;

impl ToneKind {
    /// Every kind, in declaration order (the order of each language's reasons).
    pub const ALL: [ToneKind; KINDS] = [
        ToneKind::Accusatory,
        ToneKind::Threatening,
        ToneKind::Shaming,
        ToneKind::PassiveAggressive,
        ToneKind::Shouting,
        ToneKind::Exclamations,
        ToneKind::Urgency,
        ToneKind::Insult,
        ToneKind::Sarcasm,
        ToneKind::GuiltTrip,
    ];
}

/// One passage the tone check found. `start..end` are byte offsets into the checked text,
/// at character boundaries; `phrase` is the text found there.
///
/// ```
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{tone_check, ToneKind};
///
/// let found = tone_check("Please pay immediately.", LangPack::BRITISH);
/// assert_eq!(found[0].kind, ToneKind::Urgency);
/// assert_eq!((found[0].start, found[0].end), (11, 22));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ToneFinding {
    /// Byte offset of the passage.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
    /// The passage as written.
    pub phrase: String,
    /// What kind of problem it is.
    pub kind: ToneKind,
    /// Why it matters, in plain words.
    pub reason: &'static str,
    /// A courteous alternative.
    pub suggestion: &'static str,
}

/// The plain-words reason for each kind, in declaration order (English).
const EN_REASONS: [&str; KINDS] = [
    "Sounds like blame and puts the reader on the defensive.",
    "Reads as a threat. State the next step calmly, as information.",
    "Judges the reader, which can damage the relationship.",
    "Sounds irritated. Say the point plainly instead.",
    "Capital letters read as shouting.",
    "Exclamation marks make a reminder sound agitated.",
    "Pressure without a date. A specific date is clearer and calmer.",
    "Insults or belittles the reader. It will not get the invoice paid and can end the relationship.",
    "Sarcasm reads as contempt, however politely it is worded. Say what you mean plainly.",
    "Plays on the reader's guilt, which breeds resentment rather than payment. Keep to the facts.",
];

/// The words of the tone check in one language.
struct Words {
    phrases: &'static [Phrase],
    /// Courteous phrases that contain a flagged one ("immediately after").
    exceptions: &'static [&'static str],
    reasons: &'static [&'static str; KINDS],
    /// Capitals, `!!`, a second `!`.
    neutral: &'static [&'static str; 3],
}

const ENGLISH: Words = Words {
    phrases: EN_PHRASES,
    exceptions: EN_EXCEPTIONS,
    reasons: &EN_REASONS,
    neutral: &[
        "write it in sentence case",
        "use a full stop",
        "keep one exclamation mark at most, or none",
    ],
};

fn words_for(lang: LangPack) -> Words {
    match lang.pack() {
        // A pack made without its messages (LangPack::has_messages) has no phrases to find.
        Some(p) => Words {
            phrases: lang.messages().map_or(&[], |m| m.phrases),
            exceptions: lang.messages().map_or(&[], |m| m.exceptions),
            reasons: &p.reasons,
            neutral: &p.neutral_suggestions,
        },
        None => ENGLISH,
    }
}

/// Why a finding of `kind` matters, in plain words in the language `lang` (the interface
/// may show findings in its own language, whatever the message's).
///
/// ```
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{tone_reason, ToneKind};
///
/// assert_eq!(tone_reason(ToneKind::Shouting, LangPack::BRITISH), "Capital letters read as shouting.");
/// ```
pub fn tone_reason(kind: ToneKind, lang: LangPack) -> &'static str {
    let reasons = match lang.pack() {
        Some(p) => &p.reasons,
        None => &EN_REASONS,
    };
    reasons.get(kind as usize).copied().unwrap_or("")
}

const BY_DATE: &str = "by a specific date, e.g. \"by Friday 12 June\"";
const NOT_YET: &str = "we have not yet received";
const NOT_HEARD: &str = "we have not yet heard back from you";
const NOT_AGREED: &str = "we have not yet been able to agree";
const NOT_REACHED: &str = "we have not yet been able to reach you";
const AGREED_DATE: &str = "the payment date we agreed has passed";
const MISUNDERSTANDING: &str = "there seems to be a misunderstanding";
const MIX_UP: &str = "there seems to have been a mix-up";
const WHEN_PAY: &str = "could you let us know when we can expect payment?";
const NEXT: &str = "our next step would be";
const NEXT_TO: &str = "our next step would be to";
const NEXT_STEP: &str = "our next step would be to pass the account to our collection partner";
const BEFORE_NEXT: &str = "we would like to resolve this before the next step";
const TOGETHER: &str = "we would much prefer to resolve this together";
const WHERE_THINGS_STAND: &str = "so that you know where things stand";
const RECAP: &str = "to recap";
const ONCE_MORE: &str = "once more";
const EARLIER_EMAIL: &str = "following up on my email of [date]";
const RESOLVE: &str = "we would like to resolve this";
const GRATEFUL: &str = "we would be grateful if";
const CONCERN: &str = "this is a concern for us";
const HOPED: &str = "we had hoped to resolve this by now";
const REMINDER: &str = "as a reminder";
const IN_CASE: &str = "in case it was missed";
const WHAT_HAPPENED: &str = "we would like to understand what happened";
const HOLDING_UP: &str = "we would like to understand what is holding payment up";
const AS_BEFORE: &str = "as with previous invoices";
const HOW_IT_WORKS: &str = "here is how it works:";
const DIFFERENTLY: &str = "we see this differently";
const BUSY: &str = "I know things get busy";
const VALUED: &str = "we value working with you";
const RELIED: &str = "we were relying on the date we agreed";
const FLEXIBLE: &str = "we have tried to be flexible";
const HELP: &str = "we would appreciate your help in resolving this";
const SIZE: &str = "prompt payment makes a real difference to a business of our size";

/// English phrases (British English, shared by American English): (lower-case phrase,
/// kind, suggestion). Spaces match any white space; `'` also matches `’`.
///
/// Left out on purpose, because careful writers use them sincerely or of themselves:
/// "as soon as possible", "without delay", "straight away" (promises of the writer's own),
/// "if it's not too much trouble", "if you can find the time", "whenever you get round to
/// it", "it may have slipped your mind", "how typical" and "better late than never" (small
/// talk and apologies), "stupid", "useless", "sloppy", "clueless", "unreliable" and
/// "ridiculous" on their own (said of oneself or of the post); the pointed forms ("you are
/// useless", "this is ridiculous") are listed.
static EN_PHRASES: &[Phrase] = {
    use ToneKind::*;
    &[
        // Blame.
        ("failure to pay", Accusatory, "the outstanding balance"),
        ("you have failed", Accusatory, NOT_YET),
        ("you failed", Accusatory, NOT_YET),
        ("you have not bothered", Accusatory, NOT_YET),
        ("you can't be bothered", Accusatory, NOT_HEARD),
        ("you couldn't be bothered", Accusatory, NOT_HEARD),
        ("you have ignored", Accusatory, NOT_HEARD),
        ("you ignored", Accusatory, NOT_HEARD),
        ("you have chosen to ignore", Accusatory, NOT_HEARD),
        ("you chose to ignore", Accusatory, NOT_HEARD),
        ("you keep ignoring", Accusatory, NOT_HEARD),
        ("you continue to ignore", Accusatory, NOT_HEARD),
        ("you are avoiding", Accusatory, NOT_REACHED),
        ("you're avoiding", Accusatory, NOT_REACHED),
        ("you have been avoiding", Accusatory, NOT_REACHED),
        ("you have refused", Accusatory, NOT_AGREED),
        ("you refused", Accusatory, NOT_AGREED),
        ("you still haven't", Accusatory, NOT_YET),
        ("you still have not", Accusatory, NOT_YET),
        ("you haven't even", Accusatory, NOT_HEARD),
        ("you have not even", Accusatory, NOT_HEARD),
        ("you didn't even", Accusatory, NOT_HEARD),
        ("you did not even", Accusatory, NOT_HEARD),
        ("you never", Accusatory, "we have not yet"),
        ("your negligence", Accusatory, "the delay"),
        ("you owe us", Accusatory, "the balance on the invoice is"),
        ("we demand", Accusatory, "we would ask you to"),
        (
            "we want our money",
            Accusatory,
            "we would ask you to arrange payment",
        ),
        ("you must pay", Accusatory, "could you arrange payment"),
        (
            "no excuse",
            Accusatory,
            "we would like to understand what has happened",
        ),
        ("you promised", Accusatory, "you mentioned that"),
        ("you claimed", Accusatory, "you mentioned"),
        ("you lied", Accusatory, MISUNDERSTANDING),
        ("you have lied", Accusatory, MISUNDERSTANDING),
        ("you misled us", Accusatory, MISUNDERSTANDING),
        ("you broke your promise", Accusatory, AGREED_DATE),
        ("you have broken your promise", Accusatory, AGREED_DATE),
        ("you went back on your word", Accusatory, AGREED_DATE),
        ("you are in breach", Accusatory, AGREED_DATE),
        ("it's your fault", Accusatory, WHAT_HAPPENED),
        ("it is your fault", Accusatory, WHAT_HAPPENED),
        ("this is your fault", Accusatory, WHAT_HAPPENED),
        ("you have no intention of paying", Accusatory, WHEN_PAY),
        (
            "you are stalling",
            Accusatory,
            "could we agree a payment date?",
        ),
        (
            "you're stalling",
            Accusatory,
            "could we agree a payment date?",
        ),
        (
            "bad faith",
            Accusatory,
            "we would like to understand your position",
        ),
        // Threats.
        ("final warning", Threatening, "final reminder"),
        ("we will be forced to", Threatening, NEXT_TO),
        ("legal action will be taken", Threatening, NEXT_STEP),
        ("we will take legal action", Threatening, NEXT_STEP),
        ("we will sue", Threatening, NEXT_STEP),
        ("take you to court", Threatening, NEXT_STEP),
        ("we will instruct our solicitors", Threatening, NEXT_STEP),
        ("you will hear from our solicitors", Threatening, NEXT_STEP),
        ("you will hear from our lawyers", Threatening, NEXT_STEP),
        (
            "you will be hearing from our solicitors",
            Threatening,
            NEXT_STEP,
        ),
        (
            "you will be hearing from our lawyers",
            Threatening,
            NEXT_STEP,
        ),
        ("send in the debt collectors", Threatening, NEXT_STEP),
        ("bailiffs", Threatening, NEXT_STEP),
        ("bailiff", Threatening, NEXT_STEP),
        ("we will report you", Threatening, NEXT_STEP),
        ("damage your credit rating", Threatening, BEFORE_NEXT),
        ("this is your last chance", Threatening, BEFORE_NEXT),
        ("last chance", Threatening, BEFORE_NEXT),
        ("or else", Threatening, "otherwise, our next step would be"),
        ("you will regret", Threatening, TOGETHER),
        ("this will not end well", Threatening, TOGETHER),
        ("don't make us", Threatening, TOGETHER),
        ("name and shame", Threatening, TOGETHER),
        ("you leave us no choice", Threatening, NEXT),
        ("we will have no choice but to", Threatening, NEXT_TO),
        ("we will not hesitate to", Threatening, NEXT_TO),
        ("we won't hesitate to", Threatening, NEXT_TO),
        ("face the consequences", Threatening, NEXT),
        ("serious consequences", Threatening, NEXT),
        ("you have been warned", Threatening, WHERE_THINGS_STAND),
        ("you've been warned", Threatening, WHERE_THINGS_STAND),
        (
            "don't say we didn't warn you",
            Threatening,
            WHERE_THINGS_STAND,
        ),
        ("our patience is running out", Threatening, BEFORE_NEXT),
        ("our patience has run out", Threatening, BEFORE_NEXT),
        ("our patience is wearing thin", Threatening, BEFORE_NEXT),
        // Judging the reader's conduct.
        ("delinquent", Shaming, "overdue"),
        ("unacceptable", Shaming, CONCERN),
        ("shameful", Shaming, CONCERN),
        ("disgraceful", Shaming, CONCERN),
        ("a disgrace", Shaming, CONCERN),
        ("outrageous", Shaming, CONCERN),
        ("shame on you", Shaming, CONCERN),
        ("you should be ashamed", Shaming, CONCERN),
        ("have you no shame", Shaming, CONCERN),
        ("irresponsible", Shaming, CONCERN),
        ("deadbeat", Shaming, "client"),
        ("bad payer", Shaming, "client"),
        ("late payer", Shaming, "client"),
        ("we are disappointed", Shaming, "we had hoped to"),
        ("we're disappointed", Shaming, "we had hoped to"),
        ("we are very disappointed", Shaming, HOPED),
        ("we're very disappointed", Shaming, HOPED),
        ("we expected better", Shaming, HOPED),
        // Insults.
        ("your excuses are ridiculous", Insult, HOLDING_UP),
        ("your excuses", Insult, HOLDING_UP),
        ("excuses, excuses", Insult, HOLDING_UP),
        ("enough excuses", Insult, HOLDING_UP),
        ("this is ridiculous", Insult, CONCERN),
        ("frankly ridiculous", Insult, CONCERN),
        ("utterly ridiculous", Insult, CONCERN),
        ("absolutely ridiculous", Insult, CONCERN),
        ("laughable", Insult, CONCERN),
        ("pathetic", Insult, CONCERN),
        ("this is a joke", Insult, CONCERN),
        ("is a joke", Insult, CONCERN),
        ("unprofessional", Insult, CONCERN),
        ("amateurish", Insult, CONCERN),
        ("you are useless", Insult, CONCERN),
        ("you're useless", Insult, CONCERN),
        ("incompetent", Insult, MIX_UP),
        ("incompetence", Insult, "the mix-up"),
        ("idiotic", Insult, MISUNDERSTANDING),
        ("dishonest", Insult, MISUNDERSTANDING),
        ("liar", Insult, MISUNDERSTANDING),
        ("liars", Insult, MISUNDERSTANDING),
        (
            "you are unreliable",
            Insult,
            "payments have come later than agreed",
        ),
        (
            "you're unreliable",
            Insult,
            "payments have come later than agreed",
        ),
        (
            "untrustworthy",
            Insult,
            "we would like to agree a date we can both rely on",
        ),
        ("typical of you", Insult, AS_BEFORE),
        ("how typical of you", Insult, AS_BEFORE),
        ("so typical of you", Insult, AS_BEFORE),
        ("typical of your company", Insult, AS_BEFORE),
        ("how dare you", Insult, DIFFERENTLY),
        ("can't you read", Insult, IN_CASE),
        ("do you even read", Insult, IN_CASE),
        ("it's not rocket science", Insult, HOW_IT_WORKS),
        ("it is not rocket science", Insult, HOW_IT_WORKS),
        ("even a child could", Insult, HOW_IT_WORKS),
        // Sarcasm.
        ("as i'm sure you know", Sarcasm, REMINDER),
        ("as i am sure you know", Sarcasm, REMINDER),
        ("as i'm sure you're aware", Sarcasm, REMINDER),
        ("as i am sure you are aware", Sarcasm, REMINDER),
        ("as you well know", Sarcasm, REMINDER),
        ("as you know full well", Sarcasm, REMINDER),
        ("as you are no doubt aware", Sarcasm, REMINDER),
        ("as you're no doubt aware", Sarcasm, REMINDER),
        ("in case you forgot", Sarcasm, REMINDER),
        ("in case you've forgotten", Sarcasm, REMINDER),
        ("in case you have forgotten", Sarcasm, REMINDER),
        ("not that you'd notice", Sarcasm, IN_CASE),
        ("not that you would notice", Sarcasm, IN_CASE),
        ("not that you care", Sarcasm, HELP),
        ("not that you'd care", Sarcasm, HELP),
        ("thanks for nothing", Sarcasm, NOT_HEARD),
        ("thank you for nothing", Sarcasm, NOT_HEARD),
        ("i'm sure you're very busy", Sarcasm, BUSY),
        ("i am sure you are very busy", Sarcasm, BUSY),
        ("what a surprise", Sarcasm, NOT_YET),
        ("surprise, surprise", Sarcasm, NOT_YET),
        ("what a shock", Sarcasm, NOT_YET),
        ("how convenient", Sarcasm, WHAT_HAPPENED),
        ("how very convenient", Sarcasm, WHAT_HAPPENED),
        (
            "nice of you to finally",
            Sarcasm,
            "thank you for your reply",
        ),
        ("thanks for finally", Sarcasm, "thank you for"),
        ("thank you for finally", Sarcasm, "thank you for"),
        // Irritation between the lines.
        ("as per my last email", PassiveAggressive, EARLIER_EMAIL),
        ("per my last email", PassiveAggressive, EARLIER_EMAIL),
        ("as per my previous email", PassiveAggressive, EARLIER_EMAIL),
        ("per my previous email", PassiveAggressive, EARLIER_EMAIL),
        ("as per my last message", PassiveAggressive, EARLIER_EMAIL),
        ("per my last message", PassiveAggressive, EARLIER_EMAIL),
        (
            "as per my previous message",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        ("per my previous message", PassiveAggressive, EARLIER_EMAIL),
        (
            "as stated in my last email",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        (
            "as stated in my previous email",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        (
            "as i said in my last email",
            PassiveAggressive,
            EARLIER_EMAIL,
        ),
        ("as previously stated", PassiveAggressive, RECAP),
        ("as i already said", PassiveAggressive, RECAP),
        ("as i have already said", PassiveAggressive, RECAP),
        ("as i said before", PassiveAggressive, RECAP),
        ("as already mentioned", PassiveAggressive, RECAP),
        ("as i have said repeatedly", PassiveAggressive, RECAP),
        ("as we have said repeatedly", PassiveAggressive, RECAP),
        ("i have already told you", PassiveAggressive, RECAP),
        ("i've already told you", PassiveAggressive, RECAP),
        ("we have already told you", PassiveAggressive, RECAP),
        ("we've already told you", PassiveAggressive, RECAP),
        ("let me spell it out", PassiveAggressive, RECAP),
        ("for the last time", PassiveAggressive, ONCE_MORE),
        ("for the umpteenth time", PassiveAggressive, ONCE_MORE),
        ("for the hundredth time", PassiveAggressive, ONCE_MORE),
        ("how many more times", PassiveAggressive, ONCE_MORE),
        ("i don't know how many times", PassiveAggressive, ONCE_MORE),
        ("i shouldn't have to", PassiveAggressive, GRATEFUL),
        ("we shouldn't have to", PassiveAggressive, GRATEFUL),
        ("we should not have to", PassiveAggressive, GRATEFUL),
        ("enough is enough", PassiveAggressive, RESOLVE),
        ("we are fed up", PassiveAggressive, RESOLVE),
        ("we're fed up", PassiveAggressive, RESOLVE),
        ("i am fed up", PassiveAggressive, RESOLVE),
        ("i'm fed up", PassiveAggressive, RESOLVE),
        ("sick and tired", PassiveAggressive, RESOLVE),
        ("we are tired of", PassiveAggressive, RESOLVE),
        ("we're tired of", PassiveAggressive, RESOLVE),
        ("surely you", PassiveAggressive, "perhaps"),
        ("with all due respect", PassiveAggressive, DIFFERENTLY),
        // Pressure without a date.
        ("immediately", Urgency, BY_DATE),
        ("urgent", Urgency, BY_DATE),
        ("urgently", Urgency, BY_DATE),
        ("as a matter of urgency", Urgency, BY_DATE),
        ("asap", Urgency, BY_DATE),
        ("a.s.a.p", Urgency, BY_DATE),
        ("right now", Urgency, BY_DATE),
        ("at once", Urgency, BY_DATE),
        ("this instant", Urgency, BY_DATE),
        ("drop everything", Urgency, BY_DATE),
        ("without further delay", Urgency, BY_DATE),
        ("within 24 hours", Urgency, BY_DATE),
        ("the clock is ticking", Urgency, BY_DATE),
        ("time is running out", Urgency, BY_DATE),
        ("pay now", Urgency, "you can pay by [date]"),
        ("pay up", Urgency, "you can pay by [date]"),
        ("we expect payment now", Urgency, WHEN_PAY),
        ("we need payment now", Urgency, WHEN_PAY),
        ("we need the money now", Urgency, WHEN_PAY),
        // Guilt.
        ("after everything we have done for you", GuiltTrip, VALUED),
        ("after everything we've done for you", GuiltTrip, VALUED),
        ("after all we have done for you", GuiltTrip, VALUED),
        ("after all we've done for you", GuiltTrip, VALUED),
        ("we trusted you", GuiltTrip, RELIED),
        ("we thought we could trust you", GuiltTrip, RELIED),
        ("you have let us down", GuiltTrip, HOPED),
        ("you've let us down", GuiltTrip, HOPED),
        ("you let us down", GuiltTrip, HOPED),
        ("put yourself in our shoes", GuiltTrip, HELP),
        ("i hope you can sleep at night", GuiltTrip, HELP),
        ("we can't pay our staff", GuiltTrip, SIZE),
        ("we cannot pay our staff", GuiltTrip, SIZE),
        ("putting our business at risk", GuiltTrip, SIZE),
        ("bent over backwards", GuiltTrip, FLEXIBLE),
        ("more than patient", GuiltTrip, FLEXIBLE),
        ("we have been very patient", GuiltTrip, FLEXIBLE),
        ("we've been very patient", GuiltTrip, FLEXIBLE),
    ]
};

/// Courteous English phrases that contain a flagged one: where one of these is the
/// longest match, nothing is flagged ("immediately after payment" is not pressure).
static EN_EXCEPTIONS: &[&str] = &[
    "immediately after",
    "immediately before",
    "immediately following",
    "immediately available",
    "not urgent",
    "isn't urgent",
    "nothing urgent",
    "all at once",
    "both at once",
    "everything at once",
    "difficult right now",
    "hard right now",
    "tight right now",
    "busy right now",
    "easy right now",
    "possible right now",
    "convenient right now",
    "if you never",
    "if you haven't even",
    "if you have not even",
    "if you didn't even",
    "if you did not even",
    "in case you never",
    "pay up front",
    "pay up to",
    "reply within 24 hours",
    "respond within 24 hours",
    "back to you within 24 hours",
];

/// Short words in capitals that are not shouting, checked only for words of four or more
/// letters (shorter ones never count).
const ACRONYMS: &[&str] = &[
    "IBAN", "SWIFT", "BACS", "CHAPS", "SEPA", "HMRC", "GMBH", "SARL", "HTML", "JSON", "ACH",
];

/// Checks `text` for passages that may sound accusatory, threatening, shaming, insulting,
/// sarcastic, passive-aggressive, guilt-tripping, shouted, agitated or pushy.
///
/// - Phrases (`lang` picks the language's list; reasons and suggestions come in that
///   language too): case-insensitive, whole words (`"immediately"` is not
///   found in `"immediatelyish"`), any white space between words, `’` as `'`. Where phrases
///   overlap, the longest at a position wins. Each language also lists courteous phrases
///   that contain a flagged one ("immediately after", "not urgent"): where one of those is
///   the longest match, nothing is flagged.
/// - Shouting: two or more words in a row written in capitals with four or more capitals
///   each, or a line with no small letter holding at least two words in capitals and
///   eight capitals in all (Latin letters: ASCII, Latin-1 and Latin Extended-A). Words with digits (`INV-2041`), acronyms such as VAT, UK, EUR,
///   IBAN, and everything inside `{{ … }}` and `{% … %}` are ignored.
/// - Exclamations: every `!!` (or longer run), and every `!` after the first in the text.
///
/// Findings come in order of position.
///
/// ```
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{tone_check, ToneKind};
///
/// let text = "As per my last email, you have ignored our invoice. PAY NOW!!";
/// let kinds: Vec<ToneKind> = tone_check(text, LangPack::BRITISH).iter().map(|f| f.kind).collect();
/// assert_eq!(
///     kinds,
///     [ToneKind::PassiveAggressive, ToneKind::Accusatory, ToneKind::Urgency, ToneKind::Exclamations]
/// );
/// assert!(tone_check("We trust this can be resolved quickly.", LangPack::BRITISH).is_empty());
///
/// let found = tone_check("As I'm sure you know, your excuses are ridiculous.", LangPack::BRITISH);
/// assert_eq!((found[0].kind, found[1].kind), (ToneKind::Sarcasm, ToneKind::Insult));
/// assert!(tone_check("We will confirm immediately after payment.", LangPack::BRITISH).is_empty());
/// ```
pub fn tone_check(text: &str, lang: LangPack) -> Vec<ToneFinding> {
    let words = words_for(lang);
    let tags = tag_spans(text);
    let mut found = Vec::new();
    phrases(text, &words, &tags, &mut found);
    shouting(text, &words, &tags, &mut found);
    exclamations(text, &words, &tags, &mut found);
    found
}

/// Adds `f` after the findings that start before it or at the same place.
fn insert(found: &mut Vec<ToneFinding>, f: ToneFinding) {
    let at = found.partition_point(|g| (g.start, g.end) <= (f.start, f.end));
    found.insert(at, f);
}

fn finding(
    text: &str,
    (start, end): (usize, usize),
    kind: ToneKind,
    words: &Words,
    suggestion: &'static str,
) -> ToneFinding {
    ToneFinding {
        start,
        end,
        phrase: text.get(start..end).unwrap_or("").to_owned(),
        kind,
        reason: words.reasons.get(kind as usize).copied().unwrap_or(""),
        suggestion,
    }
}

/// The byte ranges of `{{ … }}` and `{% … %}` (an unclosed one runs to the end).
fn tag_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while let Some(offset) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'{'))
    {
        let open = i + offset;
        let closer = match bytes.get(open + 1) {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            _ => {
                i = open + 1;
                continue;
            }
        };
        let end = text
            .get(open + 2..)
            .and_then(|rest| rest.find(closer))
            .map_or(text.len(), |at| open + 2 + at + 2);
        spans.push((open, end));
        i = end;
    }
    spans
}

/// Answers "is this offset inside a tag?" for offsets asked in increasing order.
struct Tags<'t> {
    spans: &'t [(usize, usize)],
}

impl Tags<'_> {
    fn contain(&mut self, at: usize) -> bool {
        while let Some((&(_, end), rest)) = self.spans.split_first() {
            if end > at {
                break;
            }
            self.spans = rest;
        }
        self.spans
            .first()
            .is_some_and(|&(start, end)| start <= at && at < end)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// If `phrase` (lower case) matches `text` at `start`: the end of the match.
fn match_at(text: &str, start: usize, phrase: &str) -> Option<usize> {
    let mut chars = text.get(start..)?.char_indices().peekable();
    for wanted in phrase.chars() {
        if wanted == ' ' {
            let mut any = false;
            while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
                chars.next();
                any = true;
            }
            if !any {
                return None;
            }
            continue;
        }
        let (_, c) = chars.next()?;
        let c = if c == '\u{2019}' { '\'' } else { c };
        if lower(c) != wanted {
            return None;
        }
    }
    let end = start + chars.peek().map_or(text.len() - start, |&(i, _)| i);
    let after = text.get(end..).and_then(|r| r.chars().next());
    (!after.is_some_and(is_word_char)).then_some(end)
}

fn phrases(text: &str, words: &Words, tags: &[(usize, usize)], found: &mut Vec<ToneFinding>) {
    let mut tags = Tags { spans: tags };
    let mut previous: Option<char> = None;
    let mut skip_until = 0;
    for (start, c) in text.char_indices() {
        let word_start = !previous.is_some_and(is_word_char) && is_word_char(c);
        previous = Some(c);
        if !word_start || start < skip_until || tags.contain(start) {
            continue;
        }
        let flagged = words
            .phrases
            .iter()
            .filter_map(|&(phrase, kind, suggestion)| {
                match_at(text, start, phrase).map(|end| (end, Some((kind, suggestion))))
            });
        let courteous = words
            .exceptions
            .iter()
            .filter_map(|&phrase| match_at(text, start, phrase).map(|end| (end, None)));
        // The longest match wins; at equal length the exception, which comes last.
        if let Some((end, flag)) = flagged.chain(courteous).max_by_key(|&(end, _)| end) {
            if let Some((kind, suggestion)) = flag {
                insert(found, finding(text, (start, end), kind, words, suggestion));
            }
            skip_until = end;
        }
    }
}

/// Whether `c` is a capital (`Some(true)`) or a small letter (`Some(false)`), for the
/// Latin letters of Unicode's first 384 code points (ASCII, Latin-1, Latin Extended-A);
/// `None` for anything else. (The full Unicode case tables would add kilobytes to the
/// WebAssembly build for scripts the English checks do not need.)
fn case(c: char) -> Option<bool> {
    let n = u32::from(c);
    match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x178 => Some(true),
        0x61..=0x7A | 0xDF..=0xF6 | 0xF8..=0xFF | 0x138 | 0x149 | 0x17F => Some(false),
        0x100..=0x137 | 0x14A..=0x177 => Some(n % 2 == 0),
        0x139..=0x148 | 0x179..=0x17E => Some(n % 2 == 1),
        _ => None,
    }
}

/// `c` in small letters, for the Latin letters [`case`] knows (the phrases are written in
/// those; folding only them keeps the Unicode case tables out of the WebAssembly build).
pub(crate) fn lower(c: char) -> char {
    let n = u32::from(c);
    let small = match (case(c), n) {
        (Some(true), 0x41..=0x5A | 0xC0..=0xDE) => n + 0x20,
        (Some(true), 0x178) => 0xFF,
        (Some(true), _) => n + 1,
        _ => n,
    };
    char::from_u32(small).unwrap_or(c)
}

/// A word in capitals: no digit, no small letter, at least four capitals, not an
/// acronym from the list.
fn is_caps_word(word: &str) -> bool {
    word.chars().filter(|&c| case(c) == Some(true)).count() >= 4
        && !word
            .chars()
            .any(|c| c.is_numeric() || case(c) == Some(false))
        && !ACRONYMS.contains(&word)
}

fn shouting(text: &str, words: &Words, tags: &[(usize, usize)], found: &mut Vec<ToneFinding>) {
    let suggestion = words.neutral[0];
    let mut tags = Tags { spans: tags };
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let mut runs: Vec<(usize, usize, usize)> = Vec::new(); // start, end, words
        let mut in_run = false;
        let (mut caps_words, mut caps_letters) = (0, 0);
        let (mut any_lower, mut any_long) = (false, false);
        let mut line_span: Option<(usize, usize)> = None;
        for (offset, word) in split_words(line) {
            let start = line_start + offset;
            let not_alphanumeric = |c: char| !c.is_alphanumeric();
            let core = word.trim_matches(not_alphanumeric);
            let core_start = start + (word.len() - word.trim_start_matches(not_alphanumeric).len());
            let core_end = core_start + core.len();
            if tags.contain(start) || core.is_empty() {
                in_run = false;
                continue;
            }
            any_lower |= core.chars().any(|c| case(c) == Some(false));
            let upper_letters = core.chars().filter(|&c| case(c) == Some(true)).count();
            if upper_letters >= 2
                && !core
                    .chars()
                    .any(|c| c.is_numeric() || case(c) == Some(false))
                && !ACRONYMS.contains(&core)
            {
                caps_words += 1;
                caps_letters += upper_letters;
                line_span = Some((line_span.map_or(core_start, |(s, _)| s), core_end));
            }
            if is_caps_word(core) {
                any_long = true;
                match runs.last_mut() {
                    Some(run) if in_run => {
                        run.1 = core_end;
                        run.2 += 1;
                    }
                    _ => runs.push((core_start, core_end, 1)),
                }
                in_run = true;
            } else {
                in_run = false;
            }
        }
        let whole_line = !any_lower && any_long && caps_words >= 2 && caps_letters >= 8;
        match line_span {
            Some((start, end)) if whole_line => {
                insert(
                    found,
                    finding(text, (start, end), ToneKind::Shouting, words, suggestion),
                );
            }
            _ => {
                for &(start, end, count) in &runs {
                    if count >= 2 {
                        insert(
                            found,
                            finding(text, (start, end), ToneKind::Shouting, words, suggestion),
                        );
                    }
                }
            }
        }
        line_start += line.len();
    }
}

/// The words of `line` (split at white space) with their byte offsets.
fn split_words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, line.get(s..i).unwrap_or("")));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, line.get(s..).unwrap_or("")));
    }
    out
}

fn exclamations(text: &str, words: &Words, tags: &[(usize, usize)], found: &mut Vec<ToneFinding>) {
    let mut tags = Tags { spans: tags };
    let bytes = text.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while let Some(offset) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'!'))
    {
        let start = i + offset;
        let mut end = start;
        while bytes.get(end) == Some(&b'!') {
            end += 1;
        }
        i = end;
        if tags.contain(start) {
            continue;
        }
        seen += 1;
        if end - start >= 2 {
            insert(
                found,
                finding(
                    text,
                    (start, end),
                    ToneKind::Exclamations,
                    words,
                    words.neutral[1],
                ),
            );
        } else if seen > 1 {
            insert(
                found,
                finding(
                    text,
                    (start, end),
                    ToneKind::Exclamations,
                    words,
                    words.neutral[2],
                ),
            );
        }
    }
}

/// The phrases of `lang` (for tests).
#[cfg(test)]
pub(crate) fn phrase_list(lang: LangPack) -> Vec<Phrase> {
    words_for(lang).phrases.to_vec()
}

/// The exceptions of `lang` (for tests).
#[cfg(test)]
pub(crate) fn exception_list(lang: LangPack) -> Vec<&'static str> {
    words_for(lang).exceptions.to_vec()
}

/// The phrase findings of `lang` in `text` as if it had no exceptions (for tests: every
/// exception must hide a finding).
#[cfg(test)]
pub(crate) fn phrases_without_exceptions(text: &str, lang: LangPack) -> Vec<ToneFinding> {
    let words = Words {
        exceptions: &[],
        ..words_for(lang)
    };
    let mut found = Vec::new();
    phrases(text, &words, &tag_spans(text), &mut found);
    found
}
