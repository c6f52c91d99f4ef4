using System.Text.Json.Nodes;
using IepNavigator.Knowledge;

namespace IepNavigator.Dialogs.Understanding;

/// <summary>
/// The stages as parents say them (content/stages.json): doors, labels and recognition signals. The signals of
/// content/es/stages.json (Spanish) are added to the same stages, so an opening is recognised in either language
/// (or a mix) whatever language the chat is in; doors, labels and descriptions are the turn's language's.
/// </summary>
public sealed class StageCatalog
{
    private readonly Localized<StagesDocument> _languages;

    public StageCatalog()
    {
        var english = DialogContent.Files.Read<StagesDocument>("stages.json");
        var spanish = DialogContent.Files.Read<StagesDocument>("es/stages.json");
        var merged = Merge(english, spanish);
        _languages = new Localized<StagesDocument>(l => l == ContentLanguage.English ? merged : InLanguage(merged, spanish, english));
    }

    public StageCatalog(StagesDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _languages = Localized<StagesDocument>.Invariant(document);
    }

    /// <summary>The three buttons of the first question, in the turn's language.</summary>
    public IReadOnlyList<StageDoor> Doors => _languages.Current.Doors;

    /// <summary>The stages offered after the "stuck or dismissed" door.</summary>
    public IReadOnlyList<string> StuckStages => _languages.Current.StuckStages;

    /// <summary>Every stage with the signals of all languages and the labels of the turn's language.</summary>
    public IReadOnlyList<StageDefinition> Stages => _languages.Current.Stages;

    /// <summary>
    /// The merged stages with <paramref name="local"/>'s doors, labels and descriptions. A door also answers to
    /// its English words, since a parent may tap in one language and type in the other.
    /// </summary>
    private static StagesDocument InLanguage(StagesDocument merged, StagesDocument local, StagesDocument english) => new()
    {
        Doors = [.. local.Doors.Select(d => new StageDoor
        {
            Title = d.Title,
            Stage = d.Stage,
            Synonyms = [.. d.Synonyms.Concat(english.Doors.Where(e => e.Stage == d.Stage).SelectMany(e => e.Synonyms.Append(e.Title))).Distinct(StringComparer.OrdinalIgnoreCase)],
        })],
        StuckStages = merged.StuckStages,
        Stages = [.. merged.Stages.Select(s => local.Stages.FirstOrDefault(l => l.Stage == s.Stage) is { } l && l.Label.Length > 0
            ? new StageDefinition { Stage = s.Stage, Label = l.Label, Describe = l.Describe, LabelRulesOut = s.LabelRulesOut, DateFact = s.DateFact, DateFactOnlyWith = s.DateFactOnlyWith, Signals = s.Signals }
            : s)],
    };

    public StageDefinition Get(string stage) =>
        Stages.FirstOrDefault(s => s.Stage == stage) ?? throw new KeyNotFoundException($"stages.json has no stage '{stage}'.");

    /// <summary>The definition of the contract stage <paramref name="stage"/>, or null when stages.json lacks it.</summary>
    public StageDefinition? Find(Stage stage)
    {
        var name = KnowledgeJson.EnumName(stage);
        return Stages.FirstOrDefault(s => s.Stage == name);
    }

    /// <summary>The contract stage a data file's stage name spells ("iep-in-place"), or null ("stuck", unknown, null).</summary>
    public static Stage? Parse(string? stage) => FactJson.TryParseEnum<Stage>(stage, out var parsed) ? parsed : null;

    /// <summary>
    /// <paramref name="primary"/> with the signals of <paramref name="more"/> appended to the stages of the same name.
    /// Another document may only add signals: a stage or a date fact that <paramref name="primary"/> lacks is an error.
    /// </summary>
    public static StagesDocument Merge(StagesDocument primary, params IEnumerable<StagesDocument> more)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(more);
        var stages = primary.Stages.Select(s => new StageDefinition
        {
            Stage = s.Stage,
            Label = s.Label,
            Describe = s.Describe,
            LabelRulesOut = [.. s.LabelRulesOut],
            DateFact = s.DateFact,
            DateFactOnlyWith = [.. s.DateFactOnlyWith],
            Signals = [.. s.Signals],
        }).ToList();
        foreach (var extra in more.SelectMany(d => d.Stages))
        {
            var target = stages.FirstOrDefault(s => s.Stage == extra.Stage)
                ?? throw new InvalidOperationException($"A stages file adds signals to '{extra.Stage}', which stages.json does not have.");
            if (extra.DateFact is not null && extra.DateFact != target.DateFact)
            {
                throw new InvalidOperationException($"A stages file gives '{extra.Stage}' the date fact '{extra.DateFact}'; stages.json says '{target.DateFact}'.");
            }
            target.Signals.AddRange(extra.Signals);
            target.DateFactOnlyWith.AddRange(extra.DateFactOnlyWith.Except(target.DateFactOnlyWith, StringComparer.Ordinal));
        }
        return new StagesDocument { Doors = primary.Doors, StuckStages = primary.StuckStages, Stages = stages };
    }
}

public sealed class StagesDocument
{
    public List<StageDoor> Doors { get; set; } = [];
    public List<string> StuckStages { get; set; } = [];
    public List<StageDefinition> Stages { get; set; } = [];
}

public sealed class StageDoor
{
    public string Title { get; set; } = "";
    /// <summary>A contract stage, or "stuck" for the clarifying question.</summary>
    public string Stage { get; set; } = "";
    public List<string> Synonyms { get; set; } = [];
}

public sealed class StageDefinition
{
    /// <summary>The contract's kebab-case stage name.</summary>
    public string Stage { get; set; } = "";
    /// <summary>A button title in the parent's words.</summary>
    public string Label { get; set; } = "";
    /// <summary>Completes "Last time, ..." when a parent comes back.</summary>
    public string Describe { get; set; } = "";
    /// <summary>Facts the label itself answers as "hasn't happened" when the parent taps it
    /// (e.g. "...haven't asked the school for anything yet" → no evaluation request), so they are not asked again.</summary>
    public List<string> LabelRulesOut { get; set; } = [];
    /// <summary>The fact a date in the opening message fills, if any.</summary>
    public string? DateFact { get; set; }
    /// <summary>
    /// When not empty, the date fills <see cref="DateFact"/> only if the opening says one of these (normalized words):
    /// "expelled on Monday" dates a change of placement, "suspended on Monday" does not (34 CFR 300.536).
    /// </summary>
    public List<string> DateFactOnlyWith { get; set; } = [];
    public List<StageSignal> Signals { get; set; } = [];
}

public sealed class StageSignal
{
    public int Weight { get; set; } = 2;
    public List<string> Phrases { get; set; } = [];
    public List<string> Patterns { get; set; } = [];
    /// <summary>Facts this signal answers (contract names and JSON values).</summary>
    public Dictionary<string, JsonNode?> Implies { get; set; } = [];
}
