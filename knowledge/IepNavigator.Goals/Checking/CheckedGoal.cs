namespace IepNavigator.Goals.Checking;

/// <summary>One part found in a goal. <see cref="Start"/> and <see cref="Length"/> point into the pasted text.</summary>
/// <param name="Text">The matched words as they appear in the goal.</param>
/// <param name="Value">The words the rewrite uses (e.g. "weekly CBM probes" from "as measured by weekly CBM probes").</param>
/// <param name="PatternId">Which pattern of patterns.json matched (for review and tests).</param>
/// <param name="FromContext">True when found in the text before the goal (e.g. a present levels paragraph).</param>
public sealed record FoundPart(GoalPart Part, string Text, string Value, int Start, int Length, string PatternId, bool FromContext = false);

/// <summary>One part a goal lacks, with the plain explanation and the question a parent can ask the team.</summary>
public sealed record MissingPart(GoalPart Part, string Name, string Explanation, string Question);

/// <summary>The check of one goal or objective.</summary>
public sealed record CheckedGoal
{
    /// <summary>1-based position in the pasted text.</summary>
    public required int Number { get; init; }
    public required GoalKind Kind { get; init; }
    /// <summary>The goal as pasted (line breaks inside it turned into spaces).</summary>
    public required string Text { get; init; }
    /// <summary>Offset of <see cref="Text"/> in the pasted text.</summary>
    public required int Start { get; init; }
    /// <summary>True when every part needed to measure it is there (patterns.json requiredForMeasurable).</summary>
    public required bool Measurable { get; init; }
    public required IReadOnlyList<FoundPart> Found { get; init; }
    public required IReadOnlyList<MissingPart> Missing { get; init; }
    /// <summary>One plain sentence: measurable or not, and what is missing.</summary>
    public required string Summary { get; init; }
    /// <summary>A rewrite pattern built from the goal's own words, with [blanks] for the missing parts.</summary>
    public required string Rewrite { get; init; }
    /// <summary>The words of a vague skill ("improve reading skills"), when that is why the skill is missing.</summary>
    public string? VagueSkill { get; init; }

    /// <summary>The area the goal is about (patterns.json "domains": reading, writing, math, speech, social, behavior, motor, selfHelp, transition, general).</summary>
    public string Domain { get; init; } = "general";

    /// <summary>A short name for the goal in lists and on its chart: what the child will do, in the goal's words.</summary>
    public string Title { get; init; } = "";

    /// <summary>"It has an action to count ("read aloud"), a target (...)": the parts found, in the goal's own words; null when none.</summary>
    public string? FoundSummary { get; init; }

    /// <summary>An after-high-school goal (transition): measured by whether it happens, so it needs no target level or tool.</summary>
    public bool Postsecondary { get; init; }

    /// <summary>The language the goal is written in: "en", or another ("es") when it was not judged (see <see cref="Judged"/>).</summary>
    public string Language { get; init; } = GoalLanguage.English;

    /// <summary>
    /// False for a goal written in another language than English: its parts are recognised in English only, so it is
    /// neither measurable nor not (<see cref="Measurable"/> is false, <see cref="Missing"/> empty, <see cref="Summary"/> says so).
    /// </summary>
    public bool Judged => Language == GoalLanguage.English;

    public bool Has(GoalPart part) => Found.Any(f => f.Part == part);

    public FoundPart? Get(GoalPart part) => Found.FirstOrDefault(f => f.Part == part);
}

/// <summary>The check of a pasted text: every goal found in it, in order.</summary>
public sealed record GoalCheckResult
{
    public required IReadOnlyList<CheckedGoal> Goals { get; init; }
    /// <summary>Said when no goal was found in the text; null otherwise.</summary>
    public string? Message { get; init; }
    /// <summary>The sentence to show before a rewrite.</summary>
    public required string RewriteIntro { get; init; }

    /// <summary>True when the text was longer than <see cref="GoalChecker.MaxTextLength"/> and only its start was checked.</summary>
    public bool Truncated { get; init; }

    /// <summary>True when goals were found, each judged, and every one measurable.</summary>
    public bool AllMeasurable => Goals.Count > 0 && Goals.All(g => g.Measurable);
}
