using IepNavigator.Knowledge.Facts;
using IepNavigator.Understanding.Lexicon;

namespace IepNavigator.Understanding.Reading;

/// <summary>
/// The stage model's ranked stages read against the facts the same message states (content/stage-evidence.json,
/// Corpus/GUIDE.md B1/B2): "he has an IEP" cannot be at concerned, "suspended 3 days" is discipline. The evidence picks
/// the model's best candidate among the stages the facts allow; a fact that decides (a removal, an IEP, an IEE, due
/// process) makes that choice sure, or names its own stage when the model has no candidate there and is unsure. A fact
/// that only narrows never gives a stage by itself, and a model sure of a stage the facts rule out is left unsure (the
/// chat asks) rather than overruled.
/// </summary>
internal sealed class StageReconciler
{
    private const int MaxCandidates = 3;
    private const float CandidateFloor = 0.05f;

    private readonly IReadOnlyList<Rule> rules;
    private readonly IReadOnlySet<Intent> notFromIntents;
    private readonly IReadOnlySet<Intent> noStageIntents;
    private readonly bool nothingToldNoStage;

    public StageReconciler()
        : this(LexiconFile.Read<StageEvidenceDocument>("stage-evidence.json"))
    {
    }

    internal StageReconciler(StageEvidenceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        MinCandidate = document.MinCandidate;
        MaxOverruled = document.MaxOverruled;
        rules = [.. document.Evidence.Select(Rule.From)];
        notFromIntents = document.NotFromIntents.Select(i => IntentNames.Find(i) ?? throw new InvalidOperationException($"stage-evidence.json: unknown intent '{i}'.")).ToHashSet();
        noStageIntents = document.NoStage.Intents.Select(i => IntentNames.Find(i) ?? throw new InvalidOperationException($"stage-evidence.json: unknown intent '{i}'.")).ToHashSet();
        nothingToldNoStage = document.NoStage.NothingTold;
        told = [.. document.Told.Select(Told.From)];
        needs = [.. document.Needs.Select(n => (StageNames.Find(n.Stage) ?? throw new InvalidOperationException($"stage-evidence.json: unknown stage '{n.Stage}'."), n.With, (IReadOnlyList<string>)n.Facts))];
    }

    private readonly List<(Stage Stage, string With, IReadOnlyList<string> Facts)> needs;

    private readonly List<Told> told;

    /// <summary>
    /// The stage is allowed only by a fact that needs another beside it, and none of those is stated, as a fact or as stage
    /// words (<c>told:</c> names: "ya solicite la IEE" has no date, so no <c>ieeRequestedOn</c>, and still asks for one).
    /// The fact that needs another may be stage words too: found eligible allows discipline only beside a removal.
    /// </summary>
    private bool Unsupported(Stage stage, IReadOnlyDictionary<string, object> facts, IReadOnlySet<string> toldSaid) =>
        needs.Any(n => n.Stage == stage && (facts.ContainsKey(n.With) || toldSaid.Contains(n.With)) && !n.Facts.Any(f => facts.ContainsKey(f) || toldSaid.Contains(f)));

    /// <summary>The names (<c>told:</c>...) of the stage words the statements say; none in an answer (B3).</summary>
    private HashSet<string> ToldSaid(string? awaited, IReadOnlyList<string>? statements) =>
        string.IsNullOrEmpty(awaited) && statements is { Count: > 0 }
            ? [.. told.Where(t => statements.Any(t.Says)).Select(t => t.Rule.Fact)]
            : [];

    /// <summary>The least probability the model must give a stage for the evidence to pick it.</summary>
    public float MinCandidate { get; }

    /// <summary>The most an unsure model may lean to an allowed stage for a deciding fact to name its own instead.</summary>
    public float MaxOverruled { get; }

    /// <summary>
    /// The stages the stated facts allow (null when no fact says anything of the stage), the stage a deciding fact names
    /// when it is allowed, and whether any deciding fact holds (its own stage may have been narrowed away by another fact).
    /// The fact the bot asked for reveals no stage (GUIDE B3), nor does a correction or letter news.
    /// </summary>
    public (IReadOnlySet<Stage>? Allowed, Stage? Named, bool Decided) Evidence(IReadOnlyDictionary<string, object> facts, string? awaited, Intent intent,
        bool intentSure = true, IReadOnlyList<string>? statements = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        // A correction or letter news the intent model only guesses ("no lo voy a permitir" read as a correction 0.54) is
        // no reason to set aside what the message states.
        if (intentSure && notFromIntents.Contains(intent))
        {
            return (null, null, false);
        }
        HashSet<Stage>? allowed = null;
        Stage? named = null;
        var holding = rules.Where(r => r.Fact != awaited && facts.TryGetValue(r.Fact, out var value) && r.Holds(value));
        // Stage words a statement says (stage-evidence.json told: "salio que si califica", "alternative school for his
        // behavior"), never an answer's: the fact asked for reveals no stage (B3).
        if (string.IsNullOrEmpty(awaited) && statements is { Count: > 0 })
        {
            holding = holding.Concat(told.Where(t => statements.Any(t.Says)).Select(t => t.Rule));
        }
        foreach (var rule in holding)
        {
            if (allowed is null)
            {
                allowed = [.. rule.Stages];
            }
            else
            {
                allowed.IntersectWith(rule.Stages);
            }
            // Several deciding facts: the stage of the one first in B2's precedence ("has an IEP ... suspended" is discipline).
            if (rule.Decides && (named is null || Precedence(rule.Stages[0]) < Precedence(named.Value)))
            {
                named = rule.Stages[0];
            }
        }
        // Facts that contradict each other (one was read wrong) say nothing of the stage.
        return allowed is { Count: > 0 } ? (allowed, named is { } n && allowed.Contains(n) ? n : null, named is not null) : (null, null, false);
    }

    /// <summary>The model's judgement reconciled with the evidence; <paramref name="ranked"/> is every label with its probability, best first.</summary>
    public Judgement<Stage?> Reconcile(IReadOnlyList<Ranked<Stage?>> ranked, float threshold, IReadOnlyDictionary<string, object> facts, string? awaited, Intent intent,
        bool intentSure = true, IReadOnlyList<string>? statements = null)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var model = new Judgement<Stage?>(ranked[0].Value, ranked[0].Confidence, ranked[0].Confidence < threshold,
            [.. ranked.Take(MaxCandidates).Where(r => r.Confidence >= CandidateFloor)]);
        var (allowed, named, decided) = Evidence(facts, awaited, intent, intentSure, statements);
        if (allowed is null)
        {
            return model;
        }
        // A model sure the message reveals no stage is no model sure of a stage: a deciding fact still names one.
        var open = model.Unsure || model.Best is null;
        var toldSaid = ToldSaid(awaited, statements);
        if (open && allowed.Where(s => !Unsupported(s, facts, toldSaid)).ToHashSet() is { Count: > 0 } supported
            && supported.Count < allowed.Count)
        {
            // "mi hijo tiene IEP y la escuela quiere cambiarlo a otra escuela, no estoy de acuerdo": the placement dispute
            // allows disagreement and discipline, but nothing was removed; an unsure model's discipline (0.12) is not it.
            allowed = supported;
            named = named is { } n0 && allowed.Contains(n0) ? n0 : null;
        }
        bool Fits(Ranked<Stage?> r) => r.Value is { } s && allowed.Contains(s);
        var decides = named is not null;
        if (Fits(ranked[0]))
        {
            // An unsure model's best is allowed, but a deciding fact names another allowed stage the model also offers: the
            // fact's ("tiene IEP de lenguaje y quiero que lo evalúen", discipline 0.34 and iep-in-place 0.19, nothing of discipline).
            // Only below maxOverruled: a model leaning more than that to a stage B2 puts first ("has an IEP", discipline 0.53:
            // "they want to put her in an alternative school ... she has an IEP") keeps it.
            if (decides && model.Unsure && ranked[0].Confidence < MaxOverruled && ranked[0].Value != named && ranked.FirstOrDefault(r => r.Value == named) is { } own && own.Confidence >= MinCandidate)
            {
                return new Judgement<Stage?>(named, own.Confidence, false, [own, .. ranked.Where(r => Fits(r) && r.Value != named && r.Confidence >= MinCandidate).Take(MaxCandidates - 1)]);
            }
            // The facts agree with the model: a deciding fact makes an unsure model sure ("he has an IEP" and iep-in-place at
            // 0.45), also when other facts narrowed its stage away ("has an IEP and the school wants to move him, I don't
            // agree": disagreement at 0.27, the only stage both allow).
            return decided ? model with { Unsure = false } : model;
        }
        // Facts that only narrow move an unsure model off a stage they rule out, never a sure one (a fact read wrong would
        // outvote it: "no le han dado nada de apoyo" is no plan's services), and never give a stage to a message the model
        // reads as revealing none (letter news, a question, a correction).
        // A deciding fact whose own stage the other facts narrowed away still reveals a stage ("la escuela quiere cambiar a mi
        // hija de escuela, tiene IEP y yo no quiero", none 0.71: the IEP and the disputed proposal leave disagreement).
        if (!decided && (!model.Unsure || model.Best is null))
        {
            return model;
        }
        var candidates = ranked.Where(Fits).Where(r => r.Confidence >= MinCandidate).Take(MaxCandidates).ToList();
        if (candidates.Count > 0)
        {
            var pick = candidates[0];
            // A deciding fact makes the pick sure, also when another fact narrowed its own stage away ("has an IEP and
            // the school wants to move him, I don't agree": iep-in-place ruled out by the placement dispute, disagreement).
            return new Judgement<Stage?>(pick.Value, pick.Confidence, !decided, candidates);
        }
        if (decides && open)
        {
            var own = ranked.First(r => r.Value == named);
            return new Judgement<Stage?>(named, own.Confidence, false, [own]);
        }
        if (decided && open && allowed.Count == 1)
        {
            // A deciding fact held and the other facts leave one stage, which the model gives almost nothing: that stage.
            var only = ranked.First(r => r.Value == allowed.First());
            return new Judgement<Stage?>(only.Value, only.Confidence, false, [only]);
        }
        // The model is sure of a stage a deciding fact rules out, and gives that fact's stage almost nothing ("I asked for
        // an independent evaluation in November" read as evaluation-requested): neither decides, the chat asks, the
        // fact's stage offered first.
        return decides
            ? model with { Unsure = true, Candidates = [ranked.First(r => r.Value == named), .. model.Candidates.Where(c => c.Value != named).Take(MaxCandidates - 1)] }
            : model;
    }

    /// <summary>
    /// GUIDE B3, what reveals no stage whatever the model leans to (stage-evidence.json <c>noStage</c>): a message the
    /// intent model is sure only greets, thanks or says a letter went out; or one that states nothing about this family
    /// (only questions, hypotheticals, someone else's child: "how many days can they suspend a kid with an IEP", "la
    /// maestra de mi sobrino dice que hay que esperar") with no answer awaited. Then no stage, sure.
    /// </summary>
    public Judgement<Stage?> NoStageTold(Judgement<Stage?> stage, Judgement<Intent> intent, bool nothingTold, string? awaited)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(intent);
        var none = (!intent.Unsure && noStageIntents.Contains(intent.Best)) || (nothingToldNoStage && nothingTold && awaited is null);
        return none && (stage.Best is not null || stage.Unsure) ? new Judgement<Stage?>(null, stage.Confidence, false, []) : stage;
    }

    /// <summary>B2: discipline &gt; disagreement &gt; iep-in-place &gt; plan-504 &gt; not-eligible &gt; evaluation-complete &gt; evaluation-requested &gt; concerned.</summary>
    private static int Precedence(Stage stage) => stage switch
    {
        Stage.Discipline => 0,
        Stage.Disagreement => 1,
        Stage.IepInPlace => 2,
        Stage.Plan504 => 3,
        Stage.NotEligible => 4,
        Stage.EvaluationComplete => 5,
        Stage.EvaluationRequested => 6,
        _ => 7,
    };

    /// <summary>Stage words a statement says (stage-evidence.json <c>told</c>), weighed as a fact of that name would be.</summary>
    private sealed record Told(Rule Rule, PhraseSet Phrases, PhraseSet? Except)
    {
        public static Told From(StageTold told)
        {
            var stages = told.Stages.Select(s => StageNames.Find(s) ?? throw new InvalidOperationException($"stage-evidence.json: unknown stage '{s}'.")).ToList();
            if (stages.Count == 0 || told.Phrases.Count == 0)
            {
                throw new InvalidOperationException($"stage-evidence.json: told '{told.Name}' needs stages and phrases.");
            }
            return new Told(new Rule("told:" + told.Name, "stated", stages, told.Decides), PhrasePattern.Compile(told.Phrases),
                told.Except.Count > 0 ? PhrasePattern.Compile(told.Except) : null);
        }

        /// <summary>The normalized statement says the words, and no exception in it takes them back ("no califica").</summary>
        public bool Says(string statement) => Phrases.IsMatch(statement) && Except?.IsMatch(statement) != true;
    }

    private sealed record Rule(string Fact, string When, IReadOnlyList<Stage> Stages, bool Decides)
    {
        public static Rule From(StageEvidenceRule rule)
        {
            if (!CaseFactFields.All.Any(f => f.Name == rule.Fact))
            {
                throw new InvalidOperationException($"stage-evidence.json: '{rule.Fact}' is no contract fact.");
            }
            if (rule.When is not ("true" or "false" or "stated" or "positive"))
            {
                throw new InvalidOperationException($"stage-evidence.json: '{rule.Fact}' has when '{rule.When}' (true, false, stated or positive).");
            }
            var stages = rule.Stages.Select(s => StageNames.Find(s) ?? throw new InvalidOperationException($"stage-evidence.json: unknown stage '{s}'.")).ToList();
            return stages.Count == 0 ? throw new InvalidOperationException($"stage-evidence.json: '{rule.Fact}' allows no stage.") : new Rule(rule.Fact, rule.When, stages, rule.Decides);
        }

        public bool Holds(object value) => When switch
        {
            "true" => value is true,
            "false" => value is false,
            "positive" => value is int count && count > 0,
            _ => true,
        };
    }
}

internal sealed class StageEvidenceDocument
{
    public float MinCandidate { get; set; }
    public float MaxOverruled { get; set; } = 1f;
    public List<StageEvidenceRule> Evidence { get; set; } = [];
    public List<string> NotFromIntents { get; set; } = [];
    public StageEvidenceNoStage NoStage { get; set; } = new();

    /// <summary>A stage a fact allows only beside another fact stated (a placement proposal allows discipline only with a removal).</summary>
    public List<StageNeed> Needs { get; set; } = [];

    /// <summary>Stage words no contract fact holds ("si califica": found eligible), read in the message's statements.</summary>
    public List<StageTold> Told { get; set; } = [];
}

internal sealed class StageTold
{
    public string Name { get; set; } = "";
    public List<string> Phrases { get; set; } = [];
    public List<string> Except { get; set; } = [];
    public List<string> Stages { get; set; } = [];
    public bool Decides { get; set; }
}

internal sealed class StageNeed
{
    public string Stage { get; set; } = "";
    public string With { get; set; } = "";
    public List<string> Facts { get; set; } = [];
}

internal sealed class StageEvidenceNoStage
{
    public string Note { get; set; } = "";
    public List<string> Intents { get; set; } = [];
    public bool NothingTold { get; set; }
}

internal sealed class StageEvidenceRule
{
    public string Fact { get; set; } = "";
    public string When { get; set; } = "";
    public List<string> Stages { get; set; } = [];
    public bool Decides { get; set; }
}
