using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// What one parent message says, typed: the intent the reply must act on, the stage it reveals, the contract facts it
/// STATES (a delta to overlay on the case with <see cref="CaseFactFields.Overlay"/>), the facts the parent says they
/// do not know, those that have not happened, the dates given vaguely, letter details, and, when the bot had asked
/// something, the answer. It holds no text the parent typed except checked letter details and, for the turn that reads
/// it, the message's statements (<see cref="Statements"/>): a reading is never stored, logged or sent.
/// </summary>
public sealed record MessageReading
{
    public required Judgement<Intent> Intent { get; init; }

    /// <summary>The stage the message reveals; <see cref="Judgement{T}.Best"/> is null when it reveals none.</summary>
    public required Judgement<Stage?> Stage { get; init; }

    /// <summary>The stage model's own judgement, before the facts of the message were read against it (for measuring only).</summary>
    internal Judgement<Stage?>? ModelStage { get; init; }

    /// <summary>The facts stated in this message only (not the case's): overlay them on the case.</summary>
    public CaseFacts Facts { get; init; } = new();

    /// <summary>Contract facts the parent says they do not know ("idk if he gets all his minutes").</summary>
    public IReadOnlySet<string> Unknown { get; init; } = EmptySet;

    /// <summary>Contract facts the parent says have not happened ("I haven't asked yet", "no consent form").</summary>
    public IReadOnlySet<string> None { get; init; } = EmptySet;

    /// <summary>Date facts given vaguely ("april i think", "around october"): confirm before relying on the day.</summary>
    public IReadOnlySet<string> Approximate { get; init; } = EmptySet;

    /// <summary>Date facts whose day the parent named ("on October 14", "Oct 14 I think"): shown with their day, hedged or not.</summary>
    public IReadOnlySet<string> DayGiven { get; init; } = EmptySet;

    public LetterDetails Details { get; init; } = LetterDetails.None;

    /// <summary>The letter (a <c>LetterIds</c> id) a draft-letter or letter-sent message names or describes.</summary>
    public string? LetterId { get; init; }

    /// <summary>The message names no letter but says "again" ("draft the letter again", "redo it"): when it asks for a
    /// letter, the chat redrafts the letter last drafted. On its own ("he got suspended again") it means nothing.</summary>
    public bool LetterAgain { get; init; }

    /// <summary>The topic of a side question (GUIDE.md topics, e.g. "evaluation-timeline", "iee").</summary>
    public string? Topic { get; init; }

    /// <summary>
    /// The side question asks only how long ("how long can they take?", "¿cuánto se pueden tardar?") and the message names
    /// no subject of a wait: <see cref="Topic"/> is the generic timeline, and the chat takes the subject from the
    /// conversation (the letter just drafted: after an IEE request, the IEE's answer).
    /// </summary>
    public bool TopicUnnamed { get; init; }

    /// <summary>"en" or "es" when the parent asks to switch the chat's language.</summary>
    public string? SwitchLanguageTo { get; init; }

    /// <summary>The language the message is written in: "en", "es" or "mixed".</summary>
    public string Language { get; init; } = "en";

    /// <summary>The answer to <see cref="MessageContext.Awaiting"/>, or null when nothing was awaited.</summary>
    public AwaitedAnswer? Answer { get; init; }

    /// <summary>The message looked like an attempt to instruct the assistant ("ignore previous instructions..."): no facts were taken from it.</summary>
    public bool Suspicious { get; init; }

    /// <summary>
    /// The facts the parent's "they never answered" / "no me han contestado nada" answers no (the school neither refused
    /// nor asked to wait), when a statement tells of the school's silence; empty otherwise. Not in <see cref="Facts"/>: no
    /// contract fact says "no response" and the corpus labels none; the chat records these as no unless already known.
    /// </summary>
    public IReadOnlyList<string> NoResponseAnswersNo { get; init; } = [];

    /// <summary>
    /// The message asks about a child someone else raises ("my nephew has adhd, what can his mom do?", "asking for my
    /// cousin: ..."), and does not say the parent is raising them: it sets no fact, and the answer is for that child's parent.
    /// </summary>
    public bool AboutAnotherParentsChild { get; init; }

    /// <summary>
    /// <see cref="ChildGenders.Female"/> or <see cref="ChildGenders.Male"/> when a statement names the parent's own child so
    /// ("mi hija", "my son": content/details.json <c>childGender</c>), never guessed; null when none does, or both do (two children).
    /// </summary>
    public string? ChildGender { get; init; }

    /// <summary>
    /// The clauses that state something about this family, as typed (not the questions, hypotheticals or other people's
    /// children beside them): "he has an IEP and they sent him home 3 times, is that legal?" states the first two. For
    /// this turn's decisions only (a removal told beside a question is still told); never store, log or send them.
    /// </summary>
    public IReadOnlyList<string> Statements { get; init; } = [];

    /// <summary>
    /// The clauses that ask, as typed: a sentence ending in "?" or opening with "¿", or opening with a question form
    /// ("can the school refuse to test him", "que tengo que hacer ahora": content/question-forms.json). They set no
    /// fact; the chat answers them. For this turn only; never store, log or send them.
    /// </summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>The names of the facts stated, in contract order.</summary>
    public IEnumerable<string> StatedFacts => CaseFactFields.Known(Facts);

    internal static readonly IReadOnlySet<string> EmptySet = new HashSet<string>(StringComparer.Ordinal);
}
