using System.Text.Json.Nodes;
using IepNavigator.Dialogs.Content;

namespace IepNavigator.Dialogs.Understanding;

/// <summary>The stages as parents say them (content/stages.json): doors, labels and recognition signals.</summary>
public sealed class StageCatalog
{
    public StageCatalog()
        : this(ContentFile.Read<StagesDocument>("stages.json"))
    {
    }

    public StageCatalog(StagesDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Doors = document.Doors;
        StuckStages = document.StuckStages;
        Stages = document.Stages;
    }

    /// <summary>The three buttons of the first question.</summary>
    public IReadOnlyList<StageDoor> Doors { get; }

    /// <summary>The stages offered after the "stuck or dismissed" door.</summary>
    public IReadOnlyList<string> StuckStages { get; }

    public IReadOnlyList<StageDefinition> Stages { get; }

    public StageDefinition Get(string stage) =>
        Stages.FirstOrDefault(s => s.Stage == stage) ?? throw new KeyNotFoundException($"stages.json has no stage '{stage}'.");
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
