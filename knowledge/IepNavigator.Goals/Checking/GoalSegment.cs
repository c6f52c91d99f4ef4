namespace IepNavigator.Goals.Checking;

/// <summary>
/// Where one goal lies in the pasted text ([Start, End)), and the text just before it that is no goal
/// (a present levels paragraph, a heading) and may hold its baseline ([ContextStart, ContextEnd), possibly empty).
/// </summary>
internal readonly record struct GoalSegment(int Start, int End, GoalKind Kind, int ContextStart, int ContextEnd)
{
    public bool HasContext => ContextEnd > ContextStart;
}

/// <summary>A span of the pasted text: a block (lines between markers or blank lines) or a sentence.</summary>
internal readonly record struct TextSpan(int Start, int End, GoalKind Kind = GoalKind.AnnualGoal)
{
    public int Length => End - Start;
}
