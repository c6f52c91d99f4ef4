using System.Globalization;
using IepNavigator.IepReading.Explaining;
using IepNavigator.IepReading.Model;

namespace IepNavigator.Dialogs.IepUploads;

/// <summary>How a confirm question is answered.</summary>
public enum ConfirmKind
{
    /// <summary>Yes / no / "I don't know"; a yes lays <see cref="IepConfirmItem.Fact"/> (if any) with its value.</summary>
    YesNo,
    /// <summary>Yes / no about progress reports: the answer itself is <c>hasProgressReports</c>.</summary>
    ReportsReceived,
    /// <summary>A number: the child's age.</summary>
    Age,
}

/// <summary>One thing the reading was unsure of, as asked in the chat. Plain data: it waits in the dialog's frame.</summary>
public sealed class IepConfirmItem
{
    public string Text { get; set; } = "";
    public ConfirmKind Kind { get; set; }
    /// <summary>The contract fact a "yes" confirms, or null (a goal cut, a service's amount: for the team, not the case).</summary>
    public string? Fact { get; set; }
    /// <summary>The value a "yes" lays over the case (ISO date, number), invariant culture.</summary>
    public string? Value { get; set; }
}

/// <summary>The reading's <see cref="UnsureItem"/>s paired with the explainer's sentence for each, and the fact each can confirm.</summary>
public static class IepConfirmItems
{
    public static IReadOnlyList<IepConfirmItem> From(IepExtraction reading, IepExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(explanation);
        // The explainer says each unsure item in order; a code without a sentence would shift the pairs, so then only the
        // sentences are asked, without laying any fact.
        var paired = reading.Unsure.Count == explanation.Confirm.Count;
        var items = new List<IepConfirmItem>();
        for (var i = 0; i < explanation.Confirm.Count; i++)
        {
            var item = new IepConfirmItem { Text = explanation.Confirm[i] };
            if (paired)
            {
                Describe(item, reading.Unsure[i], reading.Facts);
            }
            items.Add(item);
        }
        return items;
    }

    private static void Describe(IepConfirmItem item, UnsureItem unsure, IReadOnlyList<ImpliedFact> facts)
    {
        switch (unsure.Code)
        {
            case "progress-reports-received" or "progress-reports-none":
                item.Kind = ConfirmKind.ReportsReceived;
                item.Fact = FactNames.HasProgressReports;
                break;
            case "age-unknown":
                item.Kind = ConfirmKind.Age;
                item.Fact = FactNames.ChildAge;
                break;
            case "last-review-derived":
                Confirms(item, facts.FirstOrDefault(f => f.Name == FactNames.LastIepReviewOn && f.NeedsConfirmation));
                break;
            case "last-evaluation-derived":
                Confirms(item, facts.FirstOrDefault(f => f.Name == FactNames.LastEvaluationOn && f.NeedsConfirmation));
                break;
            case "date-ambiguous" or "date-uncertain":
                // The date the fact was taken from (a held meeting, the last evaluation), when it is one of the facts.
                Confirms(item, facts.FirstOrDefault(f => f.NeedsConfirmation && f.Value is DateOnly d && Iso(d) == unsure.Value));
                break;
        }
    }

    private static void Confirms(IepConfirmItem item, ImpliedFact? fact)
    {
        if (fact is { Value: DateOnly date })
        {
            item.Fact = fact.Name;
            item.Value = Iso(date);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
