using System.Globalization;
using IepNavigator.Knowledge.Facts;

namespace IepNavigator.Web.Api;

/// <summary>
/// The dates an API request may carry. A JSON date can be anything from year 1 to 9999, and deadline arithmetic a
/// few years past 9999-12-30 overflows (a 500); no school record is older than 1900 or set after 2199, so a date
/// outside them is a 400 that names the field before any arithmetic sees it.
/// </summary>
public static class RequestDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public static bool IsPlausible(DateOnly date) => date >= Earliest && date <= Latest;

    public static string Problem(string field) => string.Create(CultureInfo.InvariantCulture,
        $"'{field}' must be a date between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");

    /// <summary>Each date of <paramref name="facts"/> (today and every date fact) outside the range, as field → problem.</summary>
    public static Dictionary<string, string[]> Check(CaseFacts facts, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(facts);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (facts.Today is { } today && !IsPlausible(today))
        {
            errors[prefix + "today"] = [Problem("today")];
        }
        foreach (var field in CaseFactFields.All.Where(f => f.Kind == FactKind.Date))
        {
            if (field.Read(facts) is DateOnly date && !IsPlausible(date))
            {
                errors[prefix + field.Name] = [Problem(field.Name)];
            }
        }
        return errors;
    }
}
