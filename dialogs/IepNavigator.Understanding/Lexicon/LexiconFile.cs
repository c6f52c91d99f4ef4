using System.Text.Json;

namespace IepNavigator.Understanding.Lexicon;

/// <summary>
/// Reads the vocabulary files embedded from content/: <c>X.json</c> is English and <c>es/X.json</c> Spanish, with the
/// same keys (TranslationParityTests). Recognition uses both at once, since parents mix languages.
/// </summary>
internal static class LexiconFile
{
    public static readonly string[] Languages = ["en", "es"];

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The file in every language, English first.</summary>
    public static IReadOnlyList<(string Language, T Document)> ReadAll<T>(string fileName) =>
        [.. Languages.Select(l => (l, Read<T>(l == "en" ? fileName : l + "/" + fileName)))];

    public static T Read<T>(string path)
    {
        var name = "IepNavigator.Understanding/content/" + path;
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The vocabulary file '{path}' is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"The vocabulary file '{path}' is empty.");
    }
}

internal sealed class ClausesDocument
{
    public List<string> QuestionStarts { get; set; } = [];
    public List<string> AccentedQuestionWords { get; set; } = [];
    public List<string> Hypothetical { get; set; } = [];
    public List<string> NotHypothetical { get; set; } = [];
    public List<string> AboutOthers { get; set; } = [];
    /// <summary>The whole message is about someone else's child ("asking for my cousin: her son is 7...").</summary>
    public List<string> AskingForOthers { get; set; } = [];
    /// <summary>A relative's child ("my nephew has adhd"): someone else's, unless the message says the parent cares for them (<see cref="OwnCare"/>).</summary>
    public List<string> RelativesChild { get; set; } = [];
    /// <summary>"I'm raising my nephew", "tengo la custodia": a relative's child is the parent's own case.</summary>
    public List<string> OwnCare { get; set; } = [];
    /// <summary>A child another family raises ("my best friend's son", "el hijo de mi comadre"): a story only about them is off-topic.</summary>
    public List<string> OthersChild { get; set; } = [];
    public List<string> Intention { get; set; } = [];
    public List<string> InstructionsToBot { get; set; } = [];
}

internal sealed class FactsDocument
{
    public Dictionary<string, List<string>> Slots { get; set; } = [];
    public Dictionary<string, FactPhrases> Facts { get; set; } = [];
    public List<string> UnknownCues { get; set; } = [];
    public NoResponsePhrases? NoResponse { get; set; }
}

/// <summary>"They never answered": the school's silence, and the facts it answers no (facts.json "noResponse").</summary>
internal sealed class NoResponsePhrases
{
    public List<string> AnswersNo { get; set; } = [];
    public List<string> Phrases { get; set; } = [];
}

internal sealed class FactPhrases
{
    public List<string> Yes { get; set; } = [];
    public List<string> No { get; set; } = [];
    /// <summary>Words that say yes only as the answer to this fact's own question ("it was an email" asked about a written notice); unprompted they could be about anything.</summary>
    public List<string> AnswerYes { get; set; } = [];
    /// <summary>Words that say yes only when nothing but a reason follows them in the clause: "me dijeron que no" is the school's no, "me dijeron que no hay fecha" is not.</summary>
    public List<string> Bare { get; set; } = [];
    /// <summary>The fact whose event a bare phrase's sentence, or the one beside it, must tell ("pedí la evaluación y me dijeron que no"), unless the fact is awaited or already known.</summary>
    public string? BareWith { get; set; }
    public List<string> Event { get; set; } = [];
    public List<string> None { get; set; } = [];
    public List<string> Count { get; set; } = [];
    public List<string> Zero { get; set; } = [];
    /// <summary>Words that name the fact without a value: after "I don't know if", the fact is unknown.</summary>
    public List<string> About { get; set; } = [];
    /// <summary>A scheduled event counts only when the clause says it is coming ("is", "next", "scheduled", "tenemos").</summary>
    public bool RequiresCue { get; set; }
    /// <summary>Another fact that must be stated in the same message ("in writing" only counts for a stated request).</summary>
    public string? Requires { get; set; }
    /// <summary>Another fact whose event must be in the same sentence ("asked verbally ..., they said they'd send a letter").</summary>
    public string? SameSentenceAs { get; set; }
    /// <summary>Phrases that, in the same clause, mean this fact is not what is said ("refused to pay for the IEE" is no refused evaluation).</summary>
    public List<string> Except { get; set; } = [];
    /// <summary>Stages the message must reveal for this fact to count (GUIDE.md: disputedActionOn only in a disagreement).</summary>
    public List<string> RequiresStage { get; set; } = [];
    /// <summary>Stages in which this fact cannot be told (services are not undelivered before there is a plan).</summary>
    public List<string> NotInStages { get; set; } = [];
    /// <summary>Words naming the plan the fact is about ("his IEP says", "su plan 504"): a statement naming it keeps the fact in a <see cref="NotInStages"/> stage, which the rest of the story suggested.</summary>
    public List<string> PlanNamed { get; set; } = [];
    /// <summary>
    /// Words naming what the plan owes the child ("he's supposed to get 30 minutes of speech", "le toca terapia"), in this
    /// sentence or the one before: only then do <see cref="NoAfterPromise"/>'s phrases say no, and the fact holds whatever
    /// stage the story suggests (a promise of services is a plan).
    /// </summary>
    public List<string> Promise { get; set; } = [];
    /// <summary>
    /// Words naming the meeting at which the school did what the parent disputes ("at the meeting on May 3", "en la junta
    /// del 14 de octubre"): that meeting is this fact's too (GUIDE.md E6: a past IEP meeting), dated as the disputed decision.
    /// </summary>
    public List<string> DisputedAt { get; set; } = [];
    /// <summary>"but they don't give it to her", "no se la han dado", "the aide is never there": the thing owed told by a pronoun or a short name, so a no only after a <see cref="Promise"/>.</summary>
    public List<string> NoAfterPromise { get; set; } = [];
    /// <summary>The event told in the sentence before a bare count ("They suspended him again. It was 4 days."): <see cref="CountAlone"/> is then its count.</summary>
    public List<string> CountAfter { get; set; } = [];
    /// <summary>
    /// A dated clause that refers back to the event by a pronoun ("I asked for an evaluation. I sent it thru the parent portal
    /// on 11/2"): it dates the event told undated in the sentence before, or the event of the fact awaited or its partner.
    /// </summary>
    public List<string> RefersBack { get; set; } = [];
    /// <summary>Words read past for this fact's yes and no only ("she emailed me back saying no": the school's writing is not the parent's request in writing).</summary>
    public List<string> Masked { get; set; } = [];
    /// <summary>A clause that is only a count ("it was 4 days", "fueron 3 días"): the count of <see cref="CountAfter"/>'s event in the sentence before.</summary>
    public List<string> CountAlone { get; set; } = [];
    /// <summary>A clause that tallies the times so far ("like 8 times now", "ya van como 5 veces en total"): the count of <see cref="TallyOf"/>'s event told earlier in the same sentence.</summary>
    public List<string> Tally { get; set; } = [];
    /// <summary>The event a <see cref="Tally"/> after a comma counts ("they keep sending him home, like 8 times now").</summary>
    public List<string> TallyOf { get; set; } = [];
    /// <summary>
    /// Words one statement of the message must hold for the fact to count, unless it is the fact awaited: a count of days is
    /// days removed only when a removal is named ("suspended", "sent home"); "he missed 30 days of school from panic
    /// attacks" tells absences.
    /// </summary>
    public List<string> NamedBy { get; set; } = [];
    /// <summary>
    /// Words saying the school's proposal stands now ("wants to move him", "quieren cambiarlo"): told with no date, the
    /// event is dated today, approximate (shown as the month), so the proposal and the parent's disagreement with it count.
    /// </summary>
    public List<string> Standing { get; set; } = [];
    /// <summary>
    /// The subject of a sentence shape (servicesDelivered: a service, a provider, the minutes): with a <see cref="ShapeNo"/>
    /// or <see cref="ShapeYes"/> verb a few words away in the same clause, either order, it tells the fact without a fixed phrase.
    /// </summary>
    public List<string> ShapeSubjects { get; set; } = [];
    /// <summary>Verbs of not happening, stopping, moving or falling short ("hasnt seen her since", "got pushed to", "only comes mornings") that say no beside a <see cref="ShapeSubjects"/> word.</summary>
    public List<string> ShapeNo { get; set; } = [];
    /// <summary>Verbs of happening as owed ("happen every week", "hasnt missed a single session") that say yes beside a <see cref="ShapeSubjects"/> word.</summary>
    public List<string> ShapeYes { get; set; } = [];
    /// <summary>The parent's own act: an intention ("I'm going to ask") is not the event.</summary>
    public bool Act { get; set; }
    /// <summary>"future" for a scheduled event (the next IEP meeting); past otherwise.</summary>
    public string? Direction { get; set; }
    /// <summary>The parent saying they disagree ("we said no", "no estoy de acuerdo"): with a dated school decision in the message, its date is this fact's (GUIDE.md E12), whatever the stage.</summary>
    public List<string> Disagree { get; set; } = [];
    /// <summary>
    /// Event phrases of a decision that is a dispute by itself ("they denied my IEE": asking for one is the disagreement).
    /// Every other decision the event phrases read is disputed only when the parent says <see cref="Disagree"/> ("nos dijeron
    /// que ya no necesita terapia, estamos contentos" is no dispute).
    /// </summary>
    public List<string> DisputedAlone { get; set; } = [];
    /// <summary>Words of a school decision or of the meeting that made it, whose date counts when no other fact dates the decision.</summary>
    public List<string> Decision { get; set; } = [];
    /// <summary>Facts whose date is the decision's when the parent disagrees (a placement proposal, the IEP meeting).</summary>
    public List<string> DatedBy { get; set; } = [];

    /// <summary>A decision told without a date in the sentence of one of these events, dated by its month, was made that month.</summary>
    public List<string> DecidedWith { get; set; } = [];
}

internal sealed class ConcernsDocument
{
    public Dictionary<string, List<string>> Areas { get; set; } = [];
    /// <summary>Words that name an area only as the answer to the concerns question ("reading and focus mostly"): unprompted, "focus" may be a meeting's.</summary>
    public Dictionary<string, List<string>> AnswerAreas { get; set; } = [];
    /// <summary>Phrases that name one area and hide the other areas' words inside them: "lo que escribe no se le entiende" is
    /// writing, not speech; "cant read his handwriting" is writing, not reading.</summary>
    public Dictionary<string, List<string>> WholePhrases { get; set; } = [];
    public List<string> NotConcerns { get; set; } = [];
}

internal sealed class StatesDocument
{
    public Dictionary<string, List<string>> Names { get; set; } = [];
    public List<string> CodesThatAreWords { get; set; } = [];
    /// <summary>Codes that, typed in lower case, are school words too ("ms" middle school, "sc" self-contained).</summary>
    public List<string> LowerCaseCodesThatAreWords { get; set; } = [];
    public List<string> NamesThatAreWords { get; set; } = [];
    public List<string> PlaceWords { get; set; } = [];
    public List<string> NotAfter { get; set; } = [];
    /// <summary>Cities that name one state only, by USPS code: read only as the whole answer to the state question.</summary>
    public Dictionary<string, List<string>> AnswerCities { get; set; } = [];
}

internal sealed class AnswersDocument
{
    /// <summary>"ok", "vale": they acknowledge; at a question about a fact they are no yes (GUIDE.md G4).</summary>
    public List<string> Acknowledgements { get; set; } = [];
    public List<string> Yes { get; set; } = [];
    public List<string> No { get; set; } = [];
    public List<string> Unknown { get; set; } = [];
    public List<string> NotYet { get; set; } = [];
    /// <summary>"some of it, not everything": a yes that is really a no for a yes-or-no fact.</summary>
    public List<string> NotFully { get; set; } = [];
    /// <summary>"sort of", "más o menos" opening the answer to a yes-or-no question, with no yes or no: it is neither, so unknown.</summary>
    public List<string> Partly { get; set; } = [];
    public List<string> Hedges { get; set; } = [];
    public List<string> Declines { get; set; } = [];
    public List<string> NameLeadIns { get; set; } = [];
    public List<string> NotNames { get; set; } = [];
    public List<string> Honorifics { get; set; } = [];
    public List<string> SchoolWords { get; set; } = [];
    public List<string> DistrictWords { get; set; } = [];
    /// <summary>A recipient's job ("the principal", "la directora"): said after their name, it is their title.</summary>
    public List<string> JobTitles { get; set; } = [];
}

internal sealed class LettersDocument
{
    public Dictionary<string, List<string>> Letters { get; set; } = [];

    /// <summary>How a clause opens when it asks the assistant for a letter ("write the letter about...", "redacta la carta").</summary>
    public List<string> Requests { get; set; } = [];

    /// <summary>Words that ask for the letter last drafted once more ("draft the letter again", "hazla otra vez").</summary>
    public List<string> Again { get; set; } = [];
}

internal sealed class TopicsDocument
{
    public Dictionary<string, List<string>> Topics { get; set; } = [];

    /// <summary>Words that ask how long without naming what ("how long can they take?").</summary>
    public List<string> Unnamed { get; set; } = [];

    /// <summary>Topics an unnamed how-long question takes from the message around it ("I asked for an IEE ... how long can they take?").</summary>
    public List<string> HowLongSubjects { get; set; } = [];

    /// <summary>The topic of each fact the bot may ask about: a question that refers back to the bot's question asks it.</summary>
    public Dictionary<string, string> Awaited { get; set; } = [];
}

internal sealed class DetailsDocument
{
    /// <summary>Words by which a parent names their own daughter or son ("my daughter", "mi hija"): the reading's ChildGender.</summary>
    public ChildGenderWords ChildGender { get; set; } = new();
    public Dictionary<string, List<string>> Grades { get; set; } = [];

    /// <summary>Whole answers to "What grade is your child in?" that name a grade only there ("first", "sexto", "junior").</summary>
    public Dictionary<string, List<string>> GradeAnswers { get; set; } = [];
    public List<string> GradeContext { get; set; } = [];
    public List<string> ChildLeadIns { get; set; } = [];
    public List<string> ParentLeadIns { get; set; } = [];
    public List<string> RecipientLeadIns { get; set; } = [];
    public List<string> PrincipalLeadIns { get; set; } = [];
    public List<string> SchoolLeadIns { get; set; } = [];
    public List<string> DateOfBirthLeadIns { get; set; } = [];
}

internal sealed class ChildGenderWords
{
    public List<string> Female { get; set; } = [];
    public List<string> Male { get; set; } = [];
}

internal sealed class IntentsDocument
{
    public Dictionary<string, List<string>> Intents { get; set; } = [];

    /// <summary>Words of special education and of a child's trouble at school: a message naming none is marked "nodomain".</summary>
    public List<string> Domain { get; set; } = [];
}

internal sealed class LanguageDocument
{
    public List<string> FunctionWords { get; set; } = [];

    /// <summary>Characters only this language writes ("ñ", "¿", "¡"), each one signal of it.</summary>
    public List<string> OwnMarks { get; set; } = [];

    /// <summary>Words of languages with no content (French, Portuguese, Vietnamese).</summary>
    public List<string> OtherLanguageWords { get; set; } = [];

    public Dictionary<string, List<string>> SwitchTo { get; set; } = [];
}
