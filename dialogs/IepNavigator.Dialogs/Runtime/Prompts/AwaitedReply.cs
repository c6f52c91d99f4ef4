using AnswerKind = IepNavigator.Understanding.Reading.AnswerKind;

namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>
/// The reading of this turn's message as an answer to <see cref="Field"/>, put in the turn's state by the conversation
/// layer before the prompt runs (<see cref="AwaitedReplies"/>). A prompt takes it before its own recognizer, so a parent
/// can answer in their own words ("so yes i guess", "april i think", "idk if he gets all the minutes"). <see cref="Kind"/>
/// is the reader's own (<see cref="AnswerKind"/>: a value, "I don't know", not yet, a question, unclear, another kind).
/// </summary>
/// <param name="Approximate">A date given roughly ("april i think"): kept with its precision, never as an exact day.</param>
/// <param name="HasMore">The message says more than the answer ("no. he's supposed to get breaks..."): the rest was noted.</param>
public sealed record AwaitedReply(string Field, AnswerKind Kind, object? Value = null, bool Approximate = false, bool HasMore = false);

/// <summary>
/// This turn's <see cref="AwaitedReply"/>, by the field it answers, and whether the message was noted or settles the
/// question: kept in the turn's notes (<see cref="TurnNotes"/>). Code with a <see cref="DialogContext"/> passes it (no
/// turn-state lookup); the <see cref="ITurnContext"/> forms look the notes up once per call.
/// </summary>
public static class AwaitedReplies
{
    public static void Set(ITurnContext turnContext, AwaitedReply reply) => Set(TurnNotes.Of(turnContext), reply);

    public static void Set(DialogContext dc, AwaitedReply reply) => Set(TurnOf(dc), reply);

    /// <summary>The message said something else that was taken (facts noted, a side question answered): not a failed answer.</summary>
    public static void MarkNoted(ITurnContext turnContext) => TurnNotes.Of(turnContext).Noted = true;

    /// <inheritdoc cref="MarkNoted(ITurnContext)"/>
    public static void MarkNoted(DialogContext dc) => TurnOf(dc).Noted = true;

    /// <summary>True when <see cref="MarkNoted(ITurnContext)"/> was called this turn.</summary>
    public static bool WasNoted(ITurnContext turnContext) => TurnNotes.Of(turnContext).Noted;

    /// <inheritdoc cref="WasNoted(ITurnContext)"/>
    public static bool WasNoted(DialogContext dc) => TurnOf(dc).Noted;

    /// <summary>What the message said makes the open question moot: the prompt ends without an answer instead of asking again.</summary>
    public static void MarkSettled(ITurnContext turnContext) => TurnNotes.Of(turnContext).Settled = true;

    /// <inheritdoc cref="MarkSettled(ITurnContext)"/>
    public static void MarkSettled(DialogContext dc) => TurnOf(dc).Settled = true;

    /// <summary>True when <see cref="MarkSettled(ITurnContext)"/> was called this turn.</summary>
    public static bool WasSettled(ITurnContext turnContext) => TurnNotes.Of(turnContext).Settled;

    /// <inheritdoc cref="WasSettled(ITurnContext)"/>
    public static bool WasSettled(DialogContext dc) => TurnOf(dc).Settled;

    /// <summary>The reply to <paramref name="field"/> read this turn, or null (nothing read, or it answers another field).</summary>
    public static AwaitedReply? For(ITurnContext turnContext, string? field) => For(TurnNotes.Of(turnContext), field);

    /// <inheritdoc cref="For(ITurnContext, string?)"/>
    public static AwaitedReply? For(DialogContext dc, string? field) => For(TurnOf(dc), field);

    internal static AwaitedReply? For(TurnNotes turn, string? field) =>
        field is not null && turn.AwaitedReply is { } reply && reply.Field == field ? reply : null;

    private static void Set(TurnNotes turn, AwaitedReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        turn.AwaitedReply = reply;
    }

    private static TurnNotes TurnOf(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Turn;
    }
}
