using System.Buffers.Binary;
using IepNavigator.Goals.Charting;
using IepNavigator.Goals.Progress;
using IepNavigator.Goals.Tests.Progress;
using SkiaSharp;

namespace IepNavigator.Goals.Tests.Charting;

/// <summary>The chart file: a PNG of the asked size that actually shows something, and its words for screen readers.</summary>
public class GoalChartTests
{
    private static readonly GoalChart Chart = new();
    private static readonly ProgressJudge Judge = new();
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly GoalProgress Fluency = ProgressJudgeTests.Fluency;
    private static readonly List<DataPoint> SlowRise = ProgressJudgeTests.Points(new DateOnly(2026, 9, 22), 14, 46, 47, 47, 49, 52);

    private static (int Width, int Height) PngSize(byte[] png)
    {
        // PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height as big-endian ints).
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        Assert.Equal(signature, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    private static int DistinctColours(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Pixels.Select(p => (uint)p).Distinct().Count();
    }

    [Theory]
    [InlineData(600, 400)]
    [InlineData(360, 300)]
    [InlineData(1200, 800)]
    public void RenderPng_HasTheAskedDimensions(int width, int height)
    {
        var png = Chart.RenderPng(Fluency, SlowRise, Judge.Judge(Fluency, SlowRise, Today), width, height);

        Assert.Equal((width, height), PngSize(png));
    }

    [Fact]
    public void RenderPng_DrawsPointsLinesAndText_NotABlankImage()
    {
        var png = Chart.RenderPng(Fluency, SlowRise, Judge.Judge(Fluency, SlowRise, Today));

        Assert.True(png.Length > 5_000, $"only {png.Length} bytes");
        Assert.True(DistinctColours(png) > 20);
    }

    [Fact]
    public void RenderPng_UsesTheSeriesColours()
    {
        var png = Chart.RenderPng(Fluency, SlowRise, Judge.Judge(Fluency, SlowRise, Today));

        using var bitmap = SKBitmap.Decode(png);
        var colours = bitmap.Pixels.ToHashSet();
        Assert.Contains(new SKColor(0x1f, 0x4e, 0x9c), colours);   // data points
        Assert.Contains(new SKColor(0x2e, 0x7d, 0x32), colours);   // aim line
    }

    [Fact]
    public void RenderPng_NoDataYet_StillDrawsTheAimLineAndTarget()
    {
        var verdict = Judge.Judge(Fluency, [], Today);

        var png = Chart.RenderPng(Fluency, [], verdict);

        Assert.Equal((600, 400), PngSize(png));
        Assert.True(DistinctColours(png) > 10);
    }

    [Fact]
    public void RenderPng_LowerIsBetterGoal_Renders()
    {
        var incidents = new GoalProgress("g2", "incidents per week", 6, new DateOnly(2026, 9, 8), 1, new DateOnly(2027, 6, 4), ProgressDirection.LowerIsBetter);
        var points = ProgressJudgeTests.Points(new DateOnly(2026, 9, 22), 14, 6, 5, 4, 4, 3);

        var png = Chart.RenderPng(incidents, points, Judge.Judge(incidents, points, Today));

        Assert.True(DistinctColours(png) > 20);
    }

    [Fact]
    public void Describe_SaysPointsLatestValueAimLineAndVerdict()
    {
        var verdict = Judge.Judge(Fluency, SlowRise, Today);

        var text = Chart.Describe(Fluency, SlowRise, verdict);

        Assert.Equal(
            "baseline 45 wcpm on Sep 8; 5 points from Sep 22 to Nov 17; latest 52 wcpm; the aim line expects 57.5 by now; target 90 wcpm by May 28, 2027; behind",
            text);
    }

    [Fact]
    public void Describe_NamesTheGoalFirst_AndSaysWhichWayTooFewPointsLean()
    {
        var goal = Fluency with { Title = "Goal 2: read aloud at 90 wcpm" };
        var points = new[] { new DataPoint(new DateOnly(2026, 10, 6), 47, DataSource.ProgressReport) };
        var verdict = Judge.Judge(goal, points, Today);

        var text = Chart.Describe(goal, points, verdict);

        Assert.StartsWith("Goal 2: read aloud at 90 wcpm; baseline 45 wcpm on Sep 8; 1 point on Oct 6; latest 47 wcpm", text, StringComparison.Ordinal);
        Assert.EndsWith("leaning behind, too few points to be sure", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderPng_WithATitleBaselineAndToday_DrawsMoreThanWithout()
    {
        // The title, the baseline marker and the today line are ink on the image: the picture changes with them.
        var verdict = Judge.Judge(Fluency, SlowRise, Today);
        var plain = Chart.RenderPng(Fluency, SlowRise, verdict);
        var titled = Chart.RenderPng(Fluency with { Title = "Goal 1: read aloud at 90 words correct per minute in 4 of 5 weekly probes" }, SlowRise, verdict);

        Assert.NotEqual(plain, titled);
        Assert.Equal((600, 400), PngSize(titled));
    }

    [Theory]
    [InlineData("read aloud at 90 words correct per minute in 4 of 5 weekly probes", 44, 2, "read aloud at 90 words correct per minute in\n4 of 5 weekly probes")]
    [InlineData("a b c", 44, 2, "a b c")]
    [InlineData("one two three four five six", 9, 2, "one two\nthree…")]
    public void Wrap_KeepsWholeWords_InAtMostTheLinesGiven(string text, int width, int lines, string expected)
    {
        Assert.Equal(expected, GoalChart.Wrap(text, width, lines));
    }

    [Fact]
    public void Describe_NoPoints_SaysSo()
    {
        var text = Chart.Describe(Fluency, [], Judge.Judge(Fluency, [], new DateOnly(2027, 1, 20)));

        Assert.StartsWith("baseline 45 wcpm on Sep 8; no data points yet;", text, StringComparison.Ordinal);
        Assert.EndsWith("no data", text, StringComparison.Ordinal);
    }
}
