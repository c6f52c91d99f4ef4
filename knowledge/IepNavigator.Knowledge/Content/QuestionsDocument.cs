namespace IepNavigator.Knowledge.Content;

/// <summary>questions-by-stage.json: which facts matter at each stage, most decisive first.</summary>
internal sealed record QuestionsDocument(IReadOnlyDictionary<string, IReadOnlyList<FactQuestion>> Stages);

/// <summary>
/// A fact worth asking; <see cref="IfKnown"/>/<see cref="IfTrue"/>/<see cref="IfOver"/> name another fact it depends on, and
/// <see cref="UnlessTrue"/>/<see cref="UnlessKnown"/>/<see cref="UnlessOver"/> one that makes it moot (the school suggested
/// waiting: "did the school refuse or tell you to wait?" is answered; removed 12 days in a row: "does the school call it a
/// pattern?" no longer matters). A fact listed twice is asked when either entry applies, at the first one's place.
/// </summary>
internal sealed record FactQuestion(
    string Fact, string? IfKnown = null, string? IfTrue = null, string? UnlessTrue = null,
    string? UnlessKnown = null, FactAbove? IfOver = null, FactAbove? UnlessOver = null);

/// <summary>A count fact above a number ("daysRemovedThisYear" over 10); unknown is never above.</summary>
internal sealed record FactAbove(string Fact, int Than);
