namespace IepNavigator.Understanding.Reading;

/// <summary>A label with the model's probability for it (0..1).</summary>
public readonly record struct Ranked<T>(T Value, float Confidence);

/// <summary>
/// The model's verdict on one question (stage or intent): the best label, how sure it is, and when it is not sure
/// enough to decide alone (below the threshold chosen on the dev split), at most three candidates to offer the parent.
/// </summary>
public sealed record Judgement<T>(T Best, float Confidence, bool Unsure, IReadOnlyList<Ranked<T>> Candidates);
