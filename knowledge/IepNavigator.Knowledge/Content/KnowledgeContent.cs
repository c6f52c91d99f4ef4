using IepNavigator.Knowledge.Deadlines;
using IepNavigator.Knowledge.Rules.Model;

namespace IepNavigator.Knowledge.Content;

/// <summary>
/// All embedded content files, read once per process and language. Parent-facing sentences (steps, letter titles,
/// phrases) come from content/&lt;language&gt;/ when the language is not English; the rest is shared.
/// </summary>
internal sealed class KnowledgeContent
{
    private static readonly Localized<KnowledgeContent> Embedded = new(Load);

    /// <summary>knowledge/content/*.json and their es/ twins, embedded in this assembly.</summary>
    public static ContentFiles Files { get; } = new(typeof(KnowledgeContent).Assembly, "IepNavigator.Knowledge.Content.");

    public required StepsDocument Steps { get; init; }
    public required StepDutiesDocument Duties { get; init; }
    public required LettersDocument Letters { get; init; }
    public required PhrasesDocument Phrases { get; init; }
    public required CitationsDocument Citations { get; init; }
    public required QuestionsDocument Questions { get; init; }
    public required AdvicePolicy Policy { get; init; }
    public required TimelineBook Timelines { get; init; }
    public required SchoolCalendar Calendar { get; init; }

    /// <summary>The English content shipped in this assembly.</summary>
    public static KnowledgeContent Default => Embedded.For(ContentLanguage.English);

    /// <summary>The content in <paramref name="language"/> ("en", "es").</summary>
    public static KnowledgeContent For(string language) => Embedded.For(language);

    private static KnowledgeContent Load(string language)
    {
        if (language == ContentLanguage.English)
        {
            return new()
            {
                Steps = Files.Read<StepsDocument>("steps.json"),
                Duties = Files.Read<StepDutiesDocument>("step-duties.json"),
                Letters = Files.Read<LettersDocument>("letters.json"),
                Phrases = Files.Read<PhrasesDocument>("phrases.json"),
                Citations = Files.Read<CitationsDocument>("citations.json"),
                Questions = Files.Read<QuestionsDocument>("questions-by-stage.json"),
                Policy = Files.Read<AdvicePolicy>("policy.json"),
                Timelines = new TimelineBook(Files.Read<TimelinesDocument>("state-timelines.json")),
                Calendar = new SchoolCalendar(Files.Read<HolidaysDocument>("holidays.json")),
            };
        }
        var english = Default;
        return new()
        {
            Steps = Files.Read<StepsDocument>("steps.json", language),
            Duties = Files.Read<StepDutiesDocument>("step-duties.json", language),
            Letters = Files.Read<LettersDocument>("letters.json", language),
            Phrases = Files.Read<PhrasesDocument>("phrases.json", language),
            Citations = Files.Read<CitationsDocument>("citations.json", language),
            Questions = english.Questions,
            Policy = english.Policy,
            Timelines = english.Timelines,
            Calendar = english.Calendar,
        };
    }
}
