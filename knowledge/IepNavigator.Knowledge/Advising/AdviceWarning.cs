namespace IepNavigator.Knowledge.Advising;

/// <summary>A warning on the advice, e.g. code "deadline-passed".</summary>
public sealed record AdviceWarning(string Code, string Message);
