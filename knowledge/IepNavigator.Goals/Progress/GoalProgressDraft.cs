using System.Globalization;
using System.Text.RegularExpressions;
using IepNavigator.Goals.Checking;

namespace IepNavigator.Goals.Progress;

/// <summary>
/// What a checked goal already says about tracking it: baseline and target numbers, the unit, the end date and the
/// direction. Any of them may be null (the goal did not say); the chat asks the parent for the rest before
/// <see cref="ToGoal"/> makes a <see cref="GoalProgress"/>.
/// </summary>
public sealed partial record GoalProgressDraft(double? BaselineValue, double? TargetValue, string? Unit, DateOnly? EndDate, ProgressDirection Direction)
{
    private static readonly HashSet<string> NotALevel = ["trials", "fraction", "consecutive"];
    private static readonly string[] MonthYear = ["MMMM yyyy", "MMM yyyy", "MMMM, yyyy", "MMM, yyyy", "MMMM 'of' yyyy", "MMM 'of' yyyy"];
    private static readonly string[] DayDates = ["M/d/yyyy", "MM/dd/yyyy", "M/d/yy", "yyyy-MM-dd", "MMMM d yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMM d, yyyy"];

    /// <summary>True when every number the tracker needs is known (the baseline date still comes from the parent).</summary>
    public bool IsComplete => BaselineValue is not null && TargetValue is not null && EndDate is not null && Unit is not null;

    public GoalProgress? ToGoal(string goalId, DateOnly baselineDate) =>
        IsComplete ? new GoalProgress(goalId, Unit!, BaselineValue!.Value, baselineDate, TargetValue!.Value, EndDate!.Value, Direction) : null;

    /// <summary>Reads the numbers out of a checked goal ("from 45 to 90 wcpm ... by May 2027").</summary>
    public static GoalProgressDraft From(CheckedGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        // "4 out of 5 trials" says how often, not a level to chart; the first level-like criterion is the target.
        var level = goal.Found.FirstOrDefault(f => f.Part == GoalPart.Criterion && !NotALevel.Contains(f.PatternId) && NumberAndUnit().IsMatch(f.Value));
        var criterion = level is null ? null : NumberAndUnit().Match(level.Value);
        double? target = criterion is null ? null : Parse(criterion.Groups["n"].Value);
        string? unit = criterion is null ? null : UnitOf(criterion.Groups["unit"].Value);
        var baselineMatch = goal.Get(GoalPart.Baseline) is { } b ? FirstNumber().Match(b.Value) : null;
        double? baseline = baselineMatch is { Success: true } ? Parse(baselineMatch.Value) : null;
        var skill = goal.Get(GoalPart.Skill)?.Value ?? goal.VagueSkill ?? "";
        bool lower = (baseline is { } from && target is { } to && to < from)
            || LowerVerb().IsMatch(skill)
            || (level is not null && FewerWords().IsMatch(level.Value));
        return new GoalProgressDraft(baseline, target, unit, EndDateOf(goal.Get(GoalPart.Timeframe)?.Text),
            lower ? ProgressDirection.LowerIsBetter : ProgressDirection.HigherIsBetter);
    }

    /// <summary>"by May 2027" → May 31, 2027 (the end of the month); "by 05/15/2027" → that day; other forms → null (ask).</summary>
    internal static DateOnly? EndDateOf(string? timeframe)
    {
        if (timeframe is null)
        {
            return null;
        }
        var words = LeadWords().Replace(timeframe, "").Trim().TrimEnd('.', ',');
        words = Ordinal().Replace(words, "$1");
        words = AbbreviationDot().Replace(words, "");
        if (DateOnly.TryParseExact(words, DayDates, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return day;
        }
        if (DateOnly.TryParseExact(words.Replace("Sept", "Sep", StringComparison.OrdinalIgnoreCase), MonthYear, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month))
        {
            return new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
        }
        return null;
    }

    private static double Parse(string number) => double.Parse(number, CultureInfo.InvariantCulture);

    private static string? UnitOf(string raw)
    {
        var unit = UnitNoise().Replace(raw, " ").Trim();
        return unit.Length == 0 ? null : unit;
    }

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?<unit>%?[^\d]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndUnit();

    [GeneratedRegex(@"\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^(?:reduce|decrease|lower|limit|eliminate|minimi[sz]e)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerVerb();

    [GeneratedRegex(@"\b(?:no\s+more\s+than|not\s+more\s+than|fewer|less|at\s+most|a\s+maximum\s+of|or\s+fewer|or\s+less)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FewerWords();

    [GeneratedRegex(@"\b(?:or\s+(?:fewer|less|more|higher|better|above)|no\s+more\s+than|not\s+more\s+than|fewer\s+than|less\s+than|at\s+least|a\s+(?:minimum|maximum)\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitNoise();

    [GeneratedRegex(@"^\s*(?:by\s+the\s+end\s+of|no\s+later\s+than|on\s+or\s+before|by|before)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWords();

    [GeneratedRegex(@"(?<=[A-Za-z])\.", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviationDot();

    [GeneratedRegex(@"(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();
}
