using IepNavigator.Goals.Content;
using IepNavigator.Goals.Progress;
using ScottPlot;
using DataPoint = IepNavigator.Goals.Progress.DataPoint;

namespace IepNavigator.Goals.Charting;

/// <summary>
/// Draws one goal's progress as a PNG (ScottPlot, headless): the data points, the aim line from baseline to target,
/// the target, and the trend when there is one. Sized for a phone: large type, thick lines, the legend below.
/// <see cref="Describe"/> says the same in words for screen readers.
/// </summary>
public sealed class GoalChart
{
    private static readonly Color PointColor = Color.FromHex("#1f4e9c");
    private static readonly Color AimColor = Color.FromHex("#2e7d32");
    private static readonly Color TargetColor = Color.FromHex("#c2410c");
    private static readonly Color TrendColor = Color.FromHex("#6b7280");
    private static readonly Color BaselineColor = Color.FromHex("#111827");
    private static readonly Color TodayColor = Color.FromHex("#7c3aed");

    /// <summary>Characters of a title line at 600 px in the title's type size.</summary>
    private const int TitleLineLength = 50;

    // Installed with fonts-dejavu-core; ScottPlot falls back to its default when it is missing.
    private const string FontFamily = "DejaVu Sans";

    private static PhrasesDocument phrases => GoalsContent.Phrases;

    public byte[] RenderPng(GoalProgress goal, IReadOnlyList<DataPoint> points, ProgressVerdict verdict, int width = 600, int height = 400)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 150);

        // Type and lines scale with the image so a 600 px chart still reads on a phone held upright.
        float scale = Math.Max(1f, Math.Min(width / 600f, height / 400f));
        using var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;

        var aim = plot.Add.Line(X(goal.BaselineDate), goal.BaselineValue, X(goal.EndDate), goal.TargetValue);
        aim.LineWidth = 4 * scale;
        aim.LineColor = AimColor;
        aim.LinePattern = LinePattern.Dashed;
        aim.LegendText = phrases.Chart["aimLine"];

        var target = plot.Add.HorizontalLine(goal.TargetValue);
        target.LineWidth = 2 * scale;
        target.LineColor = TargetColor;
        target.LinePattern = LinePattern.Dotted;
        target.LegendText = phrases.Chart["target"] + " " + PlainNumbers.Format(goal.TargetValue);

        if (verdict.Trend is { } trend && points.Count > 0)
        {
            var from = points.Min(p => p.Date);
            var line = plot.Add.Line(X(from), trend.ValueAt(from), X(goal.EndDate), trend.ValueAt(goal.EndDate));
            line.LineWidth = 3 * scale;
            line.LineColor = TrendColor;
            line.LegendText = phrases.Chart["trend"];
        }

        // The baseline is where the aim line starts: a point of its own, so a chart with one reading still shows a change.
        var baseline = plot.Add.Scatter(new[] { X(goal.BaselineDate) }, new[] { goal.BaselineValue });
        baseline.Color = BaselineColor;
        baseline.LineWidth = 0;
        baseline.MarkerSize = 16 * scale;
        baseline.MarkerShape = MarkerShape.OpenSquare;
        baseline.MarkerLineWidth = 3 * scale;
        baseline.LegendText = phrases.Chart["baseline"] + " " + PlainNumbers.Format(goal.BaselineValue);

        // Today: where the aim line's "by now" is read.
        if (verdict.Today > goal.BaselineDate && verdict.Today < goal.EndDate.AddDays(7))
        {
            var today = plot.Add.VerticalLine(X(verdict.Today));
            today.LineWidth = 2 * scale;
            today.LineColor = TodayColor;
            today.LinePattern = LinePattern.Dashed;
            today.LegendText = phrases.Chart["today"];
        }

        var ordered = points.OrderBy(p => p.Date).ToList();
        if (ordered.Count > 0)
        {
            var data = plot.Add.Scatter(ordered.Select(p => X(p.Date)).ToArray(), ordered.Select(p => p.Value).ToArray());
            data.Color = PointColor;
            data.LineWidth = 2 * scale;
            data.MarkerSize = 14 * scale;
            data.MarkerShape = MarkerShape.FilledCircle;
            data.LegendText = phrases.Chart["points"];
        }

        plot.Font.Set(FontFamily);
        var dates = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString(phrases.AxisDate, PlainNumbers.DateCulture),
        };
        plot.Axes.DateTimeTicksBottom().TickGenerator = dates;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 16 * scale;
        plot.Axes.Left.TickLabelStyle.FontSize = 16 * scale;
        plot.Axes.Left.Label.Text = goal.Unit;
        plot.Axes.Left.Label.FontSize = 18 * scale;
        // The goal's name on top (a parent tracking three goals must tell the charts apart), the verdict under it.
        // Too few points still lean one way: "Leaning behind, too few points to be sure".
        var verdictName = verdict.Leaning is { } leaning
            ? Slots.Fill(phrases.Chart["leaning"], new Dictionary<string, string> { ["verdict"] = Name(leaning) })
            : Name(verdict.Kind);
        verdictName = char.ToUpperInvariant(verdictName[0]) + verdictName[1..];
        plot.Axes.Title.Label.Text = goal.Title is { Length: > 0 } name ? Wrap(name, TitleLineLength, 2) + "\n" + verdictName : verdictName;
        plot.Axes.Title.Label.FontSize = (goal.Title is { Length: > 0 } ? 18 : 22) * scale;
        plot.Legend.FontSize = 14 * scale;
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.SetLimitsX(X(goal.BaselineDate.AddDays(-7)), X(goal.EndDate.AddDays(7)));
        var (low, high) = ValueRange(goal, ordered);
        plot.Axes.SetLimitsY(low, high);

        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>A text summary of the chart for screen readers: points, latest value, where the aim line is, the verdict.</summary>
    public string Describe(GoalProgress goal, IReadOnlyList<DataPoint> points, ProgressVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(verdict);
        var ordered = points.OrderBy(p => p.Date).ToList();
        var values = new Dictionary<string, string>
        {
            ["baseline"] = PlainNumbers.Format(goal.BaselineValue),
            ["baselineDate"] = PlainNumbers.Format(goal.BaselineDate, phrases.ShortDate),
            ["count"] = ordered.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unit"] = goal.Unit,
            ["target"] = PlainNumbers.Format(goal.TargetValue),
            ["endDate"] = PlainNumbers.Format(goal.EndDate, phrases.LongDate),
            ["expected"] = PlainNumbers.Format(verdict.ExpectedNow),
            ["verdict"] = verdict.Leaning is { } leaning
                ? Slots.Fill(phrases.Chart["leaning"], new Dictionary<string, string> { ["verdict"] = Name(leaning) })
                : Name(verdict.Kind),
        };
        // The goal's name first, so a screen reader tells three charts apart the way the title does.
        var clauses = new List<string>();
        if (goal.Title is { Length: > 0 } title)
        {
            clauses.Add(title);
        }
        clauses.Add(Slots.Fill(phrases.Describe["baseline"], values));
        if (ordered.Count == 0)
        {
            clauses.Add(phrases.Describe["noPoints"]);
        }
        else
        {
            values["first"] = PlainNumbers.Format(ordered[0].Date, phrases.ShortDate);
            values["last"] = PlainNumbers.Format(ordered[^1].Date, phrases.ShortDate);
            values["latest"] = PlainNumbers.Format(ordered[^1].Value);
            clauses.Add(Slots.Fill(phrases.Describe[ordered.Count == 1 ? "onePoint" : "points"], values));
            clauses.Add(Slots.Fill(phrases.Describe["latest"], values));
        }
        clauses.Add(Slots.Fill(phrases.Describe["expected"], values));
        clauses.Add(Slots.Fill(phrases.Describe["target"], values));
        clauses.Add(Slots.Fill(phrases.Describe["verdict"], values));
        return string.Join("; ", clauses);
    }

    /// <summary>The values shown: baseline, target and points with a margin; never below zero for counts that cannot be.</summary>
    private static (double Low, double High) ValueRange(GoalProgress goal, IReadOnlyList<DataPoint> points)
    {
        var values = points.Select(p => p.Value).Append(goal.BaselineValue).Append(goal.TargetValue).ToList();
        double min = values.Min(), max = values.Max();
        double pad = Math.Max((max - min) * 0.12, 1);
        double low = min >= 0 ? Math.Max(0, min - pad) : min - pad;
        return (low, max + pad);
    }

    /// <summary>Words in at most <paramref name="lines"/> lines of about <paramref name="width"/> characters; the rest is cut with "…".</summary>
    internal static string Wrap(string text, int width, int lines)
    {
        var result = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                result.Add(line);
                line = "";
                if (result.Count == lines)
                {
                    result[^1] = result[^1].TrimEnd('…', ',', ';') + "…";
                    return string.Join("\n", result);
                }
            }
            line = line.Length == 0 ? word : line + " " + word;
        }
        result.Add(line);
        return string.Join("\n", result);
    }

    private string Name(VerdictKind kind) => phrases.VerdictNames[kind.ToString()];

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();
}
