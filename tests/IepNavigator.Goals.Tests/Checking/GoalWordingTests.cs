using System.Text.RegularExpressions;
using IepNavigator.Goals.Checking;
using IepNavigator.Knowledge.Content;

namespace IepNavigator.Goals.Tests.Checking;

/// <summary>
/// The feedback a parent reads, over 35 goals written the ways schools write them (social, behavior, fine and gross
/// motor, speech, reading, math, writing, transition, self-help; complete, partial and vague), in English and Spanish:
/// the verdict and the missing parts are right, every sentence is whole (no {slot}, no doubled word or preposition),
/// the examples come from the goal's own area, and the rewrite keeps the school's words without saying anything twice.
/// </summary>
public partial class GoalWordingTests
{
    private static readonly GoalChecker Checker = new();

    /// <summary>Goal, area, measurable, the parts it lacks.</summary>
    public static TheoryData<string, string, bool, string> RealGoals => new()
    {
        { "Eli will demonstrate appropriate social skills with peers 80% of the time.", "social", false, "Baseline,Skill,Condition,Measurement,Timeframe" },
        { "During unstructured times (recess, lunch), Marcus will initiate a conversation with a peer in 4 out of 5 observed opportunities by May 2027, as measured by weekly teacher observation.", "social", true, "Baseline" },
        { "Student will improve social skills.", "social", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "Given a visual social story, Lily will take turns in a structured game with a peer for 3 consecutive turns in 80% of opportunities, as measured by SLP data collection, by the end of the IEP year.", "social", true, "Baseline" },
        { "Jordan will reduce off-task behavior.", "behavior", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "By June 2027, when frustrated, Aiden will request a break using his break card in 4 of 5 opportunities, measured by daily behavior data sheets. Baseline: 1 of 5 opportunities.", "behavior", true, "" },
        { "Kayla will decrease physical aggression from 6 incidents per week to 1 or fewer incidents per week by May 2027, as measured by ABC data collected daily by classroom staff.", "behavior", true, "Condition" },
        { "The student will follow classroom rules with 80% accuracy.", "behavior", false, "Baseline,Condition,Measurement,Timeframe" },
        { "By the annual review, given a pencil grip, Noah will copy a 5-word sentence with correctly formed letters in 4 of 5 trials, as measured by OT work samples.", "motor", true, "Baseline" },
        { "Mia will improve fine motor skills.", "motor", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "Ben will walk up and down a flight of stairs with alternating feet, using the handrail, in 3 of 4 trials by May 2027 as measured by PT observation.", "grossMotor", true, "Baseline,Condition" },
        { "By May 2027, Sofia will produce the /r/ sound in the initial position of words at the sentence level with 80% accuracy across 3 consecutive sessions, as measured by speech-language pathologist data.", "speech", true, "Baseline,Condition" },
        { "Liam will improve his articulation skills.", "speech", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "Given a picture prompt, Zoe will answer who, what, and where questions about a short story in 4 of 5 opportunities by the end of the school year, as measured by SLP session data.", "speech", true, "Baseline" },
        { "Ava will use 3-word phrases to make requests 10 times per day as measured by staff tally.", "speech", false, "Baseline,Condition,Timeframe" },
        { "Sam will increase reading fluency from 45 to 90 wcpm on 2nd grade passages by May 2027 as measured by weekly CBM probes.", "reading", true, "" },
        { "Maya will improve her reading comprehension skills to grade level.", "reading", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "By May 2027, given a grade-level passage, Eli will read aloud at 90 words correct per minute in 4 of 5 weekly probes.", "reading", true, "Baseline" },
        { "Given a list of 20 CVC words, Leo will decode 18 of 20 words correctly in 3 consecutive probes by the annual review, as measured by teacher-made probes.", "reading", true, "Baseline" },
        { "Carlos will be able to read better.", "reading", false, "Baseline,Condition,Criterion,Measurement,Timeframe" },
        { "Given 10 two-digit addition problems with regrouping, Isabella will solve them with 80% accuracy on 3 consecutive biweekly probes by May 2027, as measured by teacher-made probes. Baseline: 30% accuracy.", "math", true, "" },
        { "Ethan will improve math skills by one grade level.", "math", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "When given a math word problem at the 4th grade level, Ava will solve it correctly in 4 of 5 problems by May 2027.", "math", false, "Baseline,Measurement" },
        { "Olivia will master multiplication facts.", "math", false, "Baseline,Condition,Criterion,Measurement,Timeframe" },
        { "By the end of the 2026-2027 school year, given a writing prompt and a graphic organizer, Ella will write a paragraph of 5 sentences scoring 3 or higher on a 4-point rubric in 3 of 4 writing samples.", "writing", true, "Baseline" },
        { "Jacob will improve his written expression.", "writing", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "Given a sentence starter, Harper will write a complete sentence with a capital letter and end punctuation in 4 out of 5 trials by May 2027.", "writing", false, "Baseline,Measurement" },
        { "After high school, Daniel will work part-time at a grocery store.", "transition", true, "" },
        { "After graduation, Emma will attend a community college to study early childhood education.", "transition", true, "" },
        { "By May 2027, with a checklist at a community job site, Tyler will complete a job application with no errors on 2 of 3 attempts, as measured by the transition teacher's checklist.", "transition", true, "Baseline" },
        { "Grace will develop independent living skills.", "transition", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "Given a picture schedule at the sink, Mason will wash his hands independently in 4 of 5 opportunities by the end of the school year, as measured by teacher checklist.", "selfHelp", true, "Baseline" },
        { "Chloe will independently toilet.", "selfHelp", false, "Baseline,Condition,Criterion,Measurement,Timeframe" },
        { "Student will work on behavior.", "behavior", false, "Baseline,Skill,Condition,Criterion,Measurement,Timeframe" },
        { "Lucas will be successful in class.", "general", false, "Baseline,Skill,Criterion,Measurement,Timeframe" },
    };

    public static IEnumerable<object[]> RealGoalsInEachLanguage() =>
        RealGoals.SelectMany(row => ContentLanguage.Supported.Select(language => new object[] { language }.Concat(row).ToArray()));

    private static CheckedGoal Check(string language, string goal)
    {
        using var scope = ContentLanguage.Begin(language);
        return Assert.Single(Checker.Check(goal).Goals);
    }

    private static IEnumerable<string> SentencesOf(CheckedGoal goal) =>
        new[] { goal.Summary, goal.FoundSummary ?? "", goal.Rewrite }
            .Concat(goal.Missing.SelectMany(m => new[] { m.Explanation, m.Question }))
            .Where(s => s.Length > 0);

    [Theory]
    [MemberData(nameof(RealGoalsInEachLanguage))]
    public void Check_RealGoal_HasTheRightVerdictAndMissingParts(string language, string text, string area, bool measurable, string missing)
    {
        var goal = Check(language, text);

        Assert.True(goal.Judged, "an English goal is judged");
        Assert.Equal(area, goal.Domain);
        Assert.Equal(measurable, goal.Measurable);
        Assert.Equal(missing, string.Join(",", goal.Missing.Select(m => m.Part)));
        Assert.False(string.IsNullOrWhiteSpace(goal.Title));
    }

    [Theory]
    [MemberData(nameof(RealGoalsInEachLanguage))]
    public void Check_RealGoal_EverySentenceIsWhole(string language, string text, string area, bool measurable, string missing)
    {
        _ = (area, measurable, missing);
        var goal = Check(language, text);

        Assert.All(SentencesOf(goal), sentence =>
        {
            Assert.DoesNotContain("{", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("}", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("\"\"", sentence, StringComparison.Ordinal);
            Assert.False(DoubledWord().IsMatch(sentence), $"doubled word in: {sentence}");
            Assert.False(DoubledPreposition().IsMatch(sentence), $"two prepositions in a row in: {sentence}");
            Assert.Matches(@"[.?!\]]$", sentence);
            // A sentence may open with the school's words in quotes, as written.
            var first = sentence.TrimStart('[', '¿')[0];
            Assert.True(char.IsUpper(first) || first == '"', $"starts in lower case: {sentence}");
        });
    }

    [Theory]
    [MemberData(nameof(RealGoalsInEachLanguage))]
    public void Check_RealGoal_RewriteKeepsTheSchoolsWordsOnce(string language, string text, string area, bool measurable, string missing)
    {
        _ = (area, measurable, missing);
        var goal = Check(language, text);

        // Every part the school wrote is in the rewrite, and none twice ("in 4 of 5 weekly probes, as measured by weekly probes").
        foreach (var part in goal.Found.Where(f => !f.FromContext && f.Part != GoalPart.Skill))
        {
            Assert.Contains(part.Text, goal.Rewrite, StringComparison.OrdinalIgnoreCase);
            Assert.True(Occurrences(Unbracketed(goal.Rewrite), part.Value) <= Occurrences(text, part.Value), $"\"{part.Value}\" said more often than the school did: {goal.Rewrite}");
        }
        Assert.Equal(goal.Missing.Count, goal.Rewrite.Count(c => c == '['));
        Assert.InRange(Occurrences(goal.Rewrite, "measured by"), 0, 1);
    }

    [Theory]
    [MemberData(nameof(RealGoalsInEachLanguage))]
    public void Check_RealGoal_ExamplesComeFromTheGoalsOwnArea(string language, string text, string area, bool measurable, string missing)
    {
        _ = (measurable, missing);
        var goal = Check(language, text);
        var said = string.Join(" ", SentencesOf(goal).Skip(1));

        // A social or motor goal is not told about reading rates, nor a reading goal about incidents.
        if (area != "reading" && !text.Contains("words correct", StringComparison.OrdinalIgnoreCase))
        {
            Assert.DoesNotContain("words correct per minute", said, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("palabras correctas por minuto", said, StringComparison.OrdinalIgnoreCase);
        }
        if (area != "behavior")
        {
            Assert.DoesNotContain("incident", said, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(RealGoalsInEachLanguage))]
    public void Check_RealGoal_SpeaksTheParentsLanguageAndQuotesTheSchoolsEnglish(string language, string text, string area, bool measurable, string missing)
    {
        _ = (area, measurable, missing);
        var goal = Check(language, text);
        var english = Check(ContentLanguage.English, text);

        for (int i = 0; i < goal.Missing.Count; i++)
        {
            // The goal's own words are quoted unchanged in either language.
            Assert.Equal(Quoted(english.Missing[i].Explanation, text), Quoted(goal.Missing[i].Explanation, text));
            if (language == ContentLanguage.Spanish)
            {
                Assert.NotEqual(english.Missing[i].Explanation, goal.Missing[i].Explanation);
                Assert.DoesNotMatch(EnglishFrame(), Unquoted(goal.Missing[i].Explanation));
                Assert.DoesNotMatch(EnglishFrame(), Unquoted(goal.Missing[i].Question));
            }
        }
        // The rewrite stays in the school's English; only its [blanks] follow the parent's language.
        Assert.Equal(Unbracketed(english.Rewrite), Unbracketed(goal.Rewrite));
    }

    /// <summary>Goals as Spanish translations of IEPs write them: measurable, partial and vague.</summary>
    private static readonly string[] GoalsWrittenInSpanish =
    [
        "Para mayo de 2027, dado un texto de su grado, Eli leerá en voz alta 90 palabras correctas por minuto en 4 de 5 pruebas semanales, medido por el maestro.",
        "Durante el recreo, Mateo iniciará una conversación con un compañero en 4 de 5 oportunidades observadas, según la observación semanal de la maestra, para junio de 2027.",
        "Dado un problema escrito de suma con reagrupación, Ana resolverá el problema con 80% de precisión en 3 pruebas consecutivas para el final del año escolar.",
        "Cuando se sienta frustrado, Luis pedirá un descanso usando su tarjeta en 4 de 5 oportunidades, según las hojas de datos diarias.",
        "Sofía mejorará sus habilidades sociales.",
        "El estudiante mejorará su comprensión de lectura hasta el nivel de grado.",
    ];

    public static IEnumerable<object[]> GoalsWrittenInSpanishInEachLanguage() =>
        GoalsWrittenInSpanish.SelectMany(goal => ContentLanguage.Supported.Select(language => new object[] { language, goal }));

    [Theory]
    [MemberData(nameof(GoalsWrittenInSpanishInEachLanguage))]
    public void Check_GoalWrittenInSpanish_IsNotJudged_NeitherMeasurableNorMissingEveryPart(string language, string text)
    {
        // The parts are recognised in English only: judged, a measurable Spanish goal read as missing all six parts.
        var result = Checker.Check(text);
        using var scope = ContentLanguage.Begin(language);
        var goal = Check(language, text);

        Assert.False(goal.Judged);
        Assert.Equal("es", goal.Language);
        Assert.Empty(goal.Found);
        Assert.Empty(goal.Missing);
        Assert.Equal("", goal.Rewrite);
        Assert.False(result.AllMeasurable);
        Assert.StartsWith(language == ContentLanguage.Spanish ? "Solo puedo revisar metas escritas en inglés" : "I can only check goals written in English", goal.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("{", goal.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("not measurable", goal.Summary, StringComparison.Ordinal);
        Assert.StartsWith(text.Split(' ')[0], goal.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EnglishGoalWithSpanishNames_IsJudged()
    {
        var goal = Check(ContentLanguage.Spanish, "By May 2027, given a passage at his grade level, José de la Cruz will read aloud at 90 words correct per minute in 4 of 5 weekly probes.");

        Assert.True(goal.Judged);
        Assert.True(goal.Measurable);
    }

    [Fact]
    public void Check_VagueSocialGoal_NamesTheAreaAndOffersASocialAction()
    {
        var goal = Check(ContentLanguage.English, "Eli will demonstrate appropriate social skills with peers 80% of the time.");

        var skill = Assert.Single(goal.Missing, m => m.Part == GoalPart.Skill);
        Assert.StartsWith("\"demonstrate appropriate social skills with peers\" names an area", skill.Explanation, StringComparison.Ordinal);
        Assert.Contains("start a conversation with a classmate", skill.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("with 80%", goal.Rewrite, StringComparison.Ordinal);
        Assert.Contains("baseline: [Eli's level today: __% of the time", goal.Rewrite, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BaselineInItsOwnSentence_IsNotASecondTarget()
    {
        var goal = Check(ContentLanguage.English, "By June 2027, when frustrated, Aiden will request a break using his break card in 4 of 5 opportunities, measured by daily behavior data sheets. Baseline: 1 of 5 opportunities.");

        Assert.Equal("4 of 5 opportunities", Assert.Single(goal.Found, f => f.Part == GoalPart.Criterion).Value);
        Assert.Equal("1 of 5 opportunities", goal.Get(GoalPart.Baseline)!.Value);
        Assert.Equal(1, Occurrences(goal.Rewrite, "1 of 5 opportunities"));
    }

    [Fact]
    public void Check_PostsecondaryGoal_IsMeasuredByWhetherItHappens()
    {
        var goal = Check(ContentLanguage.English, "After high school, Daniel will work part-time at a grocery store.");

        Assert.True(goal.Postsecondary);
        Assert.Empty(goal.Missing);
        Assert.Contains("postsecondary goal", goal.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("[", goal.Rewrite, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) =>
        part.Length == 0 ? 0 : Regex.Matches(text, Regex.Escape(part), RegexOptions.IgnoreCase).Count;

    /// <summary>The goal's own words quoted in a sentence (the examples, quoted too, are in the parent's language).</summary>
    private static string Quoted(string sentence, string goal) =>
        string.Join("|", QuotedWords().Matches(sentence).Select(m => m.Value.Trim('"')).Where(q => goal.Contains(q, StringComparison.Ordinal)));
    private static string Unquoted(string sentence) => QuotedWords().Replace(sentence, "\"\"");
    private static string Unbracketed(string sentence) => Brackets().Replace(sentence, "[]");

    [GeneratedRegex(@"\b(\p{L}+) \1\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubledWord();

    [GeneratedRegex(@"\b(?:with|in|on|at|by|for|of|to) (?:with|in|on|at|by|for|to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoubledPreposition();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedWords();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    /// <summary>English framing words that would mean a sentence was left untranslated.</summary>
    [GeneratedRegex(@"\b(?:It does not|the goal|will|e\.g\.|how often|your child)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFrame();
}
