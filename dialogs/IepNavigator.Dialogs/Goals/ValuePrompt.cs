using System.Globalization;
using System.Text.RegularExpressions;

namespace IepNavigator.Dialogs.Goals;

/// <summary>
/// A measured value: "52", "about 52 wcpm", "80%", "3.5", "30 in september 2026" (a date's numbers are not the value). The runtime's number prompt takes whole days only;
/// goal data needs decimals and larger numbers.
/// </summary>
public sealed partial class ValuePrompt(PromptServices services, GoalChatContent content) : Prompt<double>(GoalFlowIds.ValuePrompt, services)
{
    /// <summary>Larger than any score, percentage or count a goal uses; a bigger number is a typing slip.</summary>
    public const double MaxValue = 100_000;

    protected override Task<PromptRecognition<double>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken) =>
        Task.FromResult(GoalAnswerReader.ValueOutsideDates(text) is { } value
            ? PromptRecognition<double>.Success(value)
            : PromptRecognition<double>.Failure(content["progress.retryValue"]));

    /// <summary>The first number in <paramref name="text"/> that is not part of a date ("in september 2026 he read 30" → 30), or null.</summary>
    public static double? Read(string? text) => GoalAnswerReader.ValueOutsideDates(text);

    /// <summary>The first number in <paramref name="text"/>, or null when there is none or it is out of range.</summary>
    internal static double? ReadNumber(string? text)
    {
        var match = FirstNumber().Match(text ?? "");
        if (!match.Success || !double.TryParse(match.Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        return value is >= 0 and <= MaxValue ? value : null;
    }

    [GeneratedRegex(@"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();
}
