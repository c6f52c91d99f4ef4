using IepNavigator.Goals.Charting;
using IepNavigator.Goals.Checking;
using IepNavigator.Goals.Facts;
using IepNavigator.Goals.Progress;
using IepNavigator.Web.Api;

namespace IepNavigator.Web.Goals;

/// <summary>
/// The goal tracker over HTTP: check pasted goals, judge a goal's progress, draw its chart, and serve the chat's
/// signed chart links. Stateless: nothing is stored, and nothing of the goal text is logged.
/// </summary>
public static class GoalEndpoints
{
    /// <summary>A goals section is a few KB; the checker reads at most 20,000 characters anyway.</summary>
    public const int MaxRequestBytes = 64 * 1024;

    private const int MinWidth = 200;
    private const int MaxWidth = 1600;
    private const int MinHeight = 150;
    private const int MaxHeight = 1200;

    public static IEndpointRouteBuilder MapGoalApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/v1/goals").WithTags("Goals");
        api.MapPost("/check", CheckAsync)
            .WithName("CheckGoals")
            .WithSummary("Checks each goal in the text: measurable or not, the parts found and missing, the explanation and a rewrite pattern.")
            .Accepts<GoalCheckRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapPost("/progress", ProgressAsync)
            .WithName("JudgeGoalProgress")
            .WithSummary("Judges a goal's data points against its aim line: onTrack, behind, noData or tooFewPoints, with the numbers.")
            .Accepts<ProgressRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/progress/chart", ChartAsync)
            .WithName("GoalProgressChart")
            .WithSummary("The goal's chart as a PNG (600 x 400 unless width and height say otherwise); the text summary is in the X-Chart-Summary header.")
            .Accepts<ProgressRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/chart/{token}", SignedChartAsync)
            .WithName("GoalChartLink")
            .WithSummary("The chart behind a short-lived signed link the chat sent (404 once expired, or once the parent deleted their data).")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, GoalChecker checker, CancellationToken cancellationToken)
    {
        var read = await JsonBody.ReadAsync<GoalCheckRequest>(request, MaxRequestBytes, GoalApiJson.Options, cancellationToken).ConfigureAwait(false);
        if (read.Problem is not null)
        {
            return read.Problem;
        }
        if (string.IsNullOrWhiteSpace(read.Value!.Text))
        {
            return FieldProblem("text", "Paste at least one goal in 'text'.");
        }
        return TypedResults.Json(GoalResponses.Check(checker.Check(read.Value.Text)), GoalApiJson.Options);
    }

    private static async Task<IResult> ProgressAsync(HttpRequest request, ProgressJudge judge, GoalChart chart, TimeProvider clock, CancellationToken cancellationToken)
    {
        var reading = await ReadProgressAsync(request, clock, cancellationToken).ConfigureAwait(false);
        if (reading.Problem is { } problem)
        {
            return problem;
        }
        var (goal, points, today, period) = reading.Value!.Value;
        var verdict = judge.Judge(goal, points, today, period);
        return TypedResults.Json(GoalResponses.Verdict(verdict, chart.Describe(goal, verdict.Points, verdict), ProgressFacts.ToFacts([verdict])), GoalApiJson.Options);
    }

    private static async Task<IResult> ChartAsync(HttpRequest request, ProgressJudge judge, GoalChart chart, TimeProvider clock, int? width, int? height, CancellationToken cancellationToken)
    {
        if (width is < MinWidth or > MaxWidth || height is < MinHeight or > MaxHeight)
        {
            return FieldProblem(width is < MinWidth or > MaxWidth ? "width" : "height",
                $"width must be {MinWidth}-{MaxWidth} and height {MinHeight}-{MaxHeight} pixels.");
        }
        var reading = await ReadProgressAsync(request, clock, cancellationToken).ConfigureAwait(false);
        if (reading.Problem is { } problem)
        {
            return problem;
        }
        var (goal, points, today, period) = reading.Value!.Value;
        var verdict = judge.Judge(goal, points, today, period);
        // Header values must be ASCII; the summary is (dates and numbers in invariant culture).
        request.HttpContext.Response.Headers["X-Chart-Summary"] = Ascii(chart.Describe(goal, verdict.Points, verdict));
        return TypedResults.File(chart.RenderPng(goal, verdict.Points, verdict, width ?? 600, height ?? 400), "image/png");
    }

    private static async Task<IResult> SignedChartAsync(string token, ChartLinks links, ProgressJudge judge, GoalChart chart, HttpContext context)
    {
        if (await links.OpenAsync(token, context.RequestAborted).ConfigureAwait(false) is not { } order)
        {
            // Expired, tampered with, or never issued: the same answer, so a link reveals nothing.
            return TypedResults.Problem(detail: "This chart link has expired or is not valid. Ask the assistant to show the chart again.",
                statusCode: StatusCodes.Status404NotFound);
        }
        var verdict = judge.Judge(order.Goal, order.Points, order.Today);
        // Not kept in any cache: the link must stop showing the chart once the parent deletes their data.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(chart.RenderPng(order.Goal, verdict.Points, verdict), "image/png");
    }

    private sealed record ProgressReading((GoalProgress Goal, IReadOnlyList<DataPoint> Points, DateOnly Today, int Period)? Value, IResult? Problem);

    private static async Task<ProgressReading> ReadProgressAsync(HttpRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        var read = await JsonBody.ReadAsync<ProgressRequest>(request, MaxRequestBytes, GoalApiJson.Options, cancellationToken).ConfigureAwait(false);
        if (read.Problem is not null)
        {
            return new ProgressReading(null, read.Problem);
        }
        var reading = ProgressRequestReader.Read(read.Value!, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return reading.Goal is null
            ? new ProgressReading(null, FieldProblem(reading.Field!, reading.Problem!))
            : new ProgressReading((reading.Goal, reading.Points, reading.Today, reading.ReportingPeriodDays), null);
    }

    private static IResult FieldProblem(string field, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request body",
            extensions: new Dictionary<string, object?> { ["field"] = field });

    private static string Ascii(string text) => new([.. text.Select(c => c is >= ' ' and <= '~' ? c : ' ')]);
}
