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
        if (reading?.Topic is { } topic)
        {
            if (topic == ParentCenterTopic)
            {
                return Markdown(ParentCenter(content, state));
            }
            if (content.TimelineTopics.TryGetValue(topic, out var key) && TimelineFacts.For(key, state) is { } rule)
            {
                return Markdown(Timeline(content, rule, state));
            }
        }
        var explainer = (reading?.Topic is { } id ? explainers.ById(id) : null) ?? explainers.Find(raw)
            ?? (reading is { Questions.Count: > 0 } ? explainers.Find(string.Join(" ", reading.Questions), knownQuestion: true) : null);
        if (explainer is not null)
        {
            return Markdown($"**{explainer.Title}**\n\n{explainer.Text}");
        }
        // "my nephew has adhd, what can his mom do?": a real question with a short real answer, not "I can't answer that".
        return reading is { AboutAnotherParentsChild: true }
            ? Markdown(content.Say("anotherParentsChild", ("directory", FreeHelpDirectory.ParentCenterDirectoryUrl.ToString())))
            : MessageFactory.Text(messages["side.noAnswer"]);
    }

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

    private static string Timeline(SideQuestionContent content, TimelineFact rule, string? state)
    {
        var text = new StringBuilder(content.Say(rule.StateName is null ? "timeline.federal" : "timeline.state",
            ("state", rule.StateName ?? ""), ("days", rule.Days.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("unit", content.Units.GetValueOrDefault(rule.Unit, rule.Unit)), ("trigger", content.Triggers.GetValueOrDefault(rule.Trigger, rule.Trigger)), ("citation", rule.Citation)));
        if (rule.StateName is null)
        {
            text.Append(' ').Append(state is not null && FreeHelpDirectory.Find(state) is { } known
                ? content.Say("timeline.federalInState", ("state", known.Name))
                : content.Say("timeline.askState"));
        }
        else if (rule.Secondary)
        {
            text.Append(' ').Append(content.Say("timeline.secondary"));
        }
        return text.Append(' ').Append(content.Say("timeline.inWriting")).ToString();
    }

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
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Triggers { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Sentences { get; init; } = new Dictionary<string, string>();

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
