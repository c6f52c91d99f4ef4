using System.Globalization;
using System.Text.RegularExpressions;

namespace IepNavigator.Dialogs.Runtime.Prompts;

/// <summary>A whole number ("12", "about 12", "twelve"), between 0 and 365.</summary>
public sealed partial class NumberPrompt(PromptServices services) : Prompt<int>(DialogIds.NumberPrompt, services)
{
    private static readonly string[] Words =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    protected override Task<PromptRecognition<int>> RecognizeAsync(DialogContext dc, PromptOptions options, string text, CancellationToken cancellationToken)
    {
        var normalized = TextNormalizer.Normalize(text);
        var digits = Digits().Match(normalized);
        int? value = digits.Success ? int.Parse(digits.Value, CultureInfo.InvariantCulture) : null;
        if (value is null)
        {
            var words = normalized.Split(' ');
            var index = words.Select(w => Array.IndexOf(Words, w)).FirstOrDefault(i => i >= 0, -1);
            value = index >= 0 ? index : (words.Contains("none") || words.Contains("never") ? 0 : null);
        }
        return Task.FromResult(value is >= 0 and <= 365
            ? PromptRecognition<int>.Success(value.Value)
            : PromptRecognition<int>.Failure(Services.Messages["prompt.retryNumber"]));
    }

    [GeneratedRegex(@"\b\d{1,3}\b")]
    private static partial Regex Digits();
}
