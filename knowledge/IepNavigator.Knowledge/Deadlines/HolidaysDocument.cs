namespace IepNavigator.Knowledge.Deadlines;

/// <summary>holidays.json: days schools are closed (optionally for one state only) and break ranges.</summary>
internal sealed record HolidaysDocument(IReadOnlyList<Holiday> Holidays, IReadOnlyList<SchoolBreak> Breaks);

/// <param name="Federal">A federal holiday (also closes offices, so it is not a business day).</param>
internal sealed record Holiday(DateOnly Date, string Name, bool Federal, string? State = null);

/// <param name="Kind">summer | winter | spring.</param>
internal sealed record SchoolBreak(DateOnly From, DateOnly To, string Name, string Kind, string? State = null);
