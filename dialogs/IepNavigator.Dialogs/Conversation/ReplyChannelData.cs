using System.Globalization;
using IepNavigator.Knowledge;
using Newtonsoft.Json.Linq;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The reply contract (knowledge-contract.md, "channelData"): every message the bot sends in a case conversation
/// carries <c>channelData.iepNavigator = { stepIds, stage, facts, awaiting }</c> as they stand when the turn's state is
/// saved — the steps shown (or the last plan), the stage, the case's known facts by contract name and value, and the
/// fact or letter field the reply asks for. Web Chat customisations, Teams and tests read it. It holds no text the
/// parent typed. The handler is registered during the turn, so the held replies pass through it when they are released.
/// <para>
/// Issue 16: the part every message of a turn shares (stage, facts, awaiting) is built once per turn, as Newtonsoft
/// tokens written straight from the typed facts (no JSON text in between), and each later message gets a copy.
/// </para>
/// </summary>
public sealed class ReplyChannelData(CaseStore cases, DialogRunner runner)
{
    public const string Property = "iepNavigator";

    /// <summary>Stamps every message this turn sends from now on (once per turn, however often it is called).</summary>
    public void Attach(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var turn = TurnNotes.Of(turnContext);
        if (turn.ReplyDataAttached)
        {
            return;
        }
        turn.ReplyDataAttached = true;
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            if (activities.Any(a => a.Type == ActivityTypes.Message))
            {
                var record = await cases.GetActiveAsync(context, CancellationToken.None).ConfigureAwait(false);
                var awaiting = await runner.AwaitingAsync(context, CancellationToken.None).ConfigureAwait(false);
                var shared = SharedPart(TurnNotes.Of(context), record.Facts, awaiting);
                foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
                {
                    Stamp(activity, record, shared);
                }
            }
            return await next().ConfigureAwait(false);
        });
    }

    /// <summary>Adds the contract to <paramref name="activity"/>'s channelData, keeping what is there (a reply's own stepIds).</summary>
    public static void Stamp(Activity activity, CaseRecord record, string? awaiting)
    {
        ArgumentNullException.ThrowIfNull(record);
        Stamp(activity, record, new Shared(record.Facts, awaiting));
    }

    private static void Stamp(Activity activity, CaseRecord record, Shared shared)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var channelData = activity.ChannelData switch
        {
            JObject json => json,
            null => [],
            var other => JObject.FromObject(other),
        };
        var data = channelData[Property] as JObject ?? [];
        if (data["stepIds"] is not JArray)
        {
            data["stepIds"] = new JArray(record.LastStepIds);
        }
        data["stage"] = shared.Stage;
        data["facts"] = shared.TakeFacts();
        data["awaiting"] = shared.Awaiting;
        channelData[Property] = data;
        activity.ChannelData = channelData;
    }

    /// <summary>
    /// This turn's shared part, built again only when the case's facts (an immutable record: a change is a new one) or
    /// the awaited field differ from the last send's — the held replies are released after the save, so usually never.
    /// </summary>
    private static Shared SharedPart(TurnNotes turn, CaseFacts facts, string? awaiting)
    {
        if (turn.ReplyData is { } built && ReferenceEquals(built.Source, facts) && built.Awaiting == awaiting)
        {
            return built;
        }
        var shared = new Shared(facts, awaiting);
        turn.ReplyData = shared;
        return shared;
    }

    /// <summary>The known facts as the contract writes them (names, dates yyyy-MM-dd, enums kebab-case).</summary>
    /// <remarks>
    /// The same spelling as <see cref="FactJson.Write"/> (the contract's one writer, System.Text.Json), built as tokens so
    /// the reply needs no JSON text parsed back; <c>ReplyChannelDataTests</c> holds the two equal fact by fact.
    /// </remarks>
    public static JObject Facts(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var json = new JObject();
        foreach (var field in CaseFactFields.All)
        {
            if (field.Read(facts) is { } value && Token(field, value) is { } token)
            {
                json.Add(field.Name, token);
            }
        }
        return json;
    }

    /// <summary>One known value as a token; null for an empty list (an unknown fact, <see cref="CaseFactField.IsKnown"/>).</summary>
    private static JToken? Token(CaseFactField field, object value) => value switch
    {
        DateOnly date => Date(date),
        bool flag => new JValue(flag),
        int count => new JValue((long)count),
        string text => new JValue(text),
        Stage stage => new JValue(KnowledgeJson.EnumName(stage)),
        IReadOnlyCollection<DateRange> { Count: 0 } or IReadOnlyCollection<ConcernArea> { Count: 0 } => null,
        IEnumerable<DateRange> ranges => new JArray(ranges.Select(r => new JObject { ["from"] = Date(r.From), ["to"] = Date(r.To) })),
        IEnumerable<ConcernArea> areas => new JArray(areas.Select(a => KnowledgeJson.EnumName(a))),
        _ => throw new ArgumentException($"'{value}' is not a value of the fact '{field.Name}' ({field.Kind}).", nameof(value)),
    };

    private static JValue Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Stage, facts and awaiting: the same on every message of a turn.</summary>
    internal sealed class Shared(CaseFacts source, string? awaiting)
    {
        private readonly JObject _facts = Facts(source);

        public CaseFacts Source { get; } = source;

        public string? Awaiting { get; } = awaiting;

        public string? Stage { get; } = source.Stage is { } stage ? KnowledgeJson.EnumName(stage) : null;

        /// <summary>The built facts for the first message, a copy for each later one (a token has one parent).</summary>
        public JObject TakeFacts() => _facts.Parent is null ? _facts : (JObject)_facts.DeepClone();
    }
}
