using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Classification;
using IepNavigator.Understanding.Facts;
using IepNavigator.Understanding.Reading;
using IepNavigator.Understanding.Text;

namespace IepNavigator.Understanding;

/// <summary>
/// Reads one parent message: text and context in, a typed <see cref="MessageReading"/> out. Stage and intent come from
/// the trained models (unsure below the thresholds chosen on dev, with at most three candidates); facts come from
/// rule-based readers over the message's statements (questions, hypotheticals and other people's children set
/// nothing); an awaited fact or letter field is read as an answer and checked by type. Thread-safe; build once.
/// </summary>
public sealed partial class MessageReader : IDisposable
{
    private const int MaxCandidates = 3;
    private const float CandidateFloor = 0.05f;

    /// <summary>The stage model's label for a message that reveals no stage.</summary>
    public const string NoStage = "none";

    private static readonly HashSet<string> RequestKnown = [FactNames.EvaluationRequestedOn];

    private readonly UnderstandingModels models;
    private readonly MessageText messageText;
    private readonly bool ownsModels;
    private readonly ClauseCues cues;
    private readonly StateReader states = new();
    private readonly ConcernReader concerns = new();
    private readonly PhraseFactReader phrases = new();
    private readonly StageReconciler stageEvidence = new();
    private readonly DetailsReader details = new();
    private readonly AnswerReader answers;
    private readonly LanguageReader languages = new();
    private readonly KeyedPhrases letters = KeyedPhrases.Letters();
    private readonly KeyedPhrases topics = KeyedPhrases.Topics();
    private readonly IReadOnlyDictionary<string, string> awaitedTopics = KeyedPhrases.AwaitedTopics();
    private readonly Lexicon.PhraseSet unnamedHowLong = KeyedPhrases.UnnamedHowLong();
    private readonly IReadOnlySet<string> howLongSubjects = KeyedPhrases.HowLongSubjects();
    private readonly QuestionForms questionForms = new();
    private readonly Lexicon.PhraseSet letterRequests = KeyedPhrases.LetterRequests();
    private readonly Lexicon.PhraseSet letterAgain = KeyedPhrases.LetterAgain();
    private readonly KeyedPhrases intentPhrases = KeyedPhrases.Intents();
    private readonly Lexicon.PhraseSet greetings = KeyedPhrases.Intents().Phrases(IntentNames.Name(Intent.Greeting));
    private readonly Lexicon.PhraseSet greetingOpens = KeyedPhrases.Intents().Phrases(IntentNames.Name(Intent.Greeting)).AtStart();
    private readonly Lexicon.PhraseSet instructionsToBot;

    /// <summary>
    /// A reader with the models built into the library, loaded once per process and shared: every host the process
    /// builds (and every test host) reads with the same models instead of loading them again on its first message.
    /// </summary>
    public MessageReader()
        : this(UnderstandingModels.Shared, ownsModels: false)
    {
    }

    /// <summary>A reader with its own models, disposed with it.</summary>
    public MessageReader(UnderstandingModels models)
        : this(models, ownsModels: true)
    {
    }

    private MessageReader(UnderstandingModels models, bool ownsModels)
    {
        this.models = models ?? throw new ArgumentNullException(nameof(models));
        this.ownsModels = ownsModels;
        cues = new ClauseCues();
        messageText = new MessageText(cues, new Spelling());
        answers = new AnswerReader(states, concerns, details);
        instructionsToBot = cues.InstructionsToBot;
    }

    public ModelManifest Manifest => models.Manifest;

    public MessageReading Read(string? text, MessageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return ReadUnguarded(text, context);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException) when (Environment.GetEnvironmentVariable("IEPNAV_UNDERSTANDING_THROW") is null)
        {
            // A pathological message: no fact rather than a guess, and never a crash.
            return new MessageReading
            {
                Intent = new Judgement<Intent>(Intent.OffTopic, 0, true, []),
                Stage = new Judgement<Stage?>(null, 0, true, []),
                Answer = context.Awaiting is null ? null : new AwaitedAnswer(context.Awaiting, AnswerKind.Unclear),
            };
        }
    }

    private MessageReading ReadUnguarded(string? text, MessageContext context)
    {
        var raw = text ?? "";
        if (raw.Length > MessageText.MaxLength)
        {
            raw = raw[..MessageText.MaxLength];
        }
        var normalized = TextNormalizer.Normalize(raw);
        var language = languages.Detect(normalized, raw, context.Language);
        var input = ModelInput.For(raw, context.Awaiting);
        var intent = Judgement(Rank(models.Intent, input, l => IntentNames.Find(l) ?? Intent.OffTopic), models.Manifest.IntentThreshold);
        if (!LatinLetter().IsMatch(raw))
        {
            // The models know English and Spanish in Latin letters only: a name or a message in another script ("مريم
            // الحسيني" typed as a letter's recipient, read "why" 0.49) gives them no feature, so no intent is sure of it.
            intent = intent with { Unsure = true };
        }
        var modelIntent = intent.Best;
        var stageRanked = Rank(models.Stage, input, l => l == NoStage ? (Stage?)null : StageNames.Find(l));
        var stage = Judgement(stageRanked, models.Manifest.StageThreshold);

        if (normalized.Length == 0 && context.Awaiting is null && OnlyQuestionMarks().IsMatch(raw))
        {
            // "?", "??", "¿?" typed on their own, nothing asked: the parent is lost (GUIDE.md C, help), not an empty message.
            return new MessageReading
            {
                Intent = new Judgement<Intent>(Intent.Help, 1f, false, [new Ranked<Intent>(Intent.Help, 1f)]),
                Stage = new Judgement<Stage?>(null, stage.Confidence, true, []),
                Language = language,
            };
        }
        if (normalized.Length == 0 || instructionsToBot.IsMatch(normalized))
        {
            // Empty, emoji-only, or an attempt to instruct the assistant: no fact is taken from it.
            return new MessageReading
            {
                Intent = normalized.Length == 0 ? intent with { Best = Intent.OffTopic, Unsure = true } : intent with { Best = Intent.OffTopic },
                Stage = new Judgement<Stage?>(null, stage.Confidence, true, []),
                Language = language,
                Suspicious = normalized.Length > 0,
                Answer = context.Awaiting is null ? null : new AwaitedAnswer(context.Awaiting, AnswerKind.Unclear),
            };
        }

        var clauses = AsksForLetter(AskedWithoutMark(messageText.Split(raw)));
        var draft = new FactDraft();
        if (states.Read(clauses, normalized) is { } state)
        {
            draft.Set(FactNames.State, state);
        }
        // The answer to a name, school or contact field is that, not a concern: "Dr. Lee" (lee: reads), "Reading Elementary".
        var answersANameOrContact = LetterFields.KindOf(context.Awaiting) is { } kind && kind is not (LetterFieldKind.Text or LetterFieldKind.Grade);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (!clause.States)
            {
                continue;
            }
            if (!answersANameOrContact)
            {
                var next = i + 1 < clauses.Count && clauses[i + 1].SentenceIndex == clause.SentenceIndex ? clauses[i + 1].Normalized : null;
                draft.AddConcerns(concerns.Read(clause.Normalized, next));
            }
            if ((AgeReader.Read(clause.Normalized)
                ?? (AgeReader.NamesAChild(clause.Normalized) ? AgeReader.ReadAfterName(RestOfSentence(clauses, i)) : null)) is { } age)
            {
                draft.Set(FactNames.ChildAge, age);
            }
        }
        // A case at evaluation-requested holds the request: "me dijeron que no" told later answers it.
        var read = phrases.Read(clauses, context.Today, draft, context.Awaiting,
            context.KnownStage == Knowledge.Facts.Stage.EvaluationRequested ? RequestKnown : null);
        phrases.DateDecisions(clauses, context.Today, draft, read);
        var disagreed = phrases.ReadDisagreement(clauses, context.Today, draft, stage.Best is { } seen ? StageNames.Name(seen) : null);
        // A proposal standing now that the parent disputes, with no date anywhere, is today's; the disagreement then takes that date.
        if (disagreed && phrases.DateStanding(clauses, context.Today, draft, read))
        {
            disagreed = phrases.ReadDisagreement(clauses, context.Today, draft, stage.Best is { } again ? StageNames.Name(again) : null) || disagreed;
        }
        phrases.DropUndisputed(clauses, draft, disagreed, context.Awaiting);
        // Asked whether the school refused, the parent has asked: "dijeron que esperemos" answers it, a refusal (GUIDE E3).
        ResolveWaiting(draft, read, requestedBefore: context.KnownStage == Knowledge.Facts.Stage.EvaluationRequested || context.Awaiting == FactNames.SchoolRefusedEvaluation);
        if (draft.Values.TryGetValue(FactNames.Concerns, out var areas) && ((List<ConcernArea>)areas).Contains(ConcernArea.Behavior))
        {
            draft.Set(FactNames.BehaviorConcerns, true);
        }
        else if (draft.Values.TryGetValue(FactNames.BehaviorConcerns, out var behavior) && behavior is true)
        {
            draft.Remove(FactNames.BehaviorConcerns);
        }
        draft.Details = details.Read(clauses, raw, draft.Details);
        AwaitedAnswer? answer = null;
        var silent = phrases.TellsNoResponse(clauses);
        if (context.Awaiting is { Length: > 0 } awaiting)
        {
            answer = answers.Read(awaiting, raw, clauses, context.Today, draft);
            if (answer.Kind is AnswerKind.Value && phrases.Cancels(awaiting, clauses))
            {
                // "he missed 30 days of school from panic attacks" asked how many days he was removed: absences, no count.
                draft.Remove(awaiting);
                answer = new AwaitedAnswer(awaiting, AnswerKind.Unclear);
            }
            if (answer.Kind is AnswerKind.Unclear && silent && phrases.NoResponseAnswersNo.Contains(awaiting))
            {
                // "they never answered" to "has the school said no, or told you to wait?": neither (GUIDE.md G4).
                draft.Set(awaiting, false);
                answer = new AwaitedAnswer(awaiting, AnswerKind.Value, false);
            }
            if (answer.Kind is AnswerKind.Value && awaiting == FactNames.Concerns && draft.Values.TryGetValue(FactNames.Concerns, out var answered)
                && ((List<ConcernArea>)answered).Contains(ConcernArea.Behavior))
            {
                // "mostly behavior" to the concerns question: an area only the answer names goes with its fact too (GUIDE.md E9).
                draft.Set(FactNames.BehaviorConcerns, true);
            }
        }
        IndependentIsNotSchoolEvaluation(draft, context.Awaiting, phrases.Names(clauses, FactNames.IeeRequestedOn));
        intent = LetterIntent(intent, clauses, normalized, draft);
        intent = NotOnlyAGreeting(intent, normalized);
        intent = GreetsBesideSmallTalk(intent, modelIntent, normalized, clauses, draft, context.Awaiting);
        intent = OnlyAboutOthers(intent, clauses, normalized, context.Awaiting);
        intent = TellsOfThisFamily(intent, draft, context.Awaiting);
        // The facts just read say where the family can be ("he has an IEP" is not concerned): the stage the reading, the
        // stage filter below and the chat see is the model's reconciled with them (content/stage-evidence.json).
        var modelStage = stage;
        stage = context.StageForFacts is "model" ? stage : stageEvidence.Reconcile(stageRanked, models.Manifest.StageThreshold, draft.Values, context.Awaiting, intent.Best,
            !intent.Unsure, [.. clauses.Where(c => c.States).Select(c => c.Normalized)]);
        stage = context.StageForFacts is "model" ? stage : stageEvidence.NoStageTold(stage, intent, NothingTold(clauses), context.Awaiting);
        if (context.StageForFacts is not "skip")
        {
            IReadOnlyCollection<string?> factStages = context.StageForFacts switch
            {
                null => StagesForFacts(stage, context.KnownStage),
                // Measuring: the model's stage alone, as before the reconciliation; or the stage forced.
                "model" => [(stage.Best ?? context.KnownStage) is { } m ? StageNames.Name(m) : null],
                "best" => [(stage.Best ?? context.KnownStage) is { } b ? StageNames.Name(b) : null],
                var forced => [forced == NoStage ? null : forced],
            };
            phrases.ApplyStage(draft, factStages, context.Awaiting, disagreed);
        }
        intent = AskedOverHelp(intent, clauses);
        intent = WhyOfTheSchool(intent, clauses);
        intent = StoryEndingInAProcessQuestion(intent, clauses, context.Awaiting);
        intent = AskedAfterAFiller(intent, clauses);
        intent = AsksAboutBringingSomeone(intent, clauses);
        var topic = intent.Best is Intent.AskProcess or Intent.ExplainTerm ? QuestionTopic(clauses, normalized) : AskedTopic(clauses);
        if (topic.Topic is null && clauses.Any(c => c.IsQuestion && questionForms.RefersBack(c.Normalized))
            && string.Join(" | ", clauses.Where(c => c.States).Select(c => c.Normalized)) is { Length: > 0 } told
            && topics.Find(told) is { } toldTopic)
        {
            // "my son is in 2nd grade and cant read, I never asked for anything in writing, is that something I should do??":
            // the question asks about what the message tells beside it, so the statements say what it is about (the
            // model reads the whole as telling; the chat still answers the question on that turn).
            topic = (toldTopic, false);
        }
        else if (topic.Topic is null or "other" && context.Awaiting is { } awaitedFact && awaitedTopics.TryGetValue(awaitedFact, out var awaitedTopic)
            && clauses.Any(c => c.IsQuestion && questionForms.RefersBack(c.Normalized)
                // "is that legal?" judges something done: what the bot asked only when this message answers it ("no, is that
                // legal?"); alone it is about what the parent told before ("y eso es legal??" after "no le dan terapia desde
                // septiembre", under the progress-reports question, got the progress-data answer).
                && (!questionForms.JudgesConduct(c.Normalized) || answer is { Kind: AnswerKind.Value or AnswerKind.None })))
        {
            // "no, are they supposed to?" under "Do the IEP goals say where your child starts...?": the question asks about
            // what the bot just asked (topics.json awaited), so it gets that topic's answer, not "I can't answer it"; and it
            // asks, whatever else the model leaned to ("no, ¿es obligatorio?" read as a correction 0.86).
            topic = (awaitedTopic, false);
            // A question that refers back ("is that required?") asks about a rule, never what a word means: the retrain
            // of the thirteenth round read "idk. is that required?" as explain-term, sure at its 0.5 threshold.
            if (intent.Best != Intent.AskProcess || intent.Unsure)
            {
                intent = Surely(Intent.AskProcess, intent);
            }
        }
        if (topic.Topic == ReevaluationTopic && (context.KnownStage ?? stage.Best) is Stage.Concerned or Stage.EvaluationRequested or Stage.NotEligible)
        {
            // "not eligible last spring. can I ask them to test him again?": a child without an IEP is evaluated anew (an
            // initial evaluation, 34 CFR 300.301); a reevaluation (300.303) is of a child who has one.
            topic = (EvaluationTopic, topic.Unnamed);
        }
        var letterId = intent.Best is Intent.DraftLetter or Intent.LetterSent ? letters.Find(normalized) : null;

        return new MessageReading
        {
            Intent = intent,
            Stage = stage,
            ModelStage = modelStage,
            Facts = draft.ToCaseFacts(),
            Unknown = new HashSet<string>(draft.Unknown, StringComparer.Ordinal),
            None = new HashSet<string>(draft.None, StringComparer.Ordinal),
            Approximate = new HashSet<string>(draft.Approximate, StringComparer.Ordinal),
            DayGiven = new HashSet<string>(draft.DayGiven, StringComparer.Ordinal),
            Details = draft.Details,
            LetterId = letterId,
            LetterAgain = letterId is null && letterAgain.IsMatch(normalized),
            Topic = topic.Topic,
            TopicUnnamed = topic.Unnamed,
            SwitchLanguageTo = intent.Best == Intent.Language ? languages.SwitchRequest(normalized) : null,
            Language = language,
            Answer = answer,
            AboutAnotherParentsChild = clauses.Any(c => c.IsAboutAnotherParentsChild),
            ChildGender = details.ChildGender(clauses),
            Statements = [.. clauses.Where(c => c.States).Select(c => c.Raw.TrimEnd(',', ' '))],
            Questions = [.. clauses.Where(c => c.IsQuestion).Select(c => c.Raw.TrimEnd(',', ' '))],
            // Only what the message does not tell otherwise: "the teacher says wait ... I asked in writing and they never
            // answered" told of a wait (before the request: GUIDE E3 sets neither fact), so silence is no answer to it.
            NoResponseAnswersNo = silent ? [.. phrases.NoResponseAnswersNo.Where(n => !read.Mentioned.Contains(n))] : [],
        };
    }

    /// <summary>
    /// Every clause asks or is about someone else (GUIDE B3): nothing is told about this family. A hypothetical alone does
    /// not count: Spanish "si" is both "if" and "yes" ("si le dan todo lo del IEP, el problema es que no avanza"). Someone
    /// else's child counts however the clause names them ("my neighbor's son has an IEP and they suspended him": read
    /// sure off-topic before the merged retrain, unsure after, it got discipline); a clause the cues take for news ("I read
    /// the whole report twice and I actually agree") then reveals no stage either (evaluate: dev English stage +2, nothing lost).
    /// A hypothetical that opens a question's own sentence is part of the question ("y si lo suspenden, le tienen que dar
    /// sus terapias?", "if they expel him what happens"): there "si" is "if", not "yes".
    /// </summary>
    private static bool NothingTold(IReadOnlyList<Clause> clauses) =>
        clauses.Count > 0 && clauses.All(c => c.IsQuestion || c.IsAboutOthers
            || (c.IsHypothetical && clauses.Any(q => q.IsQuestion && q.SentenceIndex == c.SentenceIndex)));

    /// <summary>
    /// A clause opening with a request for a letter (letters.json <c>requests</c>: "write the letter about the deadline
    /// they missed", "redacta la carta de que se pasó el plazo", "can you draft me a letter") asks the assistant for one:
    /// it states no fact.
    /// </summary>
    private IReadOnlyList<Clause> AsksForLetter(IReadOnlyList<Clause> clauses) =>
        clauses.Any(c => letterRequests.IsMatch(c.Normalized))
            ? [.. clauses.Select(c => letterRequests.IsMatch(c.Normalized) ? c with { IsLetterRequest = true } : c)]
            : clauses;

    /// <summary>
    /// The intent model reads words, and the kind of question awaited pulls it to "tell": "redacta la carta de que se pasó
    /// el plazo" under a date question read as telling (0.73), so the chat retried the date. A clause that asks for a
    /// letter is the draft-letter intent, sure, whatever the model leaned to. The other way, "write" alone is not a
    /// request: "he can read, cant write" (draft-letter, 0.83) states a concern and names no letter, has no letter word
    /// and asks for nothing, so it tells; nor is a letter word inside the concern itself ("he cant write a letter to save
    /// his life": the clause states a writing concern, so its "letter" asks for none).
    /// </summary>
    private Judgement<Intent> LetterIntent(Judgement<Intent> intent, IReadOnlyList<Clause> clauses, string normalized, FactDraft draft)
    {
        if (clauses.Any(c => c.IsLetterRequest))
        {
            return intent.Best == Intent.DraftLetter && !intent.Unsure ? intent : Surely(Intent.DraftLetter, intent);
        }
        if (intent.Best == Intent.DraftLetter && letters.Find(normalized) is null && AskedTopic(clauses).Topic is not null)
        {
            // "y eso de la carta, la maestra se va a enojar si mando algo por escrito?": a question about the letter, with
            // no request for one and no letter named, is a question (it began the letter, found trying the bot as a parent).
            return Surely(Intent.AskProcess, intent);
        }
        if (intent.Best == Intent.DraftLetter && draft.Values.Count > 0 && letters.Find(normalized) is null
            && !clauses.Any(c => !(c.States && concerns.Read(c.Normalized).Count > 0) && intentPhrases.FindAll(c.Normalized).Contains(IntentNames.Name(Intent.DraftLetter))))
        {
            return new Judgement<Intent>(Intent.Tell, 1f, false,
                [new Ranked<Intent>(Intent.Tell, 1f), .. intent.Candidates.Where(c => c.Value is not (Intent.Tell or Intent.DraftLetter))]);
        }
        return intent;
    }

    /// <summary>
    /// GUIDE.md C1: ask-process comes before help. "y que hago si no esta aprendiendo nada? puedo pedir otra junta?" read as
    /// help (0.71: "que hago" is a help word) though it asks a specific question about the process: when a question
    /// clause names a topic of its own (not "other"), the message asks that, surely, and the help menu is not its answer.
    /// A question about the assistant itself stays help ("does this cost anything?", "do you talk to the school for me":
    /// question-forms.json <c>aboutTheAssistant</c>), whatever topic its words name.
    /// </summary>
    private Judgement<Intent> AskedOverHelp(Judgement<Intent> intent, IReadOnlyList<Clause> clauses)
    {
        if (intent.Best != Intent.Help || AskedTopic(clauses).Topic is null or OtherTopic
            || clauses.Any(c => c.IsQuestion && questionForms.AsksAboutTheAssistant(c.Normalized)))
        {
            return intent;
        }
        return Surely(Intent.AskProcess, intent);
    }

    /// <summary>A rule of the reader decided the intent: sure, first, the model's other readings after it.</summary>
    private static Judgement<Intent> Surely(Intent best, Judgement<Intent> read) =>
        new(best, 1f, false, [new Ranked<Intent>(best, 1f), .. read.Candidates.Where(c => c.Value != best).Take(MaxCandidates - 1)]);

    /// <summary>The topic of a side question no topic names (GUIDE.md C5).</summary>
    private const string OtherTopic = "other";
    private const string ReevaluationTopic = "reevaluation";
    private const string EvaluationTopic = "evaluation";

    /// <summary>
    /// GUIDE.md C1: greeting is the intent of a message that only greets. "hola, ¿esto es un robot?" (greeting, 0.90) asks
    /// something beside its "hola": with four words or more besides the greeting, the reading is the model's next
    /// candidate (unsure below the threshold), or a statement when it has none.
    /// </summary>
    private Judgement<Intent> NotOnlyAGreeting(Judgement<Intent> intent, string normalized)
    {
        if (intent.Best != Intent.Greeting || WordCount(greetings.Replace(normalized, _ => " ")) < 4)
        {
            return intent;
        }
        var rest = intent.Candidates.Where(c => c.Value != Intent.Greeting).ToList();
        return rest.Count == 0
            ? new Judgement<Intent>(Intent.Tell, intent.Confidence, true, [])
            : new Judgement<Intent>(rest[0].Value, rest[0].Confidence, rest[0].Confidence < models.Manifest.IntentThreshold, rest);
    }

    /// <summary>
    /// GUIDE.md C1: greeting comes before off-topic, so a greeting with small talk beside it ("hello from a very tired mom",
    /// "hey, first time using this": off-topic 0.11, or greeting then four more words) only greets, when the rest is short
    /// (a story is no small talk: Spanish "yo de niña tampoco ponía atención..." opens with the greeting "yo"), asks
    /// nothing, states no fact and names no word of special education (intents.json <c>domain</c>). A greeting before a
    /// question or a story is not touched ("hola, ¿esto es un robot?", "hi, my son is 7 and cant read").
    /// </summary>
    private Judgement<Intent> GreetsBesideSmallTalk(Judgement<Intent> intent, Intent modelIntent, string normalized,
        IReadOnlyList<Clause> clauses, FactDraft draft, string? awaiting)
    {
        if (awaiting is not null || modelIntent is not (Intent.Greeting or Intent.OffTopic) || intent.Best == Intent.Greeting
            || !greetingOpens.IsMatch(normalized) || WordCount(greetings.Replace(normalized, _ => " ")) > MaxSmallTalkWords
            || clauses.Any(c => c.IsQuestion || c.IsAboutOthers)
            || draft.Values.Count > 0 || draft.Details.Stated().Any() || ModelInput.NamesDomain(normalized))
        {
            return intent;
        }
        return Surely(Intent.Greeting, intent);
    }

    /// <summary>
    /// GUIDE.md C: a story about someone else's child that asks nothing is off-topic ("my sister's boy gets speech at school
    /// 3x a week and she says he loves it", read as telling 0.72): every clause is about others, none asks, and it names
    /// another family's child (clauses.json <c>othersChild</c>, or a relative's child). A story that tells anything of this
    /// family, or asks, is not touched; nor is a clause the cues take for news ("I read the whole report twice").
    /// </summary>
    private Judgement<Intent> OnlyAboutOthers(Judgement<Intent> intent, IReadOnlyList<Clause> clauses, string normalized, string? awaiting)
    {
        if (awaiting is not null || intent.Best != Intent.Tell || clauses.Count == 0
            || !clauses.All(c => c.IsAboutOthers && !c.IsQuestion && !c.IsLetterRequest)
            || !(clauses.Any(c => c.IsAboutAnotherParentsChild) || cues.NamesOthersChild(normalized)))
        {
            return intent;
        }
        return Surely(Intent.OffTopic, intent);
    }

    /// <summary>
    /// GUIDE.md C1: tell comes before off-topic, and off-topic is nothing to do with this family's special education. A
    /// message the model reads as off-topic that states a fact of this family's child in its own statements ("my friend's
    /// son has an IEP too. my son is 7 and cant read": off-topic 0.67) tells; the clauses about others set no fact.
    /// </summary>
    private static Judgement<Intent> TellsOfThisFamily(Judgement<Intent> intent, FactDraft draft, string? awaiting)
    {
        if (awaiting is not null || intent.Best != Intent.OffTopic || draft.Values.Count == 0)
        {
            return intent;
        }
        return new Judgement<Intent>(Intent.Tell, intent.Confidence, true,
            [new Ranked<Intent>(Intent.Tell, intent.Confidence), .. intent.Candidates.Where(c => c.Value != Intent.Tell).Take(MaxCandidates - 1)]);
    }

    /// <summary>
    /// GUIDE.md C2: a why-question about what the school or a rule does ("why do they get 60 days to test him", "how come
    /// they can suspend a kid for stimming"; question-forms.json <c>whyOfTheSchool</c>) asks about the process, not about
    /// the assistant's advice or question ("why do you need my state?" stays why).
    /// </summary>
    private Judgement<Intent> WhyOfTheSchool(Judgement<Intent> intent, IReadOnlyList<Clause> clauses)
    {
        if (intent.Best != Intent.Why || !clauses.Any(c => c.IsQuestion && questionForms.WhyOfTheSchool(c.Normalized)))
        {
            return intent;
        }
        return Surely(Intent.AskProcess, intent);
    }

    /// <summary>
    /// GUIDE.md C1 and C6: a story that ends with a specific question about the process ("...the bus aide quit and now he
    /// rides without one. is the district required to give him a new aide on the bus") asks it; the model, reading the
    /// whole story, leans to telling (0.93). The
    /// last sentence must be a question that names a topic (not "other"): a general "what now" names none and stays tell;
    /// or, when the model is unsure, any question that names one.
    /// </summary>
    private Judgement<Intent> StoryEndingInAProcessQuestion(Judgement<Intent> intent, IReadOnlyList<Clause> clauses, string? awaiting)
    {
        if (awaiting is not null || intent.Best != Intent.Tell || clauses.Count < 2
            || clauses.All(c => c.IsQuestion) || clauses.Any(c => c.IsAboutOthers))
        {
            return intent;
        }
        if (clauses[^1].IsQuestion && AskedTopic([.. clauses.Where(c => c.SentenceIndex == clauses[^1].SentenceIndex)]).Topic is not (null or OtherTopic))
        {
            return Surely(Intent.AskProcess, intent);
        }
        // "y eso de la carta, la maestra se va a enojar si mando algo por escrito? no quiero problemas": a question that
        // names its topic, followed by a worry; the model is unsure it tells (0.35 against ask 0.24), so the question asks.
        return intent.Unsure && clauses.Any(c => c.IsQuestion) && AskedTopic(clauses).Topic is not (null or OtherTopic)
            ? Surely(Intent.AskProcess, intent)
            : intent;
    }

    /// <summary>
    /// "ok but can they even do that", "omg is that legal": a question about what was told (question-forms.json judgesConduct,
    /// refersBack) beside nothing but a filler asks it; the model, reading
    /// "ok" as telling, said tell (0.78), and the chat took "ok" toward its open question (found trying the bot as a parent).
    /// </summary>
    private Judgement<Intent> AskedAfterAFiller(Judgement<Intent> intent, IReadOnlyList<Clause> clauses)
    {
        if (intent.Best != Intent.Tell || !clauses.Any(c => c.IsQuestion && (questionForms.JudgesConduct(c.Normalized) || questionForms.RefersBack(c.Normalized)))
            || !clauses.Where(c => !c.IsQuestion).All(c => answers.IsOnlyAcknowledgement(c.Normalized)))
        {
            return intent;
        }
        return Surely(Intent.AskProcess, intent);
    }

    /// <summary>
    /// "can I bring an advocate to the IEP meeting?" asks who may come (the iep-meeting answer: 34 CFR 300.321), not to book
    /// one of ours; the model read the word "advocate" (talk-to-advocate 0.95). Found trying the bot as a parent.
    /// </summary>
    private Judgement<Intent> AsksAboutBringingSomeone(Judgement<Intent> intent, IReadOnlyList<Clause> clauses) =>
        intent.Best == Intent.TalkToAdvocate && clauses.Any(c => c.IsQuestion && questionForms.AsksAboutBringingSomeone(c.Normalized))
            ? Surely(Intent.AskProcess, intent)
            : intent;

    private const int MaxSmallTalkWords = 6;

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z\u00C0-\u024F]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LatinLetter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s?¿!.]*[?¿][\s?¿!.]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OnlyQuestionMarks();

    /// <summary>
    /// The topic of what the message asks, from its question clauses first: "We're in Georgia. How long does the school have
    /// to evaluate? I sent the request in writing" asks about the timeline; "in writing" is a fact told beside it.
    /// </summary>
    private (string? Topic, bool Unnamed) QuestionTopic(IReadOnlyList<Clause> clauses, string normalized)
    {
        // When the questions name no topic ("My son has been suspended 11 days. is that legal?", "if they suspend him
        // again, what happens?", "what's an ARD" with no mark), the message around them says what they are about.
        var asked = AskedTopic(clauses);
        return asked.Topic is null ? (topics.Find(normalized) ?? "other", false) : asked;
    }

    /// <summary>
    /// A sentence that opens with a question form asks even with no mark ("can the school refuse to test him", "pueden
    /// negarse a evaluarlo"): its first clause is a question, so it sets no fact; the clauses told after it still state.
    /// A clause after a comma, "but" or "pero", or the part of a clause after "and" / "y", asks when it opens with a real
    /// question form ("they said hes too young, can they make me wait", "tiene 7 y pueden hacerme esperar"); the
    /// statement before it still states.
    /// </summary>
    private IReadOnlyList<Clause> AskedWithoutMark(IReadOnlyList<Clause> clauses)
    {
        var marked = new List<Clause>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var opensSentence = i == 0 || clauses[i - 1].SentenceIndex != clause.SentenceIndex;
            if (!clause.IsQuestion && (opensSentence ? questionForms.Opens(clause.Normalized) : questionForms.OpensAfterJoin(clause.Normalized)))
            {
                clause = clause with { IsQuestion = true };
            }
            // "we live in ohio and how long do they have?": the mark belongs to the question after "and"; what is told before
            // it states, unless it asks itself ("did they test him and can they do that?").
            if (messageText.SplitBeforeQuestion(clause, questionForms.OpensAfterJoin) is var (told, asked)
                && !(clause.IsQuestion && (questionForms.Opens(told.Normalized) || cues.StartsQuestion(told.Raw, told.Normalized, sentenceEndsWithQuestion: false))))
            {
                marked.Add(told with { IsQuestion = false });
                marked.Add(asked);
                continue;
            }
            marked.Add(clause);
        }
        return marked;
    }

    /// <summary>
    /// The topic of the questions in a message the model read as something else ("ok. how long do they have" read as
    /// telling): the chat answers a question wherever it is; null when it asks nothing the topics name.
    /// </summary>
    private (string? Topic, bool Unnamed) AskedTopic(IReadOnlyList<Clause> clauses)
    {
        var asked = string.Join(" | ", clauses.Where(c => c.IsQuestion).Select(c => c.Normalized));
        if (asked.Length == 0 || topics.Find(asked) is not { } topic)
        {
            return (null, false);
        }
        if (!unnamedHowLong.IsMatch(asked) || topics.Find(unnamedHowLong.Replace(asked, _ => " ")) is not null)
        {
            return (topic, false);
        }
        // "I asked for an IEE on October 5 and they haven't answered. How long can they take?": a question that asks only
        // how long is about the subject the message tells (topics.json howLongSubjects); with none told, the chat's
        // conversation says what (TopicUnnamed).
        var told = string.Join(" | ", clauses.Where(c => !c.IsQuestion).Select(c => c.Normalized));
        return told.Length > 0 && topics.Find(told, howLongSubjects.Contains) is { } subject ? (subject, false) : (topic, true);
    }

    /// <summary>
    /// GUIDE.md E3: "wait and see" with no request is the school suggesting to wait; after a request it is a refusal;
    /// never both. The request may be in this message or already in the case (<paramref name="requestedBefore"/>: "the
    /// teacher says wait and see" told once the chat knows an evaluation was asked for is the school's answer to it).
    /// </summary>
    private static void ResolveWaiting(FactDraft draft, PhraseFactReader.Result read, bool requestedBefore)
    {
        if (!draft.Values.TryGetValue(FactNames.SchoolSuggestedWaiting, out var waiting) || waiting is not true)
        {
            return;
        }
        if (requestedBefore && !read.Mentioned.Contains(FactNames.EvaluationRequestedOn) && !draft.None.Contains(FactNames.EvaluationRequestedOn))
        {
            draft.Remove(FactNames.SchoolSuggestedWaiting);
            draft.Set(FactNames.SchoolRefusedEvaluation, true);
            return;
        }
        var requested = read.Mentioned.Contains(FactNames.EvaluationRequestedOn) && !draft.None.Contains(FactNames.EvaluationRequestedOn);
        if (requested || draft.Values.ContainsKey(FactNames.SchoolRefusedEvaluation))
        {
            draft.Remove(FactNames.SchoolSuggestedWaiting);
            // "I asked in September and they said let's wait": the answer to a request is a refusal; "after 2 years of
            // wait and see I finally asked" is neither.
            var answeredRequest = requested && read.FirstClause.GetValueOrDefault(FactNames.SchoolSuggestedWaiting) >= read.FirstClause.GetValueOrDefault(FactNames.EvaluationRequestedOn);
            if (answeredRequest && !draft.Values.ContainsKey(FactNames.SchoolRefusedEvaluation))
            {
                draft.Set(FactNames.SchoolRefusedEvaluation, true);
            }
        }
    }

    /// <summary>
    /// GUIDE.md E2/E11: a request for an independent evaluation (IEE) is not the request for the school's evaluation —
    /// "they agreed to pay for the IEE! i asked for it on september 30" dates the IEE only, whatever the pronoun said.
    /// </summary>
    private static void IndependentIsNotSchoolEvaluation(FactDraft draft, string? awaited, bool namesIee)
    {
        if (!draft.Has(FactNames.IeeRequestedOn) && awaited != FactNames.IeeRequestedOn && !namesIee)
        {
            return;
        }
        if (namesIee && !draft.IsSettled(FactNames.IeeRequestedOn) && awaited != FactNames.EvaluationRequestedOn
            && draft.Values.GetValueOrDefault(FactNames.EvaluationRequestedOn) is DateOnly asked)
        {
            draft.Set(FactNames.IeeRequestedOn, asked, draft.Approximate.Contains(FactNames.EvaluationRequestedOn), draft.DayGiven.Contains(FactNames.EvaluationRequestedOn));
        }
        if (awaited == FactNames.EvaluationRequestedOn)
        {
            return;
        }
        foreach (var fact in new[] { FactNames.EvaluationRequestedOn, FactNames.RequestInWriting })
        {
            if (fact != awaited)
            {
                draft.Remove(fact);
            }
        }
    }

    /// <summary>
    /// The stages a stated fact is checked against (facts.json <c>requiresStage</c> / <c>notInStages</c>): the stage read
    /// when sure; while unsure, every candidate still in the running, so a fact is dropped only when none of them can hold
    /// it ("his IEP says 30 min of speech, he never gets it" read unsure between concerned and iep-in-place keeps the
    /// services). A message that reveals no stage is checked against the case's.
    /// </summary>
    /// <summary>
    /// The clause's raw text with the rest of its sentence, rejoined at the commas that cut it: "my daughter Mia, 7, has a
    /// speech delay" is cut after "Mia" and after "7", and the age set off after the name needs all three.
    /// </summary>
    private static string RestOfSentence(IReadOnlyList<Clause> clauses, int index)
    {
        var end = index + 1;
        while (end < clauses.Count && clauses[end].SentenceIndex == clauses[index].SentenceIndex)
        {
            end++;
        }
        return end == index + 1 ? clauses[index].Raw : string.Join(", ", clauses.Skip(index).Take(end - index).Select(c => c.Raw));
    }

    private static IReadOnlyCollection<string?> StagesForFacts(Judgement<Stage?> stage, Stage? known)
    {
        static string? Name(Stage? s) => s is { } v ? StageNames.Name(v) : null;
        if (stage.Best is null)
        {
            return [Name(known)];
        }
        return stage.Unsure ? [.. stage.Candidates.Select(c => Name(c.Value ?? known)).Prepend(Name(stage.Best)).Distinct()] : [Name(stage.Best)];
    }

    private static List<Ranked<T>> Rank<T>(TextClassifier model, ModelInput input, Func<string, T> parse) =>
        [.. model.Predict(input).Select((p, i) => new Ranked<T>(parse(model.Labels[i]), p)).OrderByDescending(x => x.Confidence)];

    private static Judgement<T> Judgement<T>(IReadOnlyList<Ranked<T>> ranked, float threshold) =>
        new(ranked[0].Value, ranked[0].Confidence, ranked[0].Confidence < threshold,
            [.. ranked.Take(MaxCandidates).Where(x => x.Confidence >= CandidateFloor)]);

    public void Dispose()
    {
        if (ownsModels)
        {
            models.Dispose();
        }
    }
}
