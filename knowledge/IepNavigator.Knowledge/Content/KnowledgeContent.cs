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
                Steps = EmbeddedContent.Read<StepsDocument>("steps.json"),
                Duties = EmbeddedContent.Read<StepDutiesDocument>("step-duties.json"),
                Letters = EmbeddedContent.Read<LettersDocument>("letters.json"),
                Phrases = EmbeddedContent.Read<PhrasesDocument>("phrases.json"),
                Citations = EmbeddedContent.Read<CitationsDocument>("citations.json"),
                Questions = EmbeddedContent.Read<QuestionsDocument>("questions-by-stage.json"),
                Policy = EmbeddedContent.Read<AdvicePolicy>("policy.json"),
                Timelines = new TimelineBook(EmbeddedContent.Read<TimelinesDocument>("state-timelines.json")),
                Calendar = new SchoolCalendar(EmbeddedContent.Read<HolidaysDocument>("holidays.json")),
            };
        }
        var english = Default;
        return new()
        {
            Steps = EmbeddedContent.Read<StepsDocument>(language + ".steps.json"),
            Duties = EmbeddedContent.Read<StepDutiesDocument>(language + ".step-duties.json"),
            Letters = EmbeddedContent.Read<LettersDocument>(language + ".letters.json"),
            Phrases = EmbeddedContent.Read<PhrasesDocument>(language + ".phrases.json"),
            Citations = EmbeddedContent.Read<CitationsDocument>(language + ".citations.json"),
            Questions = english.Questions,
            Policy = english.Policy,
            Timelines = english.Timelines,
            Calendar = english.Calendar,
        };
    }
}
