using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Rules.Model;

namespace IepNavigator.Knowledge.Content;

/// <summary>All embedded content files, read once per process.</summary>
internal sealed class KnowledgeContent
{
    private static readonly Lazy<KnowledgeContent> Embedded = new(Load);

    public required StepsDocument Steps { get; init; }
    public required LettersDocument Letters { get; init; }
    public required PhrasesDocument Phrases { get; init; }
    public required QuestionsDocument Questions { get; init; }
    public required AdvicePolicy Policy { get; init; }
    public required TimelineBook Timelines { get; init; }
    public required SchoolCalendar Calendar { get; init; }

    /// <summary>The content shipped in this assembly.</summary>
    public static KnowledgeContent Default => Embedded.Value;

    private static KnowledgeContent Load() => new()
    {
        Steps = EmbeddedContent.Read<StepsDocument>("steps.json"),
        Letters = EmbeddedContent.Read<LettersDocument>("letters.json"),
        Phrases = EmbeddedContent.Read<PhrasesDocument>("phrases.json"),
        Questions = EmbeddedContent.Read<QuestionsDocument>("questions-by-stage.json"),
        Policy = EmbeddedContent.Read<AdvicePolicy>("policy.json"),
        Timelines = new TimelineBook(EmbeddedContent.Read<TimelinesDocument>("state-timelines.json")),
        Calendar = new SchoolCalendar(EmbeddedContent.Read<HolidaysDocument>("holidays.json")),
    };
}
