namespace IepNavigator.Knowledge.Content;

/// <summary>questions-by-stage.json: which facts matter at each stage, most decisive first.</summary>
internal sealed record QuestionsDocument(IReadOnlyDictionary<string, IReadOnlyList<FactQuestion>> Stages);

/// <summary>
/// A fact worth asking; <see cref="IfKnown"/>/<see cref="IfTrue"/> name another fact it depends on, and
/// <see cref="UnlessTrue"/> one that makes it moot (the school suggested waiting: "did the school refuse or tell you to
/// wait?" is answered).
/// </summary>
internal sealed record FactQuestion(string Fact, string? IfKnown = null, string? IfTrue = null, string? UnlessTrue = null);
