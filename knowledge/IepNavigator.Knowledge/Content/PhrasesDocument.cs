namespace IepNavigator.Knowledge.Content;

/// <summary>phrases.json: the sentences around the steps (disclaimer, warnings, deadline rules).</summary>
internal sealed record PhrasesDocument
{
    public required string Disclaimer { get; init; }
    /// <summary>Between items of a list in a sentence ("reading, math and writing").</summary>
    public string ListSeparator { get; init; } = ", ";
    /// <summary>Before the last item of a list in a sentence.</summary>
    public string ListLastSeparator { get; init; } = " and ";
    public IReadOnlyDictionary<string, string> Warnings { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Triggers { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> DeadlineRules { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> DeadlineNames { get; init; } = new Dictionary<string, string>();
    /// <summary>The same names as a parent writes them to the school ("access to the records", not "your child's records").</summary>
    public IReadOnlyDictionary<string, string> DeadlineNamesInLetters { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> ConcernNames { get; init; } = new Dictionary<string, string>();

    public string Warning(string code) => Lookup(Warnings, code, "warnings");
    public string Unit(string unit) => Lookup(Units, unit, "units");
    public string Trigger(string trigger) => Lookup(Triggers, trigger, "triggers");
    public string DeadlineRule(string key) => Lookup(DeadlineRules, key, "deadlineRules");
    public string DeadlineName(string key) => Lookup(DeadlineNames, key, "deadlineNames");
    public string DeadlineNameInLetters(string key) => Lookup(DeadlineNamesInLetters, key, "deadlineNamesInLetters");

    private static string Lookup(IReadOnlyDictionary<string, string> map, string key, string section) =>
        map.TryGetValue(key, out var text) ? text
            : throw new InvalidOperationException($"phrases.json has no '{key}' in '{section}'.");
}
