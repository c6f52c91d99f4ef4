namespace IepNavigator.Knowledge;

/// <summary>One invalid fact: the camelCase field name of the contract and a plain message.</summary>
public sealed record FactError(string Field, string Message);
