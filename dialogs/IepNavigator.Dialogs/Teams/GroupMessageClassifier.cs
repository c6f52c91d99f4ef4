using System.Text.RegularExpressions;
using IepNavigator.Dialogs.Understanding;

namespace IepNavigator.Dialogs.Teams;

/// <summary>
/// Decides whether a message in a channel or group chat may be answered there. Privacy wins every tie:
/// anything that reads like the writer's own child (their words, an age, a grade, a date, a stage of a
/// case) goes to a private chat, even when it is also a general question.
/// </summary>
public sealed partial class GroupMessageClassifier(ExplainerCatalog explainers, StageRecognizer stages, TeamsContent content)
{
    public GroupMessageRoute Classify(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return new GroupMessageRoute(GroupMessageDestination.Introduction);
        }
        if (SharesChildDetails(text!, normalized))
        {
            return new GroupMessageRoute(GroupMessageDestination.PrivateChat);
        }
        if (explainers.Find(text) is { } explainer)
        {
            return new GroupMessageRoute(GroupMessageDestination.Thread, explainer);
        }
        return StartsCase(normalized)
            ? new GroupMessageRoute(GroupMessageDestination.PrivateChat)
            : new GroupMessageRoute(GroupMessageDestination.Introduction);
    }

    private bool SharesChildDetails(string raw, string normalized) =>
        ContainsAny(normalized, content.ChildDetailPhrases)
        || AgeOrGrade().IsMatch(normalized)
        || DateLike().IsMatch(raw);

    /// <summary>A case begins with a request for help or words that place the writer at a stage of the process.</summary>
    private bool StartsCase(string normalized) =>
        ContainsAny(normalized, content.StartCasePhrases)
        || stages.Recognize(normalized).Candidates.Any(c => c.Score > 0);

    private static bool ContainsAny(string normalized, IEnumerable<string> phrases)
    {
        var padded = " " + normalized + " ";
        return phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>"7 years old", "age 9", "in 3rd grade", "a 4th grader", "kindergarten".</summary>
    [GeneratedRegex(@"\b(\d{1,2} ?(yo|y/o|yrs?|years?)\b|age \d{1,2}\b|\d{1,2}(st|nd|rd|th) grade|\d{1,2}(st|nd|rd|th) grader|grade \d{1,2}\b|kindergart|pre-?k\b|preschool)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AgeOrGrade();

    /// <summary>A date (9/14, 2026-09-14, "Sept 3") usually dates a child's own meeting or request.</summary>
    [GeneratedRegex(@"\b(\d{1,2}/\d{1,2}(/\d{2,4})?|\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex DateLike();
}
