using IepNavigator.Dialogs.State;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Runtime;

/// <summary>
/// What this turn has learned, in one object kept in <see cref="ITurnContext.TurnState"/> under ONE key: the state
/// documents, the turn's language, the reading of the message and what it changed, the reply to the open question,
/// whether the message is a tap, the welcomes owed or said, the reply contract's shared part.
/// <para>
/// Why one object (issue 16): Bot Builder's <c>TurnContextStateCollection</c> compares keys with
/// <c>InvariantCultureIgnoreCase</c>, so every lookup hashes its key through ICU collation. Looked up by a dozen keys
/// from ~40 interruptions, that was 8.6 % of a guided host's CPU. Now a <see cref="DialogContext"/> looks it up once when
/// it is made (<see cref="DialogContext.Turn"/>), and code that has a dialog context reads it from there; code that has
/// only the turn context looks it up once per call (<see cref="Of"/>).
/// </para>
/// <para>
/// A re-run turn (<see cref="TurnTransaction"/>) puts the values back as they were when the transaction began, in the
/// same object: whoever holds it sees the restored values (<see cref="Save"/>, <see cref="Restore"/>).
/// </para>
/// </summary>
public sealed class TurnNotes
{
    private const string Key = "iepNavigator.turn";

    private Values _values;

    private TurnNotes()
    {
    }

    /// <summary>This turn's notes, made on the first ask.</summary>
    public static TurnNotes Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.TryGetValue(Key, out var found) && found is TurnNotes notes)
        {
            return notes;
        }
        notes = new TurnNotes();
        turnContext.TurnState[Key] = notes;
        return notes;
    }

    /// <summary>This turn's notes if anything made them, else null (looking does not make them).</summary>
    internal static TurnNotes? Find(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(Key, out var found) ? found as TurnNotes : null;

    /// <summary>The turn's language ("en", "es"), or null before <see cref="TurnLanguage.Begin"/>.</summary>
    internal string? Language { get => _values.Language; set => _values.Language = value; }

    /// <summary>The chat followed the parent into the other language this turn (<see cref="Flows.Interruptions.OtherLanguageInterruption"/>).</summary>
    internal bool LanguageFollowed { get => _values.LanguageFollowed; set => _values.LanguageFollowed = value; }

    /// <summary>The conversation's and the parent's documents, read once (State/TurnStateStore).</summary>
    internal TurnStateStore.TurnDocuments? Documents { get => _values.Documents; set => _values.Documents = value; }

    /// <summary>The reader's reading of the message (<see cref="TurnMeaning"/>); null for a tap.</summary>
    internal MessageReading? Reading { get => _values.Reading; set => _values.Reading = value; }

    /// <summary>What the message's stated facts changed (<see cref="TurnMeaning.Changes(ITurnContext)"/>).</summary>
    internal StatedChanges? Changes { get => _values.Changes; set => _values.Changes = value; }

    /// <summary>The message read as an answer to the open question (<see cref="AwaitedReplies"/>).</summary>
    internal AwaitedReply? AwaitedReply { get => _values.AwaitedReply; set => _values.AwaitedReply = value; }

    /// <summary>The message said something else that was taken (<see cref="AwaitedReplies.MarkNoted(ITurnContext)"/>).</summary>
    internal bool Noted { get => _values.Noted; set => _values.Noted = value; }

    /// <summary>The message makes the open question moot (<see cref="AwaitedReplies.MarkSettled(ITurnContext)"/>).</summary>
    internal bool Settled { get => _values.Settled; set => _values.Settled = value; }

    /// <summary>The message is an Adaptive Card's submit (<see cref="ButtonReply"/>).</summary>
    internal bool CardSubmit { get => _values.CardSubmit; set => _values.CardSubmit = value; }

    /// <summary>Whether the message is a button tap, once decided (<see cref="ButtonTaps"/>).</summary>
    internal bool? Tap { get => _values.Tap; set => _values.Tap = value; }

    /// <summary>The parent comes back after the gap (<see cref="NavigatorBot.ReturningAfter"/>).</summary>
    internal bool Returning { get => _values.Returning; set => _values.Returning = value; }

    /// <summary>The welcome back was said this turn (<see cref="Flows.ReturningWelcome"/>).</summary>
    internal bool WelcomedBack { get => _values.WelcomedBack; set => _values.WelcomedBack = value; }

    /// <summary>The first reply's welcome still owed, by message key (<see cref="FirstReplyWelcome"/>).</summary>
    internal string? OwedWelcome { get => _values.OwedWelcome; set => _values.OwedWelcome = value; }

    /// <summary>The reply contract's stamping is registered for this turn (<see cref="ReplyChannelData"/>).</summary>
    internal bool ReplyDataAttached { get => _values.ReplyDataAttached; set => _values.ReplyDataAttached = value; }

    /// <summary>The reply contract's part every message of the turn shares, as last built.</summary>
    internal ReplyChannelData.Shared? ReplyData { get => _values.ReplyData; set => _values.ReplyData = value; }

    /// <summary>The values as they are now (a copy).</summary>
    internal Values Save() => _values;

    /// <summary>Puts back values <see cref="Save"/> took (<c>default</c>: as made).</summary>
    internal void Restore(Values saved) => _values = saved;

    /// <summary>Every value in one struct, so a copy of the notes is one assignment and none can be forgotten.</summary>
    internal struct Values
    {
        public string? Language;
        public bool LanguageFollowed;
        public TurnStateStore.TurnDocuments? Documents;
        public MessageReading? Reading;
        public StatedChanges? Changes;
        public AwaitedReply? AwaitedReply;
        public bool Noted;
        public bool Settled;
        public bool CardSubmit;
        public bool? Tap;
        public bool Returning;
        public bool WelcomedBack;
        public string? OwedWelcome;
        public bool ReplyDataAttached;
        public ReplyChannelData.Shared? ReplyData;
    }
}
