using System.Text;
using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Help;
using IepNavigator.Understanding.Reading;

namespace IepNavigator.Dialogs.Conversation;

/// <summary>
/// The answer to a side question: for a timeline ("how long does the school have?") the rule of the family's state,
/// else the federal one and an offer to check the state; for "who can help me in Ohio?" the state's Parent Center and
/// Protection &amp; Advocacy agency; else the explainer for its topic (or for its words); else, for a child someone else
/// raises ("my nephew has adhd, what can his mom do?"), what that child's parent can do; else an honest "I can't answer
/// that one here" that names where to ask. Sentences are content (side-questions.json, explainers.json, es/ twins).
/// </summary>
public class SideQuestionAnswers(ExplainerCatalog explainers, CaseStore cases, MessageCatalog messages, FactQuestionCatalog questions)
{
    private const string ParentCenterTopic = "parent-center";
    private static readonly Localized<SideQuestionContent> Content = DialogContent.Files.ReadLocalized<SideQuestionContent>("side-questions.json");

    /// <summary>The reply to the side question in this turn's message.</summary>
    public virtual async Task<IMessageActivity> AnswerAsync(DialogContext dc, MessageReading? reading, string? raw, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var record = await cases.GetActiveAsync(dc.Context, cancellationToken).ConfigureAwait(false);
        // "whats the parent center for ohio?": a question states no fact, but the state it names is the one asked about.
        var state = NamedState(raw) ?? reading?.Facts.State ?? record.Facts.State;
        var content = Content.Current;
        // "what's that?" asked back at a question that uses a term ("Has the school held the manifestation determination
        // meeting?"): that term's explainer, not "I can't answer that" (found trying the bot as a parent).
        if (dc.Awaiting is { } awaited && questions.Find(awaited)?.Topic is { } term && explainers.ById(term) is { } meaning
            && AsksBack(content, reading, raw))
        {
            return Markdown($"**{meaning.Title}**\n\n{meaning.Text}");
        }
        // "How long can they take?" names no subject of its own (TopicUnnamed): right after the IEE request letter it asks
        // about the IEE's answer, not the evaluation's 60 days.
        if (reading is { TopicUnnamed: true } && record.LastDraft is { } draft && content.LetterTopics.TryGetValue(draft.LetterId, out var subject))
        {
            reading = reading with { Topic = subject, TopicUnnamed = false };
            if (!content.TimelineTopics.ContainsKey(subject) && explainers.ById(subject) is { } about)
            {
                return Markdown($"**{about.Title}**\n\n{about.Text}");
            }
        }
        if (reading?.Topic is { } topic)
        {
            if (topic == ParentCenterTopic)
            {
                return Markdown(ParentCenter(content, state));
            }
            if (content.TimelineTopics.TryGetValue(topic, out var key))
            {
                if (TimelineFacts.For(key, state) is { } rule)
                {
                    return Markdown(Timeline(content, rule, state, topic));
                }
                // No federal number ("how long do they have to answer my request?"): the explainer's federal answer, and
                // that the family's state has no rule of its own in the list, or an offer to check theirs.
                if (explainers.ById(topic) is { } general)
                {
                    return Markdown($"**{general.Title}**\n\n{general.Text}\n\n{StateCheck(content, state)}");
                }
            }
        }
        // A whole question an explainer names, asked in the message ("the teacher says wait and see, can they make me
        // wait"), over the reader's topic, which may come from the words around a question naming none ("suspended 11
        // days, is that legal?"); then the message's words. The reader's question clauses are questions already (with or
        // without a mark or a question word), so each text is searched once.
        var asked = reading is { Questions.Count: > 0 } ? string.Join(" ", reading.Questions) : null;
        var explainer = (asked is null ? null : explainers.Find(asked, knownQuestion: true))
            ?? (reading?.Topic is { } id ? explainers.ById(id) : null)
            ?? (raw == asked ? null : explainers.Find(raw));
        if (explainer is not null)
        {
            return Markdown($"**{explainer.Title}**\n\n{explainer.Text}");
        }
        // "is that even legal?" asked of what the parent just told ("they call me to pick him up early, like 8 times"):
        // the question names nothing, but the case's stage says which rules answer it (found trying the bot as a parent).
        if (AsksIfAllowed(content, reading, raw) && (record.Stage ?? (reading is { Stage.Unsure: false } ? reading.Stage.Best : null)) is { } stage
            && content.StageTopics.TryGetValue(StageNames.Name(stage), out var stageTopic) && explainers.ById(stageTopic) is { } rules)
        {
            return Markdown($"{content.Say("allowed.lead")}\n\n**{rules.Title}**\n\n{rules.Text}");
        }
        // "my nephew has adhd, what can his mom do?": a real question with a short real answer, not "I can't answer that".
        return reading is { AboutAnotherParentsChild: true }
            ? Markdown(content.Say("anotherParentsChild", ("directory", FreeHelpDirectory.ParentCenterDirectoryUrl.ToString())))
            : MessageFactory.Text(messages["side.noAnswer"]);
    }

    /// <summary>The message's question (or the whole message) is one of the askedBack questions: "what's that?", "¿qué es eso?".</summary>
    private static bool AsksBack(SideQuestionContent content, MessageReading? reading, string? raw)
    {
        return AskedTexts(reading, raw).Any(q => content.AskedBack.Contains(TextNormalizer.Normalize(q)));
    }

    /// <summary>A question clause of the message (or the whole message) is one of the asksIfAllowed questions: "is that even legal?".</summary>
    private static bool AsksIfAllowed(SideQuestionContent content, MessageReading? reading, string? raw)
    {
        return AskedTexts(reading, raw).Select(TextNormalizer.Normalize).Any(q => content.AsksIfAllowed.Any(a => q == a || EndsAfterFewWords(q, a)));
    }

    /// <summary>What the message asks: its question clauses, or the whole message when the reader marked none.</summary>
    private static IEnumerable<string> AskedTexts(MessageReading? reading, string? raw) =>
        reading is { Questions.Count: > 0 } ? reading.Questions : raw is null ? [] : [raw];

    /// <summary>"but is that even legal", "ok so can they do that": the question after at most two words of lead-in.</summary>
    private static bool EndsAfterFewWords(string question, string ending) =>
        question.EndsWith(" " + ending, StringComparison.Ordinal)
        && question[..^(ending.Length + 1)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2;

    /// <summary>A state named by its full name in the question ("for ohio", "en Texas"), as a USPS code.</summary>
    private string? NamedState(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var words = " " + TextNormalizer.Normalize(raw) + " ";
        return questions.States.Where(s => s.Title.Length > 3)
            .FirstOrDefault(s => words.Contains(" " + TextNormalizer.Normalize(s.Title) + " ", StringComparison.Ordinal))?.Value;
    }

    private static string Timeline(SideQuestionContent content, TimelineFact rule, string? state, string topic)
    {
        var text = new StringBuilder(content.Say(rule.StateName is null ? "timeline.federal" : "timeline.state",
            ("state", rule.StateName ?? ""), ("days", rule.Days.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("unit", content.Units.GetValueOrDefault(rule.Unit, rule.Unit)), ("trigger", content.Triggers.GetValueOrDefault(rule.Trigger, rule.Trigger)), ("citation", rule.Citation)));
        if (rule.StateName is null)
        {
            text.Append(' ').Append(StateCheck(content, state));
        }
        else if (rule.Secondary)
        {
            // Only a primary source (confidence P in state-timelines.json) is quoted without this warning.
            text.Append(' ').Append(content.Say("timeline.secondary"));
        }
        // What the school owes by then, where the topic says more than a number ("timeline.after.evaluation-response").
        if (content.Sentences.ContainsKey(AfterKey(topic)))
        {
            text.Append(' ').Append(content.Say(AfterKey(topic)));
        }
        return text.Append(' ').Append(content.Say("timeline.inWriting")).ToString();
    }

    private static string AfterKey(string topic) => "timeline.after." + topic;

    /// <summary>The federal rule applies in this known state (none of its own in the list), or an offer to check the parent's state.</summary>
    private static string StateCheck(SideQuestionContent content, string? state) =>
        state is not null && FreeHelpDirectory.Find(state) is { } known
            ? content.Say("timeline.federalInState", ("state", known.Name))
            : content.Say("timeline.askState");

    private static string ParentCenter(SideQuestionContent content, string? state)
    {
        var directory = FreeHelpDirectory.ParentCenterDirectoryUrl.ToString();
        if (FreeHelpDirectory.Find(state) is not { ParentCenters.Count: > 0 } help)
        {
            return content.Say("parentCenter.askState", ("directory", directory));
        }
        var center = help.ParentCenters[0];
        var agency = help.ProtectionAndAdvocacy;
        var text = content.Say("parentCenter.state", ("state", help.Name), ("center", center.Name), ("website", center.Website.ToString()),
            ("agency", agency?.Name ?? "—"), ("agencyWebsite", agency?.Website.ToString() ?? FreeHelpDirectory.ProtectionAndAdvocacyDirectoryUrl.ToString()));
        return center.Verified ? text : text + " " + content.Say("parentCenter.check", ("directory", directory));
    }

    private static IMessageActivity Markdown(string text)
    {
        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextFormatTypes.Markdown;
        return reply;
    }
}

/// <summary>side-questions.json: which topic quotes which timeline, and the words that say it.</summary>
public sealed record SideQuestionContent
{
    public IReadOnlyDictionary<string, string> TimelineTopics { get; init; } = new Dictionary<string, string>();

    /// <summary>The topic a question asking only how long takes right after the chat drafted this letter (by letter id).</summary>
    public IReadOnlyDictionary<string, string> LetterTopics { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Triggers { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Sentences { get; init; } = new Dictionary<string, string>();
    /// <summary>Whole questions, normalized, that ask what the open question's term means ("whats that").</summary>
    public IReadOnlyList<string> AskedBack { get; init; } = [];

    /// <summary>Whole questions, normalized, that ask whether what the school did is allowed without naming it ("is that even legal").</summary>
    public IReadOnlyList<string> AsksIfAllowed { get; init; } = [];

    /// <summary>The explainer that says the rules of a stage (contract stage value → explainer id), for those questions.</summary>
    public IReadOnlyDictionary<string, string> StageTopics { get; init; } = new Dictionary<string, string>();

    /// <summary>The sentence <paramref name="key"/> with its {named} placeholders filled.</summary>
    public string Say(string key, params (string Name, string Value)[] values)
    {
        var text = Sentences.TryGetValue(key, out var sentence) ? sentence : throw new KeyNotFoundException($"side-questions.json has no sentence '{key}'.");
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }
        return text;
    }
}
